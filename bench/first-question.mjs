// Speed benchmark: with Chromium's CPU slowed 4× (DevTools protocol), how long from navigation
// to a survey link until the welcome screen answers, and until the first question is
// interactive after pressing Start. Times are read from the page's own clock (performance.now()
// counts from the start of navigation), and Start is pressed from inside the page the moment it
// appears, so the figures measure the app rather than the automation. Serves the release build in
// dist/ on loopback; run `bench/bundle.sh` (or ./scripts/run) first to build it. Prints medians.
import { launch } from '../tests/e2e/lib/harness.mjs';

const RUNS = Number(process.env.RUNS || 7);
const TARGET_MS = 1000;
const LINK = '#/survey?v=1&id=K7M2Q9XT4B&t=Staff+wellbeing+2026&o=Riverside+Community+Hospital'
  + '&u=Emergency&u=Intensive+care&u=Surgery&r=1&l=en';

const env = await launch();
const welcome = [];
const question = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await env.browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${env.server.url}/${LINK}`, { waitUntil: 'commit' });
    const times = await page.evaluate(() => new Promise((done) => {
      const seen = {};
      const look = () => {
        const start = document.querySelector('.welcome .button--primary');
        if (seen.welcome === undefined && start) {
          seen.welcome = performance.now();
          start.click();
        }
        if (document.querySelector('fieldset[data-item=burnout] input')) {
          seen.question = performance.now();
          done(seen);
        } else {
          setTimeout(look, 5);
        }
      };
      look();
    }));
    welcome.push(Math.round(times.welcome));
    question.push(Math.round(times.question));
    await context.close();
  }
} finally {
  await env.close();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`runs: ${RUNS}, CPU throttled 4x, release build on loopback`);
console.log(`navigation -> welcome interactive:       median ${median(welcome)} ms  (all: ${welcome.join(', ')})`);
console.log(`navigation -> first question interactive: median ${median(question)} ms  (all: ${question.join(', ')})`);
console.log(`target: first question within ${TARGET_MS} ms: ${median(question) <= TARGET_MS ? 'met' : 'MISSED'}`);

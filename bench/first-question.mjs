// Speed benchmark: with Chromium's CPU slowed 4× (DevTools protocol), how long from navigation
// to a survey link until the welcome screen answers, and until the first question is
// interactive after pressing Start; and beside it, the same survey as a SurveyJS page, timed to
// its first question the same way. Times are read from the page's own clock (performance.now()
// counts from the start of navigation), and Start is pressed from inside the page the moment it
// appears, so the figures measure the app rather than the automation. Serves the release build in
// dist/ on loopback; run `bench/bundle.sh` (or ./scripts/run) first to build it. Prints medians,
// and the ratio of Candor's first question to SurveyJS's against the target of one half.
import { join } from 'node:path';
import { startServer } from '../scripts/serve.mjs';
import { launch, ROOT } from '../tests/e2e/lib/harness.mjs';
import { ensureSurveyJs, readCandorSurvey, surveyJsVersion, writeSurveyJsPage } from './surveyjs/page.mjs';

// Runs of each page; at least five make a median the issue accepts.
const RUNS = Number(process.env.RUNS || 7);
const TARGET_MS = 1000;
const TARGET_RATIO = 0.5;
const LINK = '#/survey?v=1&id=K7M2Q9XT4B&t=Staff+wellbeing+2026&o=Riverside+Community+Hospital'
  + '&u=Emergency&u=Intensive+care&u=Surgery&r=1&l=en';
const SURVEYJS_DIR = join(ROOT, 'bench/out/surveyjs');

// The SurveyJS packages are bench-only: installed on demand at the version scripts/tools.sh pins.
ensureSurveyJs();
const env = await launch();
let surveyJs;
const welcome = [];
const question = [];
const surveyJsQuestion = [];
try {
  // The SurveyJS page is written afresh from Candor's page for the same link, so both show the
  // same sections and questions; this walk-through is not throttled and not timed.
  const survey = await readCandorSurvey(env.browser, `${env.server.url}/${LINK}`);
  await writeSurveyJsPage(SURVEYJS_DIR, survey);
  surveyJs = await startServer(SURVEYJS_DIR);
  const firstName = survey.sections[0].questions[0].name;

  // A fresh context per run, so every visit is a first visit with nothing cached. The watcher is
  // installed before the page's own scripts run (an init script), so that a page which renders
  // quickly is not timed late by the automation arriving after it.
  const visit = async (url, watcher, arg) => {
    const context = await env.browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(watcher, arg);
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(() => window.__seen?.done && window.__seen, null, { polling: 50, timeout: 60_000 });
    const times = await handle.jsonValue();
    await context.close();
    return times;
  };

  // Candor: the welcome screen's Start button, pressed as soon as it is there, then the first
  // question's radio buttons.
  const candor = () => {
    const seen = (window.__seen = {});
    const look = () => {
      const start = document.querySelector('.welcome .button--primary');
      if (seen.welcome === undefined && start) {
        seen.welcome = performance.now();
        start.click();
      }
      if (document.querySelector('fieldset[data-item=burnout] input')) {
        seen.question = performance.now();
        seen.done = true;
      } else {
        setTimeout(look, 5);
      }
    };
    look();
  };

  // SurveyJS shows its first page at once (it has no welcome screen unless one is configured, so
  // it is spared the click): answerable when the first question's first radio button is there
  // and not disabled.
  const surveyJsWatcher = (name) => {
    const seen = (window.__seen = {});
    const look = () => {
      const radio = document.querySelector(`[data-name="${name}"] input[type=radio]`);
      if (radio && !radio.disabled) {
        seen.question = performance.now();
        seen.done = true;
      } else {
        setTimeout(look, 5);
      }
    };
    look();
  };

  const runCandor = async () => {
    const times = await visit(`${env.server.url}/${LINK}`, candor);
    welcome.push(Math.round(times.welcome));
    question.push(Math.round(times.question));
  };
  const runSurveyJs = async () => {
    const times = await visit(`${surveyJs.url}/`, surveyJsWatcher, firstName);
    surveyJsQuestion.push(Math.round(times.question));
  };
  // The two pages take turns, and which goes first swaps each round (Candor, SurveyJS, SurveyJS,
  // Candor, …), so a machine that slows down or warms up during the run weighs on both alike.
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 === 0 ? [runCandor, runSurveyJs] : [runSurveyJs, runCandor];
    for (const one of order) await one();
  }
} finally {
  await surveyJs?.close();
  await env.close();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ratio = median(question) / median(surveyJsQuestion);
console.log(`runs: ${RUNS} of each page, taking turns, CPU throttled 4x, 375x812, both served on loopback`);
console.log(`Candor (release build), navigation -> welcome interactive:        median ${median(welcome)} ms  (all: ${welcome.join(', ')})`);
console.log(`Candor (release build), navigation -> first question interactive: median ${median(question)} ms  (all: ${question.join(', ')})`);
console.log(`SurveyJS ${surveyJsVersion()}, navigation -> first question interactive:      median ${median(surveyJsQuestion)} ms  (all: ${surveyJsQuestion.join(', ')})`);
console.log(`target: Candor's first question within ${TARGET_MS} ms: ${median(question) <= TARGET_MS ? 'met' : 'MISSED'}`);
console.log(`ratio Candor / SurveyJS, first question medians: ${ratio.toFixed(2)}; target at most ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? 'met' : 'MISSED'}`
  + (RUNS < 5 ? ' (fewer than 5 runs: not a measurement the target accepts)' : ''));

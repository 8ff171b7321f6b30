// Render benchmark of the organizer's page with 10,000 codes read (CODES=… changes the count),
// in headless Chromium against the release build in dist/ (bench/bundle.sh or ./scripts/run
// builds it). The codes come from examples/make_codes.rs and are pasted with Ctrl+V (so, being a
// long paste, read into the model and listed, not put into the text area). Then, ten times each,
// in the page's own clock:
//   1. a key pressed in the code box → the next animation frame;
//   2. "Count these codes" pressed after that keystroke (the model reads the box again, which
//      holds no code, so no figure changes, and the page renders) → the next animation frame.
// Prints the median and the range of each, and the script time each cost in all (Chromium's own
// count, from the DevTools protocol: a frame is rounded up to the display's next one, so small
// savings show there first). Figures, never a verdict.
import { execFileSync } from 'node:child_process';
import { launch, ROOT } from '../tests/e2e/lib/harness.mjs';

const COUNT = Number(process.env.CODES || 10000);
const ROUNDS = 10;
const ID = 'K7M2Q9XT4B';
const SUMMARY = `organizer/#/summary?v=1&id=${ID}&t=Keystrokes&u=A&u=B&u=C&r=1`;

const codes = execFileSync(
  'cargo',
  ['run', '--quiet', '--release', '--locked', '--example', 'make_codes', '--', ID, '3', '1', String(COUNT), '2026'],
  { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);

/** Arms a one-shot clock: from the next `event` (capture phase) to the next animation frame. */
const arm = (page, event) => page.evaluate((event) => {
  window.__frame = new Promise((resolve) => {
    const start = () => {
      document.removeEventListener(event, start, true);
      const t0 = performance.now();
      requestAnimationFrame(() => resolve(performance.now() - t0));
    };
    document.addEventListener(event, start, true);
  });
}, event);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const line = (name, xs) => console.log(`  ${name}: median ${median(xs).toFixed(1)} ms (${Math.min(...xs).toFixed(1)} … ${Math.max(...xs).toFixed(1)} ms, ${xs.length} runs)`);

const env = await launch();
try {
  const context = await env.browser.newContext({
    viewport: { width: 1280, height: 800 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.server.url}/${SUMMARY}`);
  const box = page.locator('#wave-1-codes');
  await box.waitFor();
  await page.evaluate((t) => navigator.clipboard.writeText(t), codes);
  await box.focus();
  await page.keyboard.press('Control+V');
  await page.locator('[data-figure=n]').filter({ hasText: new RegExp(`^${COUNT} `) }).waitFor({ timeout: 120000 });

  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const scriptMs = async () => 1000 * (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;
  const keys = [];
  const counts = [];
  let keyScript = 0;
  let countScript = 0;
  const button = page.locator('#wave-1-title ~ .input-actions .button--primary');
  for (let i = 0; i < ROUNDS; i += 1) {
    await box.focus();
    await arm(page, 'keydown');
    let before = await scriptMs();
    await page.keyboard.press('x');
    keys.push(await page.evaluate(() => window.__frame));
    keyScript += (await scriptMs()) - before;
    await arm(page, 'click');
    before = await scriptMs();
    await button.click();
    counts.push(await page.evaluate(() => window.__frame));
    countScript += (await scriptMs()) - before;
  }
  console.log(`headless Chromium ${env.browser.version()}, release build, ${COUNT.toLocaleString('en-US')} codes read`);
  line('keystroke in the code box → next frame', keys);
  line('"Count these codes" → next frame', counts);
  console.log(`  script time, ${ROUNDS} keystrokes: ${keyScript.toFixed(1)} ms; ${ROUNDS} re-counts: ${countScript.toFixed(1)} ms (the clock's own evaluations included)`);
  if (errors.length) console.log(`  page errors: ${errors.join('; ')}`);
  await context.close();
} finally {
  await env.close();
}

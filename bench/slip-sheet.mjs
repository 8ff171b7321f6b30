// Benchmark of the sheet of single-use slips: 2,000 slips (SLIPS=… changes the count) of a
// three-unit survey, in headless Chromium against the release build in dist/ (bench/bundle.sh or
// ./scripts/run builds it). In the page's own clock, from the start of navigation: when the first
// page of slips is in the document, and when the last; the longest task the main thread ran in
// between (PerformanceObserver "longtask", so only tasks over 50 ms are seen; none means none
// held the page still that long); then how long Chromium takes to print the whole sheet to PDF,
// and the PDF's size. Figures, never a verdict.
import { launch } from '../tests/e2e/lib/harness.mjs';

const COUNT = Number(process.env.SLIPS || 2000);
const QUERY = new URLSearchParams([
  ['v', '4'],
  ['id', 'K7M2Q9XT4B'],
  ['t', 'Staff wellbeing 2026'],
  ['o', 'Riverside Community Hospital'],
  ['u', 'Emergency'],
  ['u', 'Intensive care'],
  ['u', 'Surgery'],
  ['r', '1'],
  ['l', 'en'],
  ['p', '1'],
  ['pn', String(COUNT)],
  ['pk', '38GVXW0XEWRPFA6HV7Z6HCGEF0'],
]);

const env = await launch();
try {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    window.__longest = 0;
    window.__long = 0;
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) {
        window.__longest = Math.max(window.__longest, task.duration);
        window.__long += 1;
      }
    }).observe({ type: 'longtask', buffered: true });
    window.__firstPage = new Promise((resolve) => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('.sheet__page')) {
          observer.disconnect();
          resolve(performance.now());
        }
      }).observe(document, { childList: true, subtree: true });
    });
  });
  await page.goto(`${env.server.url}/organizer/setup/#/slips?${QUERY}`);
  await page.locator('#sheet-status', { hasText: /\w/ }).waitFor({ timeout: 600000 });
  const figures = await page.evaluate(async () => ({
    first: await window.__firstPage,
    last: performance.now(),
    longest: window.__longest,
    long: window.__long,
    pages: document.querySelectorAll('.sheet__page').length,
    grid: document.querySelector('.sheet__grid').className,
  }));
  const started = Date.now();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const printed = Date.now() - started;
  console.log(`sheet of ${COUNT} slips: ${figures.pages} pages (${figures.grid.replace('sheet__grid ', '')})`);
  console.log(`  first page in the document: ${figures.first.toFixed(0)} ms after navigation`);
  console.log(`  every page written: ${figures.last.toFixed(0)} ms after navigation`);
  console.log(`  tasks over 50 ms: ${figures.long}; the longest ${figures.longest.toFixed(0)} ms`);
  console.log(`  printed to PDF in ${printed} ms, ${(pdf.length / 1e6).toFixed(1)} MB`);
} finally {
  await env.close();
}

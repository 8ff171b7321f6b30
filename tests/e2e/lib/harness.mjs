// Shared pieces of the end-to-end tests: the release build served on loopback by a server that
// records every request, Debian's Chromium driven by playwright-core, and what a page reports
// (console errors, Content-Security-Policy violations) collected from the first byte.
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../../scripts/serve.mjs';
import { ROOT } from './native.mjs';

export { decodeCodes, linkQueries, madeCodes, NOTHING_STORED, pagesOf, pageSizeOf, qrCodesIn, slipCodes } from './native.mjs';
import { storedInPage } from './native.mjs';

export { ROOT };
export const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

/**
 * Starts the server on dist/ and a headless Chromium; call `close()` when done. With `bfcache`,
 * the browser keeps its back-forward cache, which Playwright switches off by default.
 */
export async function launch({ bfcache = false } = {}) {
  const server = await startServer(join(ROOT, 'dist'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    ignoreDefaultArgs: bfcache ? ['--disable-back-forward-cache'] : [],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens a page at `hash` (e.g. '#/summary') in a fresh context and waits until the app is
 * interactive. Returns { page, problems, requestsAtLoad } where `problems` collects console
 * errors, page errors and CSP violations from the first byte on. `beforeLoad(page)` runs before
 * the page is loaded (to install a fake clock, say).
 */
export async function open(env, hash = '#/', { viewport = { width: 1280, height: 800 }, locale = 'en-US', colorScheme = 'light', beforeLoad } = {}) {
  const context = await env.browser.newContext({ viewport, locale, colorScheme });
  const page = await context.newPage();
  const problems = { console: [], errors: [], violations: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.console.push(msg.text());
  });
  page.on('pageerror', (err) => problems.errors.push(String(err)));
  await page.addInitScript(recordViolations);
  await beforeLoad?.(page);
  await page.goto(`${env.server.url}/${hash}`);
  await interactive(page);
  const requestsAtLoad = env.server.requests.length;
  // From here on, nothing may be requested; remember the moment in the page's own clock.
  await page.evaluate(() => {
    window.__loadedAt = performance.now();
  });
  return { page, context, problems, requestsAtLoad };
}

/**
 * Collects the page's Content-Security-Policy violations into `window.__violations` (read by
 * `violations`). Given to `addInitScript` of a page or of a context (for the tabs a page opens),
 * it runs before any page script; DevTools-injected, so the page's own policy does not apply to it.
 */
export function recordViolations() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI });
  });
}

/**
 * The tab that `click` opens from a page of `context` (the summary's printable documents), once
 * its app answers, with its console errors and page errors recorded as `open` records a page's.
 */
export async function openedTab(context, click) {
  await context.addInitScript(recordViolations);
  const problems = { console: [], errors: [] };
  const [tab] = await Promise.all([context.waitForEvent('page'), click()]);
  tab.on('console', (msg) => {
    if (msg.type() === 'error') problems.console.push(msg.text());
  });
  tab.on('pageerror', (err) => problems.errors.push(String(err)));
  await interactive(tab);
  return { tab, problems };
}

/** The app has mounted and its controls answer: the language switch is in the page. */
export async function interactive(page) {
  await page.locator('.lang-switch button[lang=es]').waitFor({ state: 'visible' });
  await page.locator('main h1').waitFor({ state: 'visible' });
}

/** Resource timing entries after load, and any entry from another origin. */
export async function resourcesAfterLoad(page) {
  return page.evaluate(() => {
    const entries = performance.getEntriesByType('resource');
    return {
      late: entries.filter((e) => e.startTime >= window.__loadedAt).map((e) => e.name),
      foreign: entries.filter((e) => new URL(e.name).origin !== location.origin).map((e) => e.name),
      total: entries.length,
    };
  });
}

export const violations = (page) => page.evaluate(() => window.__violations);

let axeSource;
/** axe-core's violations of impact serious or critical on the page as it is now. */
export async function seriousA11yViolations(page) {
  axeSource ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through DevTools, so the page's strict policy (rightly) never has to allow it.
  await page.evaluate(`${axeSource}\n;0`);
  const found = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Saves a screenshot under tests/e2e/artifacts/NAME.png. */
export async function screenshot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Runs `body(page)`; on failure keeps a screenshot named after the test, then fails. */
export async function keepScreenshotOnFailure(page, name, body) {
  try {
    await body();
  } catch (err) {
    const path = await screenshot(page, `FAILED-${name}`).catch(() => '(no screenshot)');
    err.message += `\n  screenshot: ${path}`;
    throw err;
  }
}

/** Everything the page's origin keeps in any browser storage. */
export const storedData = (page) => page.evaluate(storedInPage);

/**
 * Answers the current survey section with the mouse (taps on a phone): `answers` maps item ids to
 * option indices (0 = first listed), an array of them for the priorities.
 */
export async function answerByMouse(page, answers) {
  const items = await page.locator('fieldset[data-item]').evaluateAll((fs) => fs.map((f) => f.dataset.item));
  for (const item of items) {
    const answer = answers[item];
    if (answer === undefined) continue;
    const group = page.locator(`fieldset[data-item="${item}"]`);
    if (item === 'unit') {
      await group.locator('select').selectOption(String(answer));
    } else {
      for (const option of [answer].flat()) {
        await group.locator(`label:has(input[value="${option}"])`).click();
      }
    }
  }
}

/** Answers every remaining section with the mouse and presses "See my results". */
export async function finishByMouse(page, answers) {
  for (;;) {
    await answerByMouse(page, answers);
    const submit = page.locator('button[type=submit]');
    const last = (await submit.innerText()) === 'See my results';
    await submit.click();
    if (last) return;
  }
}

// A shared device against the release build: one browser tab on a ward's workstation, one person
// after another. Nothing on the screen, in storage, in the clipboard or behind the Back button
// shows an earlier person's answers or code; a survey left idle counts down, then clears; a
// reload starts afresh. Chromium runs here with its back-forward cache on (Playwright switches it
// off by default), so Back after leaving the page really restores it from that cache.
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  ARTIFACTS,
  answerByMouse,
  decodeCodes,
  finishByMouse,
  keepScreenshotOnFailure,
  launch,
  NOTHING_STORED,
  open,
  resourcesAfterLoad,
  screenshot,
  seriousA11yViolations,
  storedData,
  violations,
} from './lib/harness.mjs';

const QUERY = 'id=K7M2Q9XT4B&t=Staff+wellbeing+2026&u=Emergency&u=Surgery&r=1&s=Sealed+box+by+the+staff+room';
const SHARED = `#/survey?v=3&${QUERY}&k=1`;
const PERSONAL = `#/survey?v=1&${QUERY}`;
// From docs/privacy.md: the countdown shows after 3 minutes without input and lasts 1 minute.
const IDLE_MS = 180_000;
const COUNTDOWN_MS = 60_000;

let env;
before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  env = await launch({ bfcache: true });
});
after(async () => {
  await env?.close();
});

const clipboard = (page) => page.evaluate(() => navigator.clipboard.readText());
const checkedAnswers = (page) => page.locator('fieldset[data-item] input:checked').count();
const onWelcome = (page) => page.locator('.welcome h1').waitFor({ state: 'visible' });
const clipboardEmptied = (page) => page.waitForFunction(() => navigator.clipboard.readText().then((text) => text === ''));

/** Answers section after section, in any language, until the code shows. */
async function finish(page, answers) {
  while (!(await page.locator('#code').isVisible())) {
    await answerByMouse(page, answers);
    await page.locator('button[type=submit]').click();
  }
}

/** Everything a person at the device could find of earlier respondents, as plain text. */
async function traces(page) {
  return {
    screen: await page.locator('body').innerText(),
    stored: await storedData(page),
    clipboard: await clipboard(page),
  };
}

test('three people in a row on one shared tab: each gets a code, none finds an earlier one', async () => {
  const { page, context, problems, requestsAtLoad } = await open(env, '#/');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  await keepScreenshotOnFailure(page, 'kiosk-three', async () => {
    // The ward's tab: the start page, then the shared-device link.
    await page.evaluate((hash) => {
      location.hash = hash;
    }, SHARED);
    await onWelcome(page);
    const historyLength = await page.evaluate(() => history.length);
    assert.match(await page.locator('.welcome').innerText(), /shared device, so nothing you answer is kept/);
    const people = [
      { burnout: 0, 'values-1': 4, unit: 0, role: 1 },
      { burnout: 4, 'values-1': 0, unit: 1, role: 0, lang: 'es' },
      { burnout: 2, 'values-1': 2 },
    ];
    const codes = [];
    for (const [n, answers] of people.entries()) {
      const before = await traces(page);
      for (const code of codes) {
        assert.ok(!before.screen.includes(code), `person ${n + 1} sees no earlier code on screen`);
        assert.notEqual(before.clipboard, code, `person ${n + 1} finds no earlier code in the clipboard`);
      }
      assert.deepEqual(before.stored, NOTHING_STORED, `person ${n + 1} finds nothing stored`);
      if (answers.lang) await page.locator('.lang-switch button[lang=es]').click();
      await page.locator('.welcome .button--primary').click();
      // A fresh survey: no answer of anybody's is checked.
      assert.equal(await checkedAnswers(page), 0, `person ${n + 1} starts with nothing checked`);
      await finish(page, answers);
      // Mid-survey and on the results screen alike, the tab's storage stays empty.
      assert.deepEqual(await storedData(page), NOTHING_STORED, `person ${n + 1}: nothing stored`);
      const code = (await page.locator('#code').innerText()).trim();
      codes.push(code);
      await page.locator('.panel--code .button--primary').click();
      await page.locator('.copy-status', { hasText: /Copied|Copiado/ }).waitFor();
      assert.equal(await clipboard(page), code);
      if (n === 0) await screenshot(page, 'kiosk-results');
      await page.getByRole('button', { name: answers.lang ? 'Listo: siguiente persona' : 'Done — next person' }).click();
      await onWelcome(page);
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus on the welcome heading');
      assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'the next person starts in the survey language');
      await clipboardEmptied(page);
      assert.equal(await page.evaluate(() => history.length), historyLength, 'no history entry per person');
    }
    assert.equal(new Set(codes).size, 3);
    // Each is a valid code of this survey, read by the native decoder.
    const decoded = decodeCodes('K7M2Q9XT4B', 2, true, codes);
    assert.equal(decoded.length, 3);
    assert.match(decoded[0], /burnout=1\b/);
    assert.match(decoded[1], /burnout=5\b/);

    // Back and Forward through the tab's history (the History API, as the buttons use it) bring
    // no results back.
    await page.evaluate(() => history.back());
    await page.waitForFunction(() => location.hash === '#/');
    await page.locator('.welcome').waitFor({ state: 'detached' });
    await page.evaluate(() => history.forward());
    await onWelcome(page);
    let seen = await traces(page);
    for (const code of codes) assert.ok(!seen.screen.includes(code), 'Back/Forward shows no code');

    // A fourth person leaves the results on screen and walks off to another page; the next one
    // presses Back. The browser restores the page from its back-forward cache: the welcome shows.
    await page.locator('.welcome .button--primary').click();
    await finishByMouse(page, { burnout: 1 });
    const fourth = (await page.locator('#code').innerText()).trim();
    await page.evaluate(() => {
      window.__restoredFromCache = false;
      addEventListener('pageshow', (event) => {
        window.__restoredFromCache = event.persisted;
      });
    });
    await page.goto(`${env.server.url}/organizer/`);
    await page.locator('main h1').waitFor();
    // A page restored from the cache fires no load event: wait for the navigation alone.
    await page.goBack({ waitUntil: 'commit' });
    await page.locator('main h1').waitFor();
    assert.equal(await page.locator('.welcome').isVisible(), true, 'Back after leaving shows the welcome screen');
    assert.equal(await page.evaluate(() => window.__restoredFromCache), true, 'restored from the back-forward cache');
    seen = await traces(page);
    assert.ok(!seen.screen.includes(fourth), 'Back after leaving shows no code');
    assert.doesNotMatch(seen.screen, /Your results/);
    assert.deepEqual(seen.stored, NOTHING_STORED);

    assert.deepEqual(await seriousA11yViolations(page), []);
    assert.deepEqual(problems.errors, []);
    assert.deepEqual(problems.console, []);
    assert.deepEqual(await violations(page), []);
    // The organizer page was a navigation of its own; the survey page requested nothing after load.
    assert.deepEqual((await resourcesAfterLoad(page)).foreign, []);
    assert.ok(requestsAtLoad > 0);
  });
  await context.close();
});

test('left idle, a shared survey counts down, offers to continue, then clears', async () => {
  const { page, context, problems } = await open(env, SHARED, {
    viewport: { width: 375, height: 800 },
    beforeLoad: (page) => page.clock.install(),
  });
  await keepScreenshotOnFailure(page, 'kiosk-idle', async () => {
    // The welcome screen holds nothing to clear: it waits as long as it takes.
    await page.clock.runFor(IDLE_MS + COUNTDOWN_MS + 5_000);
    assert.equal(await page.locator('[role=alertdialog]').count(), 0);
    await page.locator('.welcome .button--primary').click();
    await page.locator('fieldset[data-item=burnout] label:has(input[value="3"])').click();
    const radio = page.locator('fieldset[data-item=burnout] input[value="3"]');
    await radio.focus();

    // Just under three minutes: nothing yet.
    await page.clock.runFor(IDLE_MS - 2_000);
    assert.equal(await page.locator('[role=alertdialog]').count(), 0);
    await page.clock.runFor(3_000);
    const dialog = page.getByRole('alertdialog', { name: 'Still there?' });
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /start again in (1:00|0:5\d)\./);
    // The answers are hidden behind it and out of reach; focus is on "Continue".
    assert.notEqual(await page.locator('.survey').getAttribute('inert'), null);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Continue');
    await page.clock.runFor(20_000);
    assert.match(await dialog.innerText(), /in 0:(3\d|40)\./);
    assert.deepEqual(await seriousA11yViolations(page), []);
    // What a passer-by sees: the countdown, and nothing of the answers.
    await page.screenshot({ path: join(ARTIFACTS, 'kiosk-countdown.png') });
    // Tab reaches nothing behind it, and does not count as continuing.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.closest('.survey')), null);
    assert.equal(await dialog.count(), 1);
    await page.keyboard.press('Shift+Tab');
    await page.getByRole('button', { name: 'Continue' }).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await radio.isChecked(), true, 'continuing keeps the answers');
    await page.clock.runFor(100);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('value')), '3', 'focus returns');

    // Left again: after the countdown the answers are gone and the welcome screen is back.
    await page.clock.runFor(IDLE_MS + COUNTDOWN_MS + 1_000);
    await onWelcome(page);
    await page.locator('.welcome .button--primary').click();
    assert.equal(await checkedAnswers(page), 0, 'the answers were cleared');

    // The results and the code are cleared the same way.
    await finishByMouse(page, { burnout: 2 });
    const code = (await page.locator('#code').innerText()).trim();
    await page.clock.runFor(IDLE_MS + 1_000);
    await dialog.waitFor();
    await page.clock.runFor(COUNTDOWN_MS);
    await onWelcome(page);
    assert.ok(!(await page.locator('body').innerText()).includes(code));
    assert.deepEqual(await storedData(page), NOTHING_STORED);
    assert.deepEqual(problems.errors, []);
  });
  await context.close();
});

test('a reload on a shared device starts afresh; on a personal device it resumes', async () => {
  for (const [hash, resumes] of [
    [SHARED, false],
    [PERSONAL, true],
  ]) {
    const { page, context, problems } = await open(env, hash, { beforeLoad: (page) => page.clock.install() });
    await page.locator('.welcome .button--primary').click();
    await page.locator('fieldset[data-item=burnout] label:has(input[value="1"])').click();
    const kept = Object.keys((await storedData(page)).session).length;
    assert.equal(kept, resumes ? 1 : 0, `${hash}: session storage`);
    // A personal survey is never cleared for idleness.
    if (resumes) {
      await page.clock.runFor(3 * (IDLE_MS + COUNTDOWN_MS));
      assert.equal(await page.locator('[role=alertdialog]').count(), 0);
      assert.equal(await page.locator('fieldset[data-item=burnout] input[value="1"]').isChecked(), true);
    }
    await page.reload();
    await page.locator('main h1').waitFor();
    if (resumes) {
      await page.locator('fieldset[data-item=burnout]').waitFor();
      assert.equal(await page.locator('fieldset[data-item=burnout] input[value="1"]').isChecked(), true);
    } else {
      await onWelcome(page);
      assert.deepEqual(await storedData(page), NOTHING_STORED);
    }
    assert.deepEqual(problems.errors, []);
    await context.close();
  }
});

test('the setup page makes a second link, for shared devices, that opens the same survey', async () => {
  const { page, context, problems } = await open(env, 'organizer/setup/#/', { viewport: { width: 1280, height: 900 } });
  await keepScreenshotOnFailure(page, 'kiosk-setup', async () => {
    await page.locator('#setup-title').fill('Night shift pulse');
    await page.getByLabel(/Staff will also answer on shared computers or tablets/).check();
    assert.match(await page.locator('#setup-shared-hint').innerText(), /left untouched for 3 minutes is cleared after a countdown/);
    await page.getByRole('button', { name: 'Make the links' }).click();
    const personal = await page.locator('#survey-link').inputValue();
    const shared = await page.locator('#shared-link').inputValue();
    assert.match(personal, /#\/survey\?v=1&/);
    assert.doesNotMatch(personal, /k=1/);
    assert.equal(shared, `${personal.replace('v=1&', 'v=3&')}&k=1`);
    assert.doesNotMatch(await page.locator('#summary-link').inputValue(), /k=1/);
    // The kit file lists it too.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the survey file' }).click();
    const file = await readFile(await (await download).path(), 'utf8');
    assert.ok(file.includes(`LINK FOR SHARED DEVICES`) && file.includes(shared), file);
    assert.deepEqual(await seriousA11yViolations(page), []);
    await page.locator('#setup-shared').locator('xpath=../..').screenshot({ path: join(ARTIFACTS, 'kiosk-setup-option.png') });
    await page.locator('.links').screenshot({ path: join(ARTIFACTS, 'kiosk-setup-links.png') });
    // Opened, it is the shared-device survey.
    await page.goto(shared);
    await onWelcome(page);
    assert.match(await page.locator('.welcome').innerText(), /shared device/);
    assert.deepEqual(problems.errors, []);
  });
  await context.close();
});

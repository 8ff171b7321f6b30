// The respondent's survey, end to end against the release build, as people use it: by keyboard
// alone, by touch-size mouse on a phone, interrupted by a reload, switching language mid-way.
// Each finished survey's code is decoded by the native decoder and must hold exactly the scores
// that docs/scoring.md gives for the answers typed in.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  NOTHING_STORED,
  answerByMouse,
  decodeCodes,
  finishByMouse,
  keepScreenshotOnFailure,
  launch,
  open,
  resourcesAfterLoad,
  screenshot,
  seriousA11yViolations,
  storedData,
  violations,
} from './lib/harness.mjs';
import { ANSWERS_A, EXPECTED_A, SURVEY_ID, WITH_UNITS } from './lib/scenarios.mjs';

const PLAIN = `#/survey?v=1&id=${SURVEY_ID}&t=Clinic+pulse&l=en`;
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 800 };

// Scenario B: the bare minimum plus two statements and one outcome.
const ANSWERS_B = { burnout: 0, satisfaction: 2, 'values-1': 4, 'values-2': 4 };
const EXPECTED_B = 'burnout=1 outcomes=N,-,-,- levers=5,-,-,-,- priorities= unit=- role=-';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const heading = (page) => page.locator('main h1').innerText();
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { tag: el.tagName, type: el.type || '', item: el.closest('fieldset')?.dataset.item || '', value: el.value || '', text: el.textContent };
});

/** Presses Tab until `matches(focused)` holds; the keyboard user's way of reaching a control. */
async function tabTo(page, what, matches) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  assert.fail(`could not reach ${what} with Tab`);
}

/** Answers the current section by keyboard alone. */
async function answerByKeyboard(page, answers) {
  const items = await page.locator('fieldset[data-item]').evaluateAll((fs) => fs.map((f) => f.dataset.item));
  for (const item of items) {
    const answer = answers[item];
    if (answer === undefined) continue;
    if (Array.isArray(answer)) {
      for (const option of answer) {
        await tabTo(page, `${item} option ${option}`, (f) => f.item === item && f.value === String(option));
        await page.keyboard.press('Space');
      }
    } else if (item === 'unit') {
      await tabTo(page, 'the unit list', (f) => f.tag === 'SELECT');
      for (let i = 0; i <= answer; i++) await page.keyboard.press('ArrowDown');
    } else {
      // Tab enters a radio group at its first option; arrows move and choose.
      await tabTo(page, item, (f) => f.item === item && f.type === 'radio');
      if (answer === 0) await page.keyboard.press('Space');
      for (let i = 0; i < answer; i++) await page.keyboard.press('ArrowDown');
    }
  }
}

async function readCode(page) {
  const code = await page.locator('#code').innerText();
  assert.match(code, /^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/, 'the code is grouped for reading');
  assert.ok(code.replaceAll('-', '').length <= 25, 'at most 25 characters');
  return code;
}

async function expectNothingLeaked(page, requestsAtLoad, problems) {
  assert.deepEqual(env.server.requests.slice(requestsAtLoad), [], 'requests after load');
  assert.deepEqual((await resourcesAfterLoad(page)).late, [], 'resource timing after load');
  assert.deepEqual(problems.console, [], 'console errors');
  assert.deepEqual(problems.errors, [], 'page errors');
  assert.deepEqual(await violations(page), [], 'policy violations');
}

test('keyboard only, desktop: from the link to a code that holds exactly the expected scores', async () => {
  const { page, context, problems, requestsAtLoad } = await open(env, WITH_UNITS, { viewport: DESKTOP });
  await keepScreenshotOnFailure(page, 'survey-keyboard', async () => {
    assert.equal(await heading(page), 'Staff wellbeing 2026');
    assert.match(await page.locator('main').innerText(), /Run by Riverside Community Hospital/);
    assert.equal((await focused(page)).tag, 'H1', 'focus starts at the survey title');
    await tabTo(page, 'Start', (f) => f.text === 'Start the survey');
    await page.keyboard.press('Enter');
    let screen = 1;
    for (;;) {
      await page.locator('form.questions h1').waitFor();
      assert.equal((await focused(page)).tag, 'H1', 'each section starts at its heading');
      assert.match(await page.locator('.progress-text').innerText(), new RegExp(`^Section ${screen} of 6$`));
      await answerByKeyboard(page, ANSWERS_A);
      const last = (await page.locator('button[type=submit]').innerText()) === 'See my results';
      // Enter continues, from wherever the focus is in the form.
      await page.keyboard.press('Enter');
      if (last) break;
      await page.locator('.progress-text', { hasText: `Section ${screen + 1} of 6` }).waitFor();
      screen += 1;
    }
    await page.locator('main h1', { hasText: 'Your results' }).waitFor();
    assert.equal(screen, 6);
    const code = await readCode(page);
    assert.deepEqual(decodeCodes(SURVEY_ID, 3, true, [code]), [EXPECTED_A]);
    // Level 4 of 5: the support panel, with numbers that can be called from a phone.
    assert.ok(await page.locator('a[href="tel:988"]').isVisible());
    assert.match(await page.locator('.send-to').innerText(), /sealed box by the staff room/);
    const low = await page.locator('.levers-low li').allInnerTexts();
    assert.equal(low.length, 1);
    assert.match(low[0], /^Resources/);
    assert.deepEqual(await storedData(page), NOTHING_STORED, 'storage after finishing');
    await expectNothingLeaked(page, requestsAtLoad, problems);
  });
  await context.close();
});

test('mouse at phone size: the minimum answers, a missing answer pointed out, and copy', async () => {
  const { page, context, problems, requestsAtLoad } = await open(env, PLAIN, { viewport: PHONE });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  await keepScreenshotOnFailure(page, 'survey-phone', async () => {
    await page.getByRole('button', { name: 'Start the survey' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    const alert = page.locator('fieldset[data-item=burnout] [role=alert]');
    assert.equal(await alert.innerText(), 'Please answer this question to continue.');
    assert.equal((await focused(page)).item, 'burnout', 'focus goes to the unanswered question');
    assert.match(await page.locator('.progress-text').innerText(), /^Section 1 of 5$/, 'no "about you" section when not asked');
    await finishByMouse(page, ANSWERS_B);
    await page.locator('main h1', { hasText: 'Your results' }).waitFor();
    const code = await readCode(page);
    assert.deepEqual(decodeCodes(SURVEY_ID, 0, false, [code]), [EXPECTED_B]);
    assert.equal(await page.locator('.panel--support').count(), 0, 'no crisis panel at level 1');
    await page.getByRole('button', { name: 'Copy the code' }).click();
    await page.locator('.copy-status', { hasText: 'Copied.' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
    // A shared workstation: the next person must not see these results.
    await page.getByRole('button', { name: 'Clear my results from this screen' }).click();
    assert.equal(await heading(page), 'Clinic pulse');
    assert.equal(await page.locator('#code').count(), 0);
    assert.deepEqual(await storedData(page), NOTHING_STORED);
    await expectNothingLeaked(page, requestsAtLoad, problems);
  });
  await context.close();
});

test('a reload mid-way resumes where the respondent was; finishing leaves nothing stored', async () => {
  const { page, context, problems } = await open(env, WITH_UNITS, { viewport: PHONE });
  await keepScreenshotOnFailure(page, 'survey-reload', async () => {
    await page.getByRole('button', { name: 'Start the survey' }).click();
    await answerByMouse(page, ANSWERS_A);
    await page.getByRole('button', { name: 'Next' }).click();
    await answerByMouse(page, { 'values-1': 1, 'values-2': 2 });
    const stored = await storedData(page);
    assert.equal(Object.keys(stored.session).length, 1, 'kept in this tab only while under way');
    assert.deepEqual(stored.local, {});
    await page.reload();
    await page.locator('.progress-text', { hasText: 'Section 2 of 6' }).waitFor();
    assert.ok(await page.locator('fieldset[data-item="values-2"] input[value="2"]').isChecked());
    await page.getByRole('button', { name: 'Back' }).click();
    assert.ok(await page.locator('fieldset[data-item=burnout] input[value="3"]').isChecked(), 'earlier answers kept');
    await page.getByRole('button', { name: 'Next' }).click();
    await finishByMouse(page, ANSWERS_A);
    const code = await readCode(page);
    assert.deepEqual(decodeCodes(SURVEY_ID, 3, true, [code]), [EXPECTED_A]);
    assert.deepEqual(await storedData(page), NOTHING_STORED);
    await page.reload();
    await page.locator('main h1', { hasText: 'Staff wellbeing 2026' }).waitFor();
    assert.deepEqual(problems.errors, []);
  });
  await context.close();
});

test('switching to Spanish mid-way keeps every answer', async () => {
  const { page, context } = await open(env, WITH_UNITS, { viewport: DESKTOP });
  await keepScreenshotOnFailure(page, 'survey-spanish', async () => {
    await page.getByRole('button', { name: 'Start the survey' }).click();
    await answerByMouse(page, ANSWERS_A);
    await page.locator('.lang-switch button[lang=es]').click();
    await page.locator('form.questions h1', { hasText: 'Su trabajo ahora' }).waitFor();
    assert.ok(await page.locator('fieldset[data-item=burnout] input[value="3"]').isChecked());
    assert.ok(await page.locator('fieldset[data-item=stress] input[value="3"]').isChecked());
    await page.getByRole('button', { name: 'Siguiente' }).click();
    assert.match(await page.locator('.progress-text').innerText(), /^Sección 2 de 6$/);
  });
  await context.close();
});

test('a link with missing or broken settings explains itself', async () => {
  for (const [hash, message] of [
    ['#/survey', /does not contain a survey's settings/],
    ['#/survey?v=1&t=Pulse', /survey's identifier is missing\. .*Ask the person who sent you the link for a new one/],
    ['#/survey?v=7&id=ABCDEFGH&t=Pulse', /newer version of Candor/],
    ['#/survey?v=1&id=ABCDEFGH&t=Pulse&m=1', /minimum group size must be a whole number from 3 to 50/],
    ['#/survey?v=1&id=ABCDEFGH&t=%E0%A4%A', /survey's title is not valid; the link may have been changed or damaged/],
    // A compact link cut short, and one of a newer compact format.
    ['#/C/1DK7JPJW9WQWSNFYY713V', /short survey link is damaged.*Ask the person who sent you the link for a new one/],
    ['#/C/2ABC0Q8A', /newer version of Candor \(short form 2\)/],
  ]) {
    const { page, context, problems } = await open(env, hash);
    await keepScreenshotOnFailure(page, 'survey-bad-link', async () => {
      assert.equal(await heading(page), 'This survey link cannot be opened');
      assert.match(await page.locator('[role=alert]').innerText(), message);
      assert.deepEqual(problems.errors, []);
    });
    await context.close();
  }
});

test('every survey screen: no serious accessibility problem, screenshots at phone and desktop size', async () => {
  for (const [viewport, size] of [[PHONE, 'phone'], [DESKTOP, 'desktop']]) {
    for (const lang of ['en', 'es']) {
      const { page, context } = await open(env, WITH_UNITS, { viewport, locale: lang });
      const check = async (name) => {
        const full = `survey-${name}-${lang}-${size}`;
        assert.deepEqual(await seriousA11yViolations(page), [], `${full}: axe`);
        await screenshot(page, full);
      };
      await keepScreenshotOnFailure(page, `survey-a11y-${lang}-${size}`, async () => {
        await check('welcome');
        await page.locator('.welcome .button--primary').click();
        await page.locator('button[type=submit]').click();
        await check('1-missing');
        let screen = 1;
        for (;;) {
          await answerByMouse(page, ANSWERS_A);
          await check(`${screen}`);
          const submit = page.locator('button[type=submit]');
          const last = screen === 6;
          await submit.click();
          if (last) break;
          screen += 1;
          await page.locator('.progress-text', { hasText: new RegExp(`${screen}\\D+6`) }).waitFor();
        }
        await page.locator('#code').waitFor();
        await check('results');
      });
      await context.close();
    }
  }
  // Dark scheme: the same screens must keep their contrast.
  {
    const { page, context } = await open(env, WITH_UNITS, { viewport: PHONE, colorScheme: 'dark' });
    await keepScreenshotOnFailure(page, 'survey-a11y-dark', async () => {
      assert.deepEqual(await seriousA11yViolations(page), [], 'dark welcome: axe');
      await page.locator('.welcome .button--primary').click();
      await page.locator('button[type=submit]').click();
      assert.deepEqual(await seriousA11yViolations(page), [], 'dark section with a missing answer: axe');
      await screenshot(page, 'survey-1-missing-en-phone-dark');
      await finishByMouse(page, ANSWERS_A);
      await page.locator('#code').waitFor();
      assert.deepEqual(await seriousA11yViolations(page), [], 'dark results: axe');
      await screenshot(page, 'survey-results-en-phone-dark');
    });
    await context.close();
  }
  const { page, context } = await open(env, '#/survey?v=1', { viewport: PHONE });
  assert.deepEqual(await seriousA11yViolations(page), []);
  await screenshot(page, 'survey-bad-link-en-phone');
  await context.close();
});

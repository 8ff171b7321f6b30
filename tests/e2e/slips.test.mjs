// Single-use slips against the release build, as staff use them: a slip's link starts the survey
// with its slip; the survey link asks for the slip code on the welcome screen (typed any way, a
// mistyped one explained and kept); on a shared device each person types their own. The whole
// loop — a printed sheet, its slips used, reused, altered, and the summary's count — is in
// sheet.test.mjs.
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  ARTIFACTS,
  decodeCodes,
  finishByMouse,
  interactive,
  keepScreenshotOnFailure,
  launch,
  open,
  resourcesAfterLoad,
  screenshot,
  seriousA11yViolations,
  storedData,
  NOTHING_STORED,
  ROOT,
  violations,
} from './lib/harness.mjs';

// The key of bytes 00 … 0F and its slips, from the conformance suite (docs/conformance/slips.json).
const SLIPS = JSON.parse(await readFile(join(ROOT, 'docs/conformance/slips.json'), 'utf8'));
const slipCode = (serial) => SLIPS.slips.find((s) => s.serial === serial).slip_code;

const ID = 'SLIPS2026A';
const SURVEY = `id=${ID}&t=Staff+wellbeing+2026&u=Emergency&u=Surgery&r=1`;
const WITH_SLIPS = `#/survey?v=4&${SURVEY}&p=1`;
const slipLink = (serial) => `${WITH_SLIPS}&pc=${slipCode(serial).replaceAll('-', '')}`;
const SHARED = `#/survey?v=4&${SURVEY}&k=1&p=1`;

const ANSWERS = [
  { burnout: 1, satisfaction: 2, 'values-1': 3, role: 1 },
  { burnout: 3, satisfaction: 0, 'values-1': 1, role: 2 },
  { burnout: 0, satisfaction: 3, 'values-1': 4, role: 3 },
  { burnout: 4, satisfaction: 1, 'values-1': 0, role: 1 },
  { burnout: 2, satisfaction: 2, 'values-1': 2, role: 4 },
];

let env;
before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  env = await launch();
});
after(async () => {
  await env?.close();
});

/** Loads `hash` afresh in the same tab, as opening another link does. */
async function go(page, hash) {
  await page.goto(`${env.server.url}/${hash}`);
  await page.reload();
  await interactive(page);
}

const slipField = (page) => page.getByLabel('Your slip code: the 9 characters printed on your slip');
const start = (page) => page.getByRole('button', { name: 'Start the survey' }).click();

/** Answers the survey to the end and returns the code shown. */
async function finish(page, answers) {
  await finishByMouse(page, answers);
  return (await page.locator('#code').innerText()).trim();
}

test('a slip link starts with its slip; the survey link asks for the slip code and explains a mistake', async () => {
  const { page, problems } = await open(env, slipLink(0));
  await keepScreenshotOnFailure(page, 'slips-respondent', async () => {
    // From a slip's QR code: nothing to type.
    assert.equal(await slipField(page).count(), 0);
    assert.match(await page.locator('.welcome [data-slips]').innerText(), /You need the single-use slip you drew/);
    await start(page);
    const code = await finish(page, ANSWERS[0]);
    assert.match(code, /^C/, 'a code made with a slip is version 3');
    assert.deepEqual(await resourcesAfterLoad(page).then((r) => r.late), []);

    // From the survey link: the welcome screen asks, and the survey does not start without a slip.
    await go(page, WITH_SLIPS);
    await slipField(page).waitFor();
    await screenshot(page, 'slips-welcome-asks');
    await start(page);
    const error = page.locator('#slip-code-error');
    assert.equal(await error.innerText(), 'A slip code is the 9 letters and digits printed on your slip, such as 7KQ-2XM-9PD.');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'slip-code');
    // A mistyped slip code (one character wrong) is explained, and what was typed stays.
    const typo = `${slipCode(1).slice(0, -1)}${slipCode(1).endsWith('0') ? '1' : '0'}`;
    await slipField(page).fill(typo);
    await start(page);
    assert.equal(await error.innerText(), 'This slip code has a typo: check it against your slip.');
    assert.equal(await slipField(page).inputValue(), typo);
    assert.equal(await slipField(page).getAttribute('aria-invalid'), 'true');
    await slipField(page).fill(slipCode(1).slice(0, 7));
    await start(page);
    assert.equal(await error.innerText(), 'A slip code is the 9 letters and digits printed on your slip, such as 7KQ-2XM-9PD.');
    await screenshot(page, 'slips-welcome-mistyped');
    assert.deepEqual(await seriousA11yViolations(page), []);
    // Typed any way: lower case, spaces instead of dashes, Enter to start.
    await slipField(page).fill(slipCode(1).toLowerCase().replaceAll('-', ' '));
    await slipField(page).press('Enter');
    await page.locator('fieldset[data-item]').first().waitFor();
    const typed = await finish(page, ANSWERS[1]);
    const [decoded] = decodeCodes(ID, 2, true, [typed]);
    assert.ok(decoded, 'the native decoder reads it');
    assert.deepEqual({ ...problems, violations: await violations(page) }, { console: [], errors: [], violations: [] });
    // Nothing of the survey is kept once it ends.
    assert.deepEqual(await storedData(page), NOTHING_STORED);
  });
});

test('on a shared device each person types their own slip', async () => {
  const { page } = await open(env, SHARED, { viewport: { width: 375, height: 740 } });
  await keepScreenshotOnFailure(page, 'slips-shared', async () => {
    await slipField(page).fill(slipCode(2));
    await screenshot(page, 'slips-welcome-phone');
    await start(page);
    const code = await finish(page, ANSWERS[2]);
    assert.match(code, /^C/);
    await page.getByRole('button', { name: 'Done — next person' }).click();
    // The next person starts with an empty slip field: the last person's slip is forgotten.
    await slipField(page).waitFor();
    assert.equal(await slipField(page).inputValue(), '');
    await start(page);
    assert.equal(await page.locator('#slip-code-error').innerText(), 'A slip code is the 9 letters and digits printed on your slip, such as 7KQ-2XM-9PD.');
  });
});

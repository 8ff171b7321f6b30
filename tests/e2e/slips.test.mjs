// Single-use slips against the release build, as staff and an organizer use them: a slip's link
// starts the survey with its slip; the survey link asks for the slip code on the welcome screen
// (typed any way, a mistyped one explained and kept); on a shared device each person types their
// own. The summary, holding the key, counts each slip once and keeps the rest apart with the
// reason: a reused slip, a code made without a slip, a forged slip (docs/code-format.md, "Slips").
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
const KEY = SLIPS.key.text;
const slipCode = (serial) => SLIPS.slips.find((s) => s.serial === serial).slip_code;

const ID = 'SLIPS2026A';
const SURVEY = `id=${ID}&t=Staff+wellbeing+2026&u=Emergency&u=Surgery&r=1`;
const WITH_SLIPS = `#/survey?v=4&${SURVEY}&p=1`;
const slipLink = (serial) => `${WITH_SLIPS}&pc=${slipCode(serial).replaceAll('-', '')}`;
const PLAIN = `#/survey?v=1&${SURVEY}`;
const SHARED = `#/survey?v=4&${SURVEY}&k=1&p=1`;
const SUMMARY = `organizer/#/summary?v=4&${SURVEY}&p=1&h=2&pn=20&pk=${KEY}`;

const ANSWERS = [
  { burnout: 1, satisfaction: 2, 'values-1': 3, role: 1 },
  { burnout: 3, satisfaction: 0, 'values-1': 1, role: 2 },
  { burnout: 0, satisfaction: 3, 'values-1': 4, role: 3 },
  { burnout: 4, satisfaction: 1, 'values-1': 0, role: 1 },
  { burnout: 2, satisfaction: 2, 'values-1': 2, role: 4 },
];

/**
 * A slip code for these 35 bits with a good public checksum (CRC-10/ATM, docs/code-format.md):
 * what someone who knows the format but not the key can make.
 */
function slipCodeOf(bits) {
  let remainder = 0n;
  const data = BigInt(bits);
  for (let i = 34n; i >= 0n; i--) {
    const top = ((remainder >> 9n) & 1n) ^ ((data >> i) & 1n);
    remainder = (remainder << 1n) & 0x3ffn;
    if (top) remainder ^= 0x233n;
  }
  const value = (data << 10n) | remainder;
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let text = '';
  for (let i = 8n; i >= 0n; i--) text += alphabet[Number((value >> (5n * i)) & 31n)];
  return `${text.slice(0, 3)}-${text.slice(3, 6)}-${text.slice(6)}`;
}

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

test('the summary counts each slip once and says what became of the others, and why', async () => {
  const { page, problems } = await open(env, slipLink(0));
  const codes = {};
  await keepScreenshotOnFailure(page, 'slips-summary', async () => {
    const survey = async (hash, answers) => {
      await go(page, hash);
      const field = slipField(page);
      if (hash === WITH_SLIPS) await field.fill(answers.slip);
      await start(page);
      return finish(page, answers);
    };
    // Three slips, one code each.
    codes.first = await survey(slipLink(0), ANSWERS[0]);
    codes.second = await survey(slipLink(1), ANSWERS[1]);
    codes.third = await survey(slipLink(2), ANSWERS[2]);
    // Slip 3 used twice, with other answers each time.
    codes.reusedA = await survey(slipLink(3), ANSWERS[3]);
    codes.reusedB = await survey(slipLink(3), ANSWERS[4]);
    // From the survey link without slips.
    codes.plain = await survey(PLAIN, ANSWERS[4]);
    // A slip code altered by someone who knows the format but not the key: slip 19's check with
    // its last bit changed, and a public checksum that agrees, so the survey accepts it.
    const slip19 = SLIPS.slips.find((s) => s.serial === 19);
    const forged = slipCodeOf(slip19.bits ^ 1);
    codes.forged = await survey(WITH_SLIPS, { ...ANSWERS[0], slip: forged });
    assert.notEqual(codes.reusedA, codes.reusedB);

    await go(page, SUMMARY);
    await page.locator('#baseline-codes').fill(Object.values(codes).join('\n'));
    await page.getByRole('button', { name: 'Count these codes' }).first().click();
    const found = page.locator('.found');
    await found.locator('[data-figure=slips]').waitFor();
    const count = async (verdict) => Number(await found.locator(`[data-verdict=${verdict}] strong`).first().innerText());
    assert.equal(await count('accepted'), 3);
    assert.equal(await count('slip-reused'), 2);
    assert.equal(await count('slip'), 2);
    assert.equal(await found.locator('[data-figure=slips]').innerText(), 'Single-use slips: 4 of 20 slips used; 3 counted.');
    const reused = await found.locator('[data-slips=reused]').innerText();
    assert.match(reused, /^Slips that reached this summary in more than one different code: 1\. None of their codes is counted/);
    const reusedList = await found.locator('.reused-slips li').allInnerTexts();
    assert.equal(reusedList.length, 1);
    assert.ok(reusedList[0].startsWith(`Slip ${slipCode(3)}: 2 codes, none counted —`), reusedList[0]);
    assert.ok(reusedList[0].includes(codes.reusedA) && reusedList[0].includes(codes.reusedB));
    const keptApart = await found.locator('.problems li[data-verdict=slip]').allInnerTexts();
    assert.equal(keptApart.length, 2);
    assert.ok(keptApart[0].includes(codes.plain) && /made without a single-use slip/.test(keptApart[0]), keptApart[0]);
    assert.ok(keptApart[1].includes(codes.forged) && /not one of this survey's slips/.test(keptApart[1]), keptApart[1]);
    // Staff invited: 2, fewer than the 3 counted.
    assert.match(await found.innerText(), /more responses than staff invited: some codes may not come from distinct staff/);
    // The report counts the three single-use slips (below the minimum group, nothing else shows).
    assert.match(await page.locator('main').innerText(), /\n3 responses counted\.\n/);
    // A survey with slips offers no combined code, and says why.
    assert.equal(await page.locator('#combined-code').count(), 0);
    assert.match(await page.locator('[data-combined=slips]').innerText(), /has no combined code/);
    await screenshot(page, 'slips-summary');
    assert.deepEqual(await seriousA11yViolations(page), []);
    assert.deepEqual({ ...problems, violations: await violations(page) }, { console: [], errors: [], violations: [] });
  });
});

// The organizer's summary page, end to end against the release build: codes made by people
// completing the survey in the browser and by the native generator, pasted amid garbage, a
// duplicate, a typo and a code of another survey. Figures are checked against what the native
// decoder (examples/decode.rs) says those codes hold, worked out here independently.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import {
  ROOT,
  decodeCodes,
  keepScreenshotOnFailure,
  launch,
  open,
  resourcesAfterLoad,
  screenshot,
  seriousA11yViolations,
  violations,
} from './lib/harness.mjs';

const ID = 'K7M2Q9XT4B';
const SETTINGS = `v=1&id=${ID}&t=Staff+wellbeing+2026&u=Emergency&u=Intensive+care&u=Surgery&r=1`;
const SUMMARY = `organizer/#/summary?${SETTINGS}`;
const SURVEY = `#/survey?${SETTINGS}`;

/** Plausible made-up codes from the native generator (examples/make_codes.rs). */
function madeCodes(id, count, seed) {
  const out = execFileSync(
    'cargo',
    ['run', '--quiet', '--locked', '--example', 'make_codes', '--', id, '3', '1', String(count), String(seed)],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return out.trim().split('\n');
}

/** One person completing the survey in the browser: burnout level `level`, nothing else. */
async function codeFromSurvey(env, level) {
  const { page, context } = await open(env, SURVEY, { viewport: { width: 375, height: 812 } });
  await page.locator('.welcome .button--primary').click();
  await page.locator(`fieldset[data-item=burnout] input[value="${level - 1}"]`).check();
  for (;;) {
    const submit = page.locator('button[type=submit]');
    const last = (await submit.innerText()) === 'See my results';
    await submit.click();
    if (last) break;
  }
  const code = await page.locator('#code').innerText();
  await context.close();
  return code;
}

/** Paste `text` into the baseline box and count it, as an organizer would. */
async function paste(page, text) {
  await page.locator('#baseline-codes').fill(text);
  await page.getByRole('button', { name: 'Count these codes' }).first().click();
}

const count = async (page, outcome) =>
  Number(await page.locator(`.found [data-outcome=${outcome}] strong`).first().innerText());

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

test('pasted codes amid garbage: every token accounted for, figures equal the codes', async () => {
  const browserCodes = [await codeFromSurvey(env, 4), await codeFromSurvey(env, 1)];
  const made = madeCodes(ID, 38, 11);
  const codes = [...browserCodes, ...made];
  const other = madeCodes('OTHERSURVEY', 1, 5)[0];
  // One typo: change the last symbol of a valid code.
  const typo = made[5].slice(0, -1) + (made[5].endsWith('0') ? '1' : '0');
  const text = [
    'Timestamp,Code',
    ...codes.map((c, i) => `2026-11-0${(i % 9) + 1} 08:1${i % 10},${c}`),
    `2026-11-20 09:00,${codes[0]}`,
    `2026-11-21 09:00,${typo}`,
    `2026-11-22 09:00,${other}`,
    'Thanks everyone! Call 555-0100 with questions.',
  ].join('\n');

  // What the codes hold, read by the native decoder, and the burnout share worked out here.
  const decoded = decodeCodes(ID, 3, true, codes);
  assert.equal(decoded.length, 40);
  assert.ok(decoded.every((line) => line.startsWith('burnout=')), decoded.join('\n'));
  const burned = decoded.filter((line) => Number(line.match(/^burnout=(\d)/)[1]) >= 3).length;
  const expectedShare = `${Math.round((burned / 40) * 100)}%`;

  const { page, context, problems, requestsAtLoad } = await open(env, SUMMARY);
  await keepScreenshotOnFailure(page, 'summary-figures', async () => {
    await paste(page, text);
    await page.locator('[data-figure=burnout]').waitFor();
    assert.equal(await count(page, 'accepted'), 40);
    assert.equal(await count(page, 'duplicate'), 1);
    assert.equal(await count(page, 'mistyped'), 1);
    assert.equal(await count(page, 'other-survey'), 1);
    assert.match(await page.locator('[data-figure=n]').innerText(), /^40 responses counted\.$/);
    assert.equal(await page.locator('[data-figure=burnout]').innerText(), expectedShare);
    // The typo is listed with its line and what to do about it.
    const typoRow = page.locator('.problems li[data-outcome=mistyped]');
    assert.match(await typoRow.innerText(), /\(line 43\): This code has a typo/);

    // Hidden cells carry no figure, and never exactly one cell of a breakdown is hidden.
    for (const table of await page.locator('table.breakdown').all()) {
      const hidden = await table.locator('td.hidden-cell').count();
      assert.notEqual(hidden, 1, 'a single hidden cell could be worked out from the total');
      for (const cell of await table.locator('td.hidden-cell').allInnerTexts()) {
        assert.doesNotMatch(cell, /\d/);
      }
    }

    // The CSV holds the same figure.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download every figure as CSV' }).click(),
    ]);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const row = csv.split('\r\n').find((line) => line.startsWith('burnout,burnout,'));
    assert.ok(row, 'a burnout row in the CSV');
    const cols = row.split(',');
    assert.equal(cols.at(-2), String(burned));
    assert.equal(cols.at(-1), '40');
    assert.equal(cols[5], (burned / 40).toFixed(4));

    assert.deepEqual(await seriousA11yViolations(page), [], 'axe on the report');
    await screenshot(page, 'summary-report-en-desktop');
    await page.setViewportSize({ width: 375, height: 812 });
    await screenshot(page, 'summary-report-en-phone');
    assert.deepEqual(env.server.requests.slice(requestsAtLoad), [], 'requests after load');
    assert.deepEqual((await resourcesAfterLoad(page)).late, [], 'resource timing after load');
    assert.deepEqual(problems.console, [], 'console errors');
    assert.deepEqual(await violations(page), [], 'policy violations');
  });
  await context.close();
});

test('fewer codes than the minimum group size show nothing but the count', async () => {
  const { page, context } = await open(env, SUMMARY);
  await keepScreenshotOnFailure(page, 'summary-too-few', async () => {
    await paste(page, madeCodes(ID, 4, 3).join('\n'));
    await page.locator('[data-figure=n]', { hasText: '4 responses counted.' }).waitFor();
    assert.equal(await page.locator('[data-figure=burnout]').count(), 0);
    assert.equal(await page.locator('table.breakdown, .drivers, .stacks').count(), 0);
    assert.match(await page.locator('.report').innerText(), /nothing else is shown until at least 5 responses/);
    assert.equal(await page.locator('#combined-code').count(), 0, 'no combined code below the minimum');
    await screenshot(page, 'summary-too-few-en-desktop');
  });
  await context.close();
});

test('a follow-up wave from a chosen file is compared; a headcount gives the response rate', async () => {
  const { page, context, problems } = await open(env, SUMMARY);
  await keepScreenshotOnFailure(page, 'summary-waves', async () => {
    await paste(page, madeCodes(ID, 20, 1).join('\n'));
    await page.locator('[data-figure=n]', { hasText: '20 responses counted.' }).waitFor();
    await page.locator('#baseline-headcount').fill('16');
    await page.locator('#baseline-headcount').press('Tab');
    await page.locator('[data-figure=response-rate]', { hasText: 'Response rate: 125% of 16 staff invited.' }).waitFor();
    assert.match(await page.locator('.found [role=alert]').first().innerText(), /more responses than staff invited/);
    await page.locator('#follow-up-files').setInputFiles({
      name: 'follow-up.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`code\n${madeCodes(ID, 25, 2).join('\n')}\n`),
    });
    await page.locator('table.waves').waitFor();
    const header = await page.locator('table.waves thead').innerText();
    assert.match(header, /Baseline \(n = 20\)/);
    assert.match(header, /Follow-up \(n = 25\)/);
    assert.match(await page.locator('#follow-up-codes').inputValue(), /^code\n/, 'the file is shown as read');
    assert.deepEqual(await seriousA11yViolations(page), []);
    assert.deepEqual(problems.console, []);
    await screenshot(page, 'summary-waves-en-desktop');
  });
  await context.close();
});

test('without a summary link the page asks for the settings and keeps what was typed', async () => {
  const { page, context } = await open(env, 'organizer/#/summary');
  await keepScreenshotOnFailure(page, 'summary-settings', async () => {
    await page.getByLabel(/Survey identifier/).fill('bad id');
    await page.getByLabel('Survey title').fill('Pulse');
    await page.getByRole('button', { name: 'Open the summary' }).click();
    assert.match(await page.locator('[role=alert]').innerText(), /survey identifier is not valid/);
    assert.equal(await page.getByLabel('Survey title').inputValue(), 'Pulse', 'nothing typed is lost');
    await page.getByLabel(/Survey identifier/).fill(ID);
    await page.getByRole('button', { name: 'Open the summary' }).click();
    await page.locator('#baseline-codes').waitFor();
    assert.match(new URL(page.url()).hash, new RegExp(`^#/summary\\?v=1&id=${ID}&t=Pulse`));
    assert.deepEqual(await seriousA11yViolations(page), []);
  });
  await context.close();
});

// Plausible deniability end to end against the release build: the organizer turns it on in the
// setup page; respondents complete the deniable survey in the browser with known answers and read
// that their code does not hold their results; their codes, pasted with made-up deniable codes and
// with ordinary codes of the same survey, give a report labelled as estimates, with the ordinary
// codes kept apart and explained; the CSV holds the estimates and their intervals, which an
// independent computation from the decoded codes reproduces.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import {
  NOTHING_STORED,
  decodeCodes,
  finishByMouse,
  keepScreenshotOnFailure,
  launch,
  madeCodes,
  open,
  screenshot,
  seriousA11yViolations,
  storedData,
  violations,
} from './lib/harness.mjs';

const ID = 'K7M2Q9XT4B';
const BASE = `id=${ID}&t=Staff+wellbeing+2026&u=Emergency&u=Intensive+care&u=Surgery&r=1`;
const DENIABLE = `v=2&${BASE}&d=3`;
const ORDINARY = `v=1&${BASE}`;

// Three people's answers (option index per item, 0 = first listed): unit and role must reach the
// code as answered, the rest randomized.
const PEOPLE = [
  { burnout: 3, satisfaction: 1, stress: 3, 'values-1': 1, 'resources-1': 0, priorities: [0, 2], unit: 2, role: 1 },
  { burnout: 0, satisfaction: 4, 'values-1': 4, 'autonomy-1': 4, unit: 0, role: 0 },
  { burnout: 4, stress: 4, 'leadership-1': 0, 'culture-1': 0, priorities: [5], unit: 1, role: 3 },
];

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

test('the setup page offers deniability with its cost and writes a version-2 link', async () => {
  const { page, context, problems } = await open(env, 'organizer/setup/#/');
  await keepScreenshotOnFailure(page, 'deniable-setup', async () => {
    await page.locator('#setup-title').fill('Staff wellbeing 2026');
    const costs = await page.locator('#setup-deniability-costs').innerText();
    // The figures come from the estimator: ±10 points takes 97 responses without, 385 standard,
    // 865 strong; ±5 points 385, 1537, 3458.
    for (const figure of ['97', '385', '865', '1537', '3458']) assert.match(costs, new RegExp(`\\b${figure}\\b`), costs);
    // Keyboard: the radio group is reached and chosen like any other.
    await page.locator('#setup-deniability-standard').check();
    await page.getByRole('button', { name: 'Make the links' }).click();
    const survey = await page.locator('#survey-link').inputValue();
    assert.match(survey, /#\/survey\?v=2&.*&d=3$/, survey);
    // The preview of the welcome screen carries the respondents' sentence.
    assert.equal(await page.locator('.preview [data-deniable]').count(), 1);
    await screenshot(page, 'deniable-setup');
    assert.deepEqual(await seriousA11yViolations(page), []);
    assert.deepEqual(problems.errors, []);
    assert.deepEqual(await violations(page), []);
  });
  await context.close();
});

test('respondents see their true results, and codes that report randomized values', async () => {
  const codes = [];
  for (const [index, answers] of PEOPLE.entries()) {
    const { page, context, problems } = await open(env, `#/survey?${DENIABLE}`, { viewport: { width: 375, height: 812 } });
    await keepScreenshotOnFailure(page, `deniable-respondent-${index}`, async () => {
      assert.match(await page.locator('.welcome [data-deniable]').innerText(), /plausible deniability/);
      await page.locator('.welcome .button--primary').click();
      await finishByMouse(page, answers);
      assert.match(await page.locator('.results [data-deniable]').innerText(), /does not hold the results above/);
      codes.push(await page.locator('#code').innerText());
      if (index === 0) await screenshot(page, 'deniable-results-phone');
      assert.deepEqual(await storedData(page), NOTHING_STORED);
      assert.deepEqual(problems.errors, []);
    });
    await context.close();
  }
  // Version 1, individual, randomized-response flag: the first symbol is 5.
  for (const code of codes) assert.match(code, /^5/);
  // Read natively as the deniable survey: unit and role exactly as answered (not randomized),
  // everything else reported on the deniable scale (burnout 1 or 2, lever bins 1–3).
  const lines = decodeCodes(ID, 3, true, codes, { deniability: 3 });
  for (const [index, line] of lines.entries()) {
    const fields = Object.fromEntries(line.split(' ').map((f) => f.split('=')));
    const { unit, role } = PEOPLE[index];
    assert.equal(fields.unit, unit === undefined || unit === 3 ? '-' : String(unit), line);
    assert.equal(fields.role, role === undefined || role === 5 ? '-' : String(role), line);
    assert.match(fields.burnout, /^[12]$/, line);
    for (const lever of fields.levers.split(',')) assert.match(lever, /^[-123]$/, line);
  }
  // Read as the ordinary survey of the same id, they are kept apart, never counted.
  for (const line of decodeCodes(ID, 3, true, codes)) assert.match(line, /^rejected: .*with plausible deniability/);
  PEOPLE.codes = codes;
});

test('a mixed paste gives the estimated report, keeps the ordinary codes apart and says why', async () => {
  const browserCodes = PEOPLE.codes ?? [];
  assert.equal(browserCodes.length, 3, 'the respondents test ran first');
  const deniable = madeCodes(ID, 297, 41, { deniability: 3 });
  const ordinary = madeCodes(ID, 4, 42);
  const all = [...browserCodes, ...deniable];
  const text = [
    'Codes from the drop box',
    ...all,
    `from before the change: ${ordinary.join(' ; ')}`,
  ].join('\n');
  const { page, context, problems } = await open(env, `organizer/#/summary?${DENIABLE}`);
  await keepScreenshotOnFailure(page, 'deniable-summary', async () => {
    await page.locator('#wave-1-codes').fill(text);
    await page.getByRole('button', { name: 'Count these codes' }).first().click();
    const count = async (verdict) =>
      Number(await page.locator(`.found [data-verdict=${verdict}] strong`).first().innerText());
    assert.equal(await count('accepted'), 300);
    assert.equal(await count('other-mode'), 4);
    const alert = await page.locator('[data-kept-apart]').first().innerText();
    assert.match(alert, /^4 codes of this survey were made in another privacy mode/);
    assert.equal(await page.locator('[data-figure=n]').innerText(), '300 responses counted.');
    // Labelled as estimates: the notice, every section heading, the approximate headline.
    assert.match(await page.locator('[data-estimated] h2').innerText(), /Every figure in this report is an estimate/);
    for (const id of ['r-burnout', 'r-outcomes', 'r-levers', 'r-drivers', 'r-priorities', 'r-units', 'r-roles']) {
      assert.match(await page.locator(`#${id}`).innerText(), /\(estimates\)$/, id);
    }
    assert.match(await page.locator('[data-figure=burnout]').innerText(), /^≈ \d+%$/);
    // 300 responses are fewer than the 385 that give ±10 points: the page says the estimates are rough.
    assert.match(await page.locator('[data-advice=too-few]').innerText(), /With 300 responses.*About 385 responses give ±10 points and 1537 give ±5/);
    // The tables' counts are estimated numbers, and say so.
    const counts = await page.locator('section[aria-labelledby=r-priorities] tbody tr td:nth-child(3)').allTextContents();
    assert.equal(counts.length, 10);
    for (const count of counts) assert.match(count, /^≈ \d+ \/ 300$/);
    // No level distribution: levels are not reported in this mode.
    assert.equal(await page.locator('#r-burnout ~ .bars, #r-burnout + * .bars').count(), 0);
    await screenshot(page, 'deniable-summary');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download every figure as CSV' }).click(),
    ]);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const rows = csv.trim().split('\r\n').map((line) => line.split(','));
    const row = (section, item, group, measure) =>
      rows.find((r) => r[0] === section && r[1] === item && r[3] === group && r[4] === measure);
    assert.deepEqual(row('count', 'deniability', '', 'ratio')?.[5], '3');
    assert.ok(!rows.some((r) => r[4] === 'share' && r[0] !== 'reference'), 'every computed share is an estimate');
    // The burnout estimate and its interval, computed independently from the decoded codes:
    // π̂ = (λ − 1/4) / (1/2), se = √(λ(1 − λ)/n) / (1/2), 95 % = ±1.959964 se, clipped into [0, 1].
    const reported = decodeCodes(ID, 3, true, all, { deniability: 3 });
    const n = reported.length;
    const yes = reported.filter((line) => line.startsWith('burnout=2 ')).length;
    const lambda = yes / n;
    const estimate = (lambda - 0.25) / 0.5;
    const se = Math.sqrt((lambda * (1 - lambda)) / n) / 0.5;
    const clip = (x) => Math.min(1, Math.max(0, x));
    const burnout = row('burnout', 'burnout', '', 'share_estimate');
    assert.ok(burnout, 'the burnout estimate row');
    const close = (got, want, what) => assert.ok(Math.abs(Number(got) - want) <= 0.00005 + 1e-9, `${what}: CSV ${got}, computed ${want}`);
    close(burnout[5], clip(estimate), 'estimate');
    close(burnout[6], clip(estimate - 1.959964 * se), 'lower');
    close(burnout[7], clip(estimate + 1.959964 * se), 'upper');
    assert.equal(burnout[9], String(n));
    // The page shows the same estimate.
    const shown = await page.locator('[data-figure=burnout]').innerText();
    assert.equal(shown, `≈ ${Math.round(clip(estimate) * 100)}%`);
    // Drivers come from the debiased joint counts: every shown one has an estimated difference.
    assert.ok(rows.some((r) => r[0] === 'driver' && r[4] === 'difference_estimate'));

    assert.deepEqual(await seriousA11yViolations(page), []);
    assert.deepEqual(problems.errors, []);
    assert.deepEqual(await violations(page), []);
  });
  await context.close();
});

test('the ordinary summary link keeps deniable codes apart too', async () => {
  const deniable = madeCodes(ID, 6, 43, { deniability: 3 });
  const ordinary = madeCodes(ID, 6, 44);
  const { page, context } = await open(env, `organizer/#/summary?${ORDINARY}`);
  await page.locator('#wave-1-codes').fill([...ordinary, ...deniable].join('\n'));
  await page.getByRole('button', { name: 'Count these codes' }).first().click();
  const count = async (verdict) =>
    Number(await page.locator(`.found [data-verdict=${verdict}] strong`).first().innerText());
  assert.equal(await count('accepted'), 6);
  assert.equal(await count('other-mode'), 6);
  assert.equal(await page.locator('[data-estimated]').count(), 0, 'an ordinary report is not labelled as estimates');
  const problemsList = await page.locator('.problems li[data-verdict=other-mode]').first().innerText();
  assert.match(problemsList, /made with plausible deniability.*kept apart/);
  await context.close();
});

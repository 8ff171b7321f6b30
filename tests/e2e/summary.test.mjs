// The organizer's summary page, end to end against the release build: codes made by people
// completing the survey in the browser with known answers, and by the native generator, pasted
// amid garbage, a duplicate, a typo and a code of another survey. Every figure on the page and in
// its CSV is checked against lib/reference.mjs, a second implementation of the arithmetic written
// from the documents; the generator's codes enter it through what the native decoder reads in them.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  ARTIFACTS,
  decodeCodes,
  finishByMouse,
  keepScreenshotOnFailure,
  launch,
  madeCodes,
  open,
  pagesOf,
  resourcesAfterLoad,
  screenshot,
  seriousA11yViolations,
  violations,
} from './lib/harness.mjs';
import {
  LEVERS,
  OUTCOMES,
  PRIORITY_OPTIONS,
  breakdownCells,
  expectedChangeRows,
  shownGroups,
  expectedFindings,
  expectedRows,
  parseScoresLine,
  score,
  scoresLine,
} from './lib/reference.mjs';
import { assertCsvMatches } from './lib/csv_check.mjs';

const ID = 'K7M2Q9XT4B';
const UNITS = ['Emergency', 'Intensive care', 'Surgery'];
const SETTINGS = `v=1&id=${ID}&t=Staff+wellbeing+2026&u=Emergency&u=Intensive+care&u=Surgery&r=1`;
const SUMMARY = `organizer/#/summary?${SETTINGS}`;
const SURVEY = `#/survey?${SETTINGS}`;
const MIN = 5;

// Six people's answers: option index per item (0 = first listed), skipped items left out. They
// cover reverse-scored items, exact halves, levers with too few answers, no priorities, and an
// unanswered unit or role. With the generated codes below, exactly one role group falls below the
// minimum group size, so complementary suppression must hide a second one.
const KNOWN_ANSWERS = [
  {
    burnout: 3, satisfaction: 1, stress: 3, 'values-1': 1, 'values-2': 2, 'leadership-1': 4,
    'leadership-2': 3, valued: 3, 'resources-1': 0, 'resources-2': 1, 'resources-3': 4,
    'autonomy-3': 0, 'culture-1': 2, 'culture-2': 3, leave: 4, priorities: [0, 2, 5], unit: 2, role: 1,
  },
  {
    burnout: 0, satisfaction: 4, stress: 0, 'values-1': 4, 'values-2': 4, 'leadership-1': 4,
    'leadership-2': 4, valued: 4, 'resources-1': 4, 'resources-2': 4, 'resources-3': 0,
    'autonomy-1': 4, 'autonomy-2': 4, 'autonomy-3': 0, 'culture-1': 4, 'culture-2': 4,
    'culture-3': 4, leave: 0, unit: 0,
  },
  {
    burnout: 2, satisfaction: 2, stress: 2, 'values-1': 2, 'values-2': 2, 'leadership-1': 2,
    'leadership-2': 2, valued: 2, 'resources-1': 2, 'resources-2': 2, 'resources-3': 2,
    'autonomy-1': 2, 'autonomy-2': 2, 'autonomy-3': 2, 'culture-1': 2, 'culture-2': 2,
    'culture-3': 2, leave: 2, priorities: [1, 3], unit: 1, role: 2,
  },
  {
    burnout: 4, satisfaction: 0, stress: 4, 'values-1': 0, 'values-2': 0, 'leadership-1': 0,
    'leadership-2': 1, valued: 0, 'resources-1': 0, 'resources-2': 0, 'resources-3': 4,
    'autonomy-1': 0, 'autonomy-2': 1, 'autonomy-3': 4, 'culture-1': 0, 'culture-2': 0,
    'culture-3': 1, leave: 4, priorities: [0, 1, 2], unit: 2, role: 3,
  },
  { burnout: 1, satisfaction: 3, 'values-1': 3, priorities: [9] },
  {
    burnout: 2, stress: 1, 'autonomy-1': 3, 'autonomy-2': 1, 'leadership-2': 3, leave: 2,
    priorities: [4], unit: 0, role: 4,
  },
];

/** One person completing the survey in the browser, on a phone, with these answers. */
async function codeFromSurvey(env, answers) {
  const { page, context } = await open(env, SURVEY, { viewport: { width: 375, height: 812 } });
  await page.locator('.welcome .button--primary').click();
  await finishByMouse(page, answers);
  const code = await page.locator('#code').innerText();
  await context.close();
  return code;
}

/** Paste `text` into the baseline box and count it, as an organizer would. */
async function paste(page, text) {
  await page.locator('#wave-1-codes').fill(text);
  await page.getByRole('button', { name: 'Count these codes' }).first().click();
}

/**
 * The key findings paragraph equals the one the reference's rules write from its figures; the
 * lever and priority names are the page's own (its tables: levers in order, priorities ranked).
 */
async function assertFindings(page, expected, invited) {
  const levers = await page.locator('section[aria-labelledby=r-levers] details tbody th').allTextContents();
  const priorities = await page.locator('section[aria-labelledby=r-priorities] details tbody th').allTextContents();
  const want = expectedFindings(expected, {
    invited,
    leverName: (id) => levers[LEVERS.findIndex((l) => l.id === id)],
    priorityName: (index) => priorities[expected.get(`priority|priority-${index + 1}||rank`).value - 1],
  });
  assert.equal(await page.locator('[data-figure=findings]').innerText(), want);
  return want;
}

const count = async (page, verdict) =>
  Number(await page.locator(`.found [data-verdict=${verdict}] strong`).first().innerText());

/** Rounds to a whole number, halves away from zero (as the page does). */
const whole = (x) => Math.sign(x) * Math.round(Math.abs(x));
/** `43%` for 0.432, as the page writes a share in English. */
const pct = (share) => `${whole(share * 100)}%`;
/** `3.4` for 3.4167: one decimal, as the page writes a mean in English. */
const dec = (value) => (whole(value * 10) / 10).toFixed(1);
/** `+12`, `−3`, `0`: a difference in points, as the page writes it. */
const pts = (d) => {
  const v = whole(d * 100);
  return v > 0 ? `+${v}` : v < 0 ? `\u2212${-v}` : '0';
};


/**
 * What someone who sees only the report can work out by subtraction. The total of each column of
 * a breakdown is public (the response count; each lever's answered count in its distribution), so
 * total minus the shown cells is what the hidden cells hold together. That must never be one
 * person-holding cell alone. Burned-out and favourable counts are parts of these cells, so they are
 * then only ever known summed over two or more hidden groups. Returns how many cells are hidden.
 */
function assertNothingRecoverable(expected, people, section, groups, groupOf) {
  const cells = breakdownCells(people, groups, groupOf);
  const rowOf = (i, group, measure) => expected.get(`${section}|${section}-${i}|${group}|${measure}`);
  const hidden = cells.map((_, i) => rowOf(i, '', 'suppressed') !== undefined);
  const check = (what, total, sizes, shownSize, hiddenHere) => {
    const shownSum = sizes.reduce((sum, _, i) => sum + (hiddenHere[i] ? 0 : shownSize(i)), 0);
    const hiddenSum = total - shownSum;
    const holders = sizes.filter((size, i) => hiddenHere[i] && size > 0).length;
    assert.equal(hiddenSum, sizes.reduce((sum, size, i) => sum + (hiddenHere[i] ? size : 0), 0), `${section} ${what}: the hidden sum`);
    assert.ok(hiddenSum === 0 || holders >= 2, `${section} ${what}: ${hiddenSum} people in one hidden cell, recoverable as the total minus the shown cells`);
  };
  check('people', people.length, cells.map((c) => c.n), (i) => rowOf(i, '', 'count').value, hidden);
  LEVERS.forEach((lever, v) => {
    const answered = people.length - expected.get(`lever|${lever.id}|not_answered|share`).count;
    const hiddenLever = cells.map((_, i) => hidden[i] || rowOf(i, lever.id, 'suppressed') !== undefined);
    check(`${lever.id} answered`, answered, cells.map((c) => c.levers[v].answered), (i) => rowOf(i, lever.id, 'share').base, hiddenLever);
  });
  return hidden.filter(Boolean).length;
}

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

test('pasted codes amid garbage: every token accounted for; every figure equals the reference', async () => {
  const browserCodes = [];
  for (const answers of KNOWN_ANSWERS) browserCodes.push(await codeFromSurvey(env, answers));
  const made = madeCodes(ID, 36, 11);
  const codes = [...browserCodes, ...made];
  const other = madeCodes('OTHERSURVEY', 1, 5)[0];
  // One typo: change the last symbol of a valid code.
  const typo = made[5].slice(0, -1) + (made[5].endsWith('0') ? '1' : '0');
  // A code typed by hand in spaced groups, its tenth symbol wrong.
  const symbols = made[7].replace(/-/g, '');
  const wrong = symbols.slice(0, 9) + (symbols[9] === 'Q' ? 'R' : 'Q') + symbols.slice(10);
  const spacedTypo = wrong.match(/.{1,4}/g).join(' ');
  const text = [
    'Timestamp,Code',
    ...codes.map((c, i) => `2026-11-0${(i % 9) + 1} 08:1${i % 10},${c}`),
    `2026-11-20 09:00,${codes[0]}`,
    `2026-11-21 09:00,${typo}`,
    `2026-11-22 09:00,${other}`,
    'Thanks everyone! Call 555-0100 with questions.',
    'call +44 20 7946 0958 or meet 28 11 2026 at 10 30',
    `0${made[6]}`,
    `my code is ${spacedTypo}`,
  ].join('\n');

  // The people behind the codes: the six from their answers, scored here; the generated ones as
  // the native decoder reads them. The browser's codes must decode to what was scored here.
  const known = KNOWN_ANSWERS.map(score);
  const decoded = decodeCodes(ID, UNITS.length, true, codes);
  assert.deepEqual(decoded.slice(0, known.length), known.map(scoresLine), 'browser codes hold the scored answers');
  const people = [...known, ...decoded.slice(known.length).map(parseScoresLine)];
  assert.equal(people.length, 42);
  const expected = expectedRows(people, { units: UNITS.length, min: MIN });
  const figure = (key) => expected.get(key);

  const { page, context, problems, requestsAtLoad } = await open(env, SUMMARY);
  await keepScreenshotOnFailure(page, 'summary-figures', async () => {
    await paste(page, text);
    await page.locator('[data-figure=burnout]').waitFor();
    assert.equal(await count(page, 'accepted'), 42);
    assert.equal(await count(page, 'duplicate'), 1);
    assert.equal(await count(page, 'mistyped'), 3);
    assert.equal(await count(page, 'other-survey'), 1);
    assert.equal(await count(page, 'newer-version'), 0);
    assert.equal(await count(page, 'malformed'), 0, 'timestamps, phone numbers and prose are not mistaken for codes');
    // Each typo is listed with its line, where it probably is and what to do about it; the 0 typed
    // before a code (which its checksum cannot see) is one of them, not "not a Candor code".
    const typoRows = await page.locator('.problems li[data-verdict=mistyped]').allInnerTexts();
    assert.equal(typoRows.length, 3);
    assert.match(typoRows[0], /\(line 45\): This code has a typo/);
    assert.match(typoRows[1], /\(line 49\): This code has 24 characters, but codes of this survey have 23: one is probably missing or doubled near character 1\./);
    assert.match(typoRows[2], /\(line 50\): This code has a typo, probably near character 10\./);

    // The page's figures, as a reader sees them: the key findings first.
    const findings = await assertFindings(page, expected);
    assert.doesNotMatch(findings, /response rate/, 'no rate without a headcount');
    assert.equal(await page.locator('[data-figure=n]').innerText(), '42 responses counted.');
    const burnout = figure('burnout|burnout||share');
    assert.equal(await page.locator('[data-figure=burnout]').innerText(), pct(burnout.value));
    assert.equal(
      await page.locator('[data-figure=burnout-interval]').innerText(),
      `95% interval ${pct(burnout.lower)} to ${pct(burnout.upper)}, based on 42 responses.`,
    );
    // The data tables sit in closed <details>: read their cells' text, not what is rendered.
    const table = (section) => page.locator(`section[aria-labelledby=${section}] details table tbody tr`)
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
    const distributionRows = (section, list) => list.map(({ id }) => [
      ...['favourable', 'neutral', 'unfavourable', 'not_answered'].map((g) => pct(figure(`${section}|${id}|${g}|share`).value)),
      figure(`${section}|${id}||mean`) ? dec(figure(`${section}|${id}||mean`).value) : '',
    ]);
    assert.deepEqual((await table('r-outcomes')).map((r) => r.slice(1)), distributionRows('outcome', OUTCOMES));
    assert.deepEqual((await table('r-levers')).map((r) => r.slice(1)), distributionRows('lever', LEVERS));
    assert.deepEqual(
      (await table('r-burnout')).map((r) => r.slice(1)),
      [1, 2, 3, 4, 5].map((l) => {
        const f = figure(`burnout_level|level-${l}||share`);
        return [pct(f.value), `${f.count} / ${f.base}`];
      }),
    );

    // Drivers in ranked order, each with its shares and difference, or without figures.
    const ranked = (section) => [...expected.entries()]
      .filter(([key]) => key.startsWith(`${section}|`) && key.endsWith('|rank'))
      .sort((a, b) => a[1].value - b[1].value)
      .map(([key]) => key.split('|')[1]);
    const driverOrder = ranked('driver');
    assert.deepEqual(await page.locator('.drivers li').evaluateAll((lis) => lis.map((li) => li.dataset.lever)), driverOrder);
    for (const [i, id] of driverOrder.entries()) {
      const line = await page.locator('.drivers li').nth(i).innerText();
      const diff = figure(`driver|${id}||difference`);
      if (diff) {
        const unfav = figure(`driver|${id}|rates_unfavourable|share`).value;
        const fav = figure(`driver|${id}|rates_favourable|share`).value;
        assert.ok(
          line.endsWith(`burnout ${pct(unfav)} among those rating it unfavourably, ${pct(fav)} among those rating it favourably: a difference of ${pts(diff.value)} ${Math.abs(whole(diff.value * 100)) === 1 ? 'point' : 'points'} (95% interval ${pts(diff.lower)} to ${pts(diff.upper)}).`),
          `driver ${id}: ${line}`,
        );
      } else {
        assert.doesNotMatch(line, /\d/, `driver ${id} is shown without figures`);
      }
    }
    assert.ok(driverOrder.some((id) => figure(`driver|${id}||difference`)), 'at least one driver has figures');

    // Priorities, most chosen first.
    const priorityOrder = ranked('priority');
    const bars = await page.locator('section[aria-labelledby=r-priorities] .bars__value').allInnerTexts();
    assert.deepEqual(bars, priorityOrder.map((item) => pct(figure(`priority|${item}||share`).value)));

    // Breakdowns: each cell's figures, or hidden.
    for (const [section, id] of [['unit', 'r-units'], ['role', 'r-roles']]) {
      const rows = await page.locator(`section[aria-labelledby=${id}] tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
      rows.forEach((cells, i) => {
        const item = `${section}-${i}`;
        if (figure(`${section}|${item}||suppressed`)) {
          assert.deepEqual(cells, ['hidden'], `${item} is hidden`);
          return;
        }
        assert.deepEqual(cells, [
          String(figure(`${section}|${item}||count`).value),
          pct(figure(`${section}|${item}|burnout|share`).value),
          ...LEVERS.map((l) => {
            const f = figure(`${section}|${item}|${l.id}|share`);
            return f ? pct(f.value) : 'hidden';
          }),
        ], item);
      });
    }

    // No hidden cell can be worked out by subtraction; and the test would notice one.
    const hiddenUnits = assertNothingRecoverable(expected, people, 'unit', UNITS.length, (p) => p.unit);
    const hiddenRoles = assertNothingRecoverable(expected, people, 'role', 5, (p) => p.role);
    assert.ok(hiddenUnits + hiddenRoles > 0, 'these codes make the report hide some cells');

    // The weakest levers with their means.
    const weakest = ranked('weakest');
    const headings = await page.locator('section[aria-labelledby=r-actions] h3').allInnerTexts();
    assert.equal(headings.length, weakest.length);
    headings.forEach((h, i) => {
      assert.ok(h.endsWith(`mean ${dec(figure(`weakest|${weakest[i]}||mean`).value)} of 5`), h);
    });

    // The CSV holds every figure, equal to the reference.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download every figure as CSV' }).click(),
    ]);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    assertCsvMatches(csv, new Map([['Wave 1', expected]]));

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
    assert.equal(await page.locator('table.breakdown, .drivers, .stacks, [data-figure=findings]').count(), 0);
    assert.match(await page.locator('.report').innerText(), /nothing else is shown until at least 5 responses/);
    assert.equal(await page.locator('#combined-code').count(), 0, 'no combined code below the minimum');
    await screenshot(page, 'summary-too-few-en-desktop');
  });
  await context.close();
});

test('a follow-up wave from a chosen file is compared with the reference; a headcount gives the response rate', async () => {
  const [baselineCodes, followUpCodes] = [madeCodes(ID, 20, 1), madeCodes(ID, 25, 2)];
  const read = (codes) => decodeCodes(ID, UNITS.length, true, codes).map(parseScoresLine);
  const [baseline, followUp] = [read(baselineCodes), read(followUpCodes)];
  // Staff per unit: one fewer than the first unit's responses (more codes than staff), five times
  // the second's (a low rate), and ten more than the third's.
  const sizes = breakdownCells(baseline, UNITS.length, (p) => p.unit).map((c) => c.n);
  const staff = { total: 16, units: [Math.max(1, sizes[1] - 1), Math.max(1, sizes[2] * 5), sizes[3] + 10] };
  const shown = shownGroups(sizes, sizes.map(() => false), MIN);
  const expected = expectedRows(baseline, { units: UNITS.length, min: MIN, staff });
  const expectedLater = new Map([
    ...expectedRows(followUp, { units: UNITS.length, min: MIN }),
    ...expectedChangeRows(baseline, followUp, { min: MIN }),
  ]);
  const { page, context, problems } = await open(env, SUMMARY);
  await keepScreenshotOnFailure(page, 'summary-waves', async () => {
    await paste(page, baselineCodes.join('\n'));
    await page.locator('[data-figure=n]', { hasText: '20 responses counted.' }).waitFor();
    await page.locator('#wave-1-headcount').fill('16');
    await page.locator('#wave-1-headcount').press('Tab');
    await page.locator('[data-figure=response-rate]', { hasText: 'Response rate: 125% of 16 staff invited.' }).waitFor();
    assert.match(await assertFindings(page, expected, 16), /20 responses from 16 staff invited: a response rate of 125%\.$/);
    assert.match(await page.locator('.found [role=alert]').first().innerText(), /more responses than staff invited: some codes may not come from distinct staff/);
    // Staff per unit, typed on the page.
    await page.locator('section.code-input', { has: page.locator('#wave-1-codes') }).locator('.unit-staff summary').click();
    for (const [u, n] of staff.units.entries()) {
      await page.locator(`#wave-1-headcount-unit-${u}`).fill(String(n));
      await page.locator(`#wave-1-headcount-unit-${u}`).press('Tab');
    }
    const rates = page.locator('[data-section=rates]');
    await rates.locator('[data-table=rates] tr[data-unit="3"]', { hasText: String(staff.units[2]) }).waitFor();
    for (const [u, n] of staff.units.entries()) {
      const row = await rates.locator(`tr[data-unit="${u + 1}"]`).innerText();
      if (shown[u + 1]) {
        assert.match(row, new RegExp(`${sizes[u + 1]}\\s+${n}\\s+${pct(sizes[u + 1] / n)}`), `unit ${u + 1}: ${row}`);
      } else {
        assert.match(row, /hidden\s+\d+\s+hidden/, `a hidden unit shows no count and no rate: ${row}`);
      }
    }
    const unitAlarm = page.locator('.found [data-alarm=units]');
    if (shown[1]) assert.match(await unitAlarm.innerText(), new RegExp(`In ${UNITS[0]}, there are more responses than staff invited to the unit`));
    else assert.equal(await unitAlarm.count(), 0, 'a hidden unit is never named');
    if (shown[2]) assert.match(await rates.locator('[data-caution=low-rate]').innerText(), new RegExp(UNITS[1]));
    // A later wave, added and named by keyboard.
    await page.getByRole('button', { name: 'Add a later wave' }).press('Enter');
    await page.locator('#wave-2-label').fill('2027 Q1');
    await page.locator('#wave-2-label').press('Tab');
    await page.locator('#wave-2-title', { hasText: '2027 Q1' }).waitFor();
    await page.locator('#wave-2-files').setInputFiles({
      name: 'follow-up.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`code\n${followUpCodes.join('\n')}\n`),
    });
    await page.locator('table.waves').waitFor();
    const header = await page.locator('table.waves thead').innerText();
    assert.match(header, /Wave 1 \(n = 20\)/);
    assert.match(header, /2027 Q1 \(n = 25\)/);
    // The report is of the latest wave now, and the trends follow both.
    assert.equal(await page.locator('[data-figure=n]').innerText(), '25 responses counted.');
    assert.match(await page.locator('[data-figure=wave]').innerText(), /of 2027 Q1, the latest wave/);
    const trendRows = await page.locator('table[data-table=trends] tbody tr').count();
    assert.equal(trendRows, 1 + LEVERS.length, 'burnout and each lever across the waves');
    // Each wave's share with its interval, as each wave's own report has it.
    const trend = await page.locator('table[data-table=trends] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    const shareOf = (rows, key) => {
      const s = rows.get(key);
      return `${pct(s.value)} (${pct(s.lower)}–${pct(s.upper)})`;
    };
    assert.deepEqual(trend, [
      [shareOf(expected, 'burnout|burnout||share'), shareOf(expectedLater, 'burnout|burnout||share')],
      ...LEVERS.map((l) => [shareOf(expected, `lever|${l.id}|favourable|share`), shareOf(expectedLater, `lever|${l.id}|favourable|share`)]),
    ]);
    // The file is listed with what it held, not put into the text area.
    assert.equal(await page.locator('#wave-2-codes').inputValue(), '', 'the file is not put into the text area');
    assert.equal(await page.locator('#wave-2-sources .source-name').innerText(), 'follow-up.csv');
    assert.match(await page.locator('#wave-2-sources li').innerText(), /25 codes counted, 0 not counted/);

    // Burnout, each outcome, each lever and each priority: both shares and the change with its
    // interval.
    const rows = await page.locator('table.waves tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    const items = ['burnout', ...OUTCOMES.map((o) => o.id), ...LEVERS.map((l) => l.id)];
    for (let p = 1; p <= PRIORITY_OPTIONS; p += 1) items.push(`priority-${p}`);
    assert.deepEqual(rows, items.map((item) => {
      const at = (group, measure) => expectedLater.get(`change|${item}|${group}|${measure}`);
      const d = at('', 'difference');
      return [pct(at('baseline', 'share').value), pct(at('follow_up', 'share').value), `${pts(d.value)} (${pts(d.lower)} … ${pts(d.upper)})`];
    }));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download every figure as CSV' }).click(),
    ]);
    assertCsvMatches((await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, ''), new Map([['Wave 1', expected], ['2027 Q1', expectedLater]]));
    assert.deepEqual(await seriousA11yViolations(page), []);
    assert.deepEqual(problems.console, []);
    await screenshot(page, 'summary-waves-en-desktop');

    // Printed on Letter paper (about 740 CSS pixels between the margins), every table fits the
    // page: paper cannot scroll sideways. The inputs and buttons are left off.
    await page.setViewportSize({ width: 740, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const cut = await page.locator('.report table').evaluateAll((tables) => tables
      .filter((t) => t.getBoundingClientRect().width > 0)
      .filter((t) => t.getBoundingClientRect().right > document.querySelector('main').getBoundingClientRect().right + 1
        || t.closest('.table-scroll')?.scrollWidth > t.closest('.table-scroll')?.clientWidth + 1)
      .map((t) => t.closest('section').getAttribute('aria-labelledby')));
    assert.deepEqual(cut, [], 'tables cut off in print');
    assert.equal(await page.locator('#wave-1-codes, .export button').filter({ visible: true }).count(), 0);
    const pdf = await page.pdf({ format: 'Letter', printBackground: true });
    assert.ok(pdf.length > 10000, 'a printed report');
  });
  await context.close();
});

test('200 codes on a 1280-pixel screen use its width, tables whole; a 320-pixel phone keeps one column', async () => {
  const codes = madeCodes(ID, 200, 5).join('\n');
  for (const width of [1280, 320]) {
    const { page, context, problems } = await open(env, SUMMARY, { viewport: { width, height: 900 } });
    await keepScreenshotOnFailure(page, `summary-layout-${width}`, async () => {
      await paste(page, codes);
      await page.locator('[data-figure=n]', { hasText: '200 responses counted.' }).waitFor();
      const layout = await page.evaluate(() => {
        const box = (id) => document.querySelector(`.report > section[aria-labelledby=${id}]`).getBoundingClientRect();
        return {
          page: document.documentElement.scrollWidth - innerWidth,
          tables: [...document.querySelectorAll('.report .table-scroll')].map((t) => t.scrollWidth - t.clientWidth),
          sideBySide: box('r-burnout').top === box('r-outcomes').top && box('r-burnout').right < box('r-outcomes').left,
          main: document.querySelector('main').getBoundingClientRect().width,
        };
      });
      assert.equal(layout.page, 0, 'no sideways scroll of the page');
      assert.equal(layout.tables.length, 3, 'the unit and role breakdowns and the heatmap');
      if (width === 1280) {
        assert.ok(layout.main > 1100, `the report uses the width (${layout.main} px)`);
        assert.deepEqual(layout.tables, [0, 0, 0], 'the breakdown tables and the heatmap fit without scrolling');
        assert.equal(layout.sideBySide, true, 'charts in pairs');
      } else {
        assert.equal(layout.sideBySide, false, 'one column on a phone');
      }
      assert.deepEqual(await seriousA11yViolations(page), []);
      await screenshot(page, `summary-200-${width}`);
      assert.deepEqual(problems.errors, []);
    });
    await context.close();
  }
});

// Colour-vision deficiencies simulated on a colour (Machado, Oliveira and Fernandes 2009, severity
// 1), in linear RGB; and the CIE 1976 colour difference, in Lab, between two colours.
const DEFICIENCIES = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  achromatopsia: [[0.2126, 0.7152, 0.0722], [0.2126, 0.7152, 0.0722], [0.2126, 0.7152, 0.0722]],
};
const linear = (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const rgb = (css) => css.match(/\d+(\.\d+)?/g).slice(0, 3).map((v) => linear(Number(v) / 255));
const seen = (colour, matrix) => matrix.map((row) => Math.min(1, Math.max(0, row.reduce((sum, m, i) => sum + m * colour[i], 0))));
function deltaE(a, b) {
  const lab = ([r, g, b]) => {
    const xyz = [0.4124 * r + 0.3576 * g + 0.1805 * b, 0.2126 * r + 0.7152 * g + 0.0722 * b, 0.0193 * r + 0.1192 * g + 0.9505 * b]
      .map((v, i) => v / [0.95047, 1, 1.08883][i])
      .map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116));
    return [116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

test('charts tell favourable from unfavourable without colour, and stay apart for colour-blind readers', async () => {
  const codes = madeCodes(ID, 60, 6).join('\n');
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await open(env, SUMMARY, { colorScheme });
    await keepScreenshotOnFailure(page, `summary-charts-${colorScheme}`, async () => {
      await paste(page, codes);
      await page.locator('.stacks').first().waitFor();
      const fills = await page.evaluate(() => Object.fromEntries(['fav', 'neu', 'unf', 'na'].map((part) => [part,
        getComputedStyle(document.querySelector(`.stacks .seg--${part}`)).fill])));
      // Unfavourable is hatched and neutral dotted: patterns, not colours alone.
      assert.match(fills.unf, /url\("?#p-unf"?\)/);
      assert.match(fills.neu, /url\("?#p-neu"?\)/);
      assert.doesNotMatch(fills.fav, /url/);
      const colours = await page.evaluate(() => ['--fav', '--unf', '--neu'].map((v) => {
        const probe = document.createElement('span');
        probe.style.color = `var(${v})`;
        document.body.append(probe);
        const colour = getComputedStyle(probe).color;
        probe.remove();
        return colour;
      }));
      const [fav, unf] = colours.map(rgb);
      for (const [name, matrix] of Object.entries(DEFICIENCIES)) {
        const difference = deltaE(seen(fav, matrix), seen(unf, matrix));
        assert.ok(difference >= 20, `${colorScheme}, ${name}: favourable and unfavourable ΔE ${difference.toFixed(1)}`);
      }
      assert.deepEqual(await seriousA11yViolations(page), [], `axe, ${colorScheme} scheme`);
      await page.emulateMedia({ media: 'print' });
      assert.deepEqual(await seriousA11yViolations(page), [], `axe, printed from the ${colorScheme} scheme`);
    });
    await context.close();
  }
});

test('the PDF a board receives: the first page names the survey and carries the findings; every page a footer', async () => {
  const withOrganization = `organizer/#/summary?${SETTINGS}&o=Riverside+Community+Hospital`;
  const { page, context } = await open(env, withOrganization, { colorScheme: 'dark' });
  await mkdir(ARTIFACTS, { recursive: true });
  await keepScreenshotOnFailure(page, 'summary-pdf', async () => {
    await paste(page, madeCodes(ID, 200, 5).join('\n'));
    const findings = await page.locator('[data-figure=findings]').innerText();
    for (const format of ['Letter', 'A4']) {
      const file = join(ARTIFACTS, `summary-board-${format}.pdf`);
      await writeFile(file, await page.pdf({ format }));
      const pages = pagesOf(await readFile(file));
      assert.ok(pages >= 2, `${format}: ${pages} pages`);
      const text = (n) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-']).toString('utf8').replace(/\s+/g, ' ');
      const first = text(1);
      for (const needed of ['Staff wellbeing 2026', 'Run by Riverside Community Hospital', '200 responses counted.', 'Key findings', findings.slice(0, 60)]) {
        assert.ok(first.includes(needed), `${format}, page 1 has "${needed}": ${first}`);
      }
      for (let n = 1; n <= pages; n += 1) {
        const page = text(n);
        assert.ok(page.includes('Staff wellbeing 2026 — Riverside Community Hospital') && new RegExp(`\\b${n} ?/ ?${pages}\\b`).test(page), `${format}, page ${n}: the footer: ${page}`);
      }
      // In grayscale, as an office printer prints it: kept to look at.
      execFileSync('pdftoppm', ['-gray', '-r', '60', '-png', '-f', '1', '-l', '3', file, join(ARTIFACTS, `summary-board-${format}-gray`)]);
    }
  });
  await context.close();
});

test('each chart saves as an SVG and a PNG made in the page, with its title, the survey and the count', async () => {
  const withOrganization = `organizer/#/summary?${SETTINGS}&o=Riverside+Community+Hospital`;
  for (const locale of ['en-US', 'es-ES']) {
    const { page, context, requestsAtLoad } = await open(env, withOrganization, { locale });
    await mkdir(ARTIFACTS, { recursive: true });
    await keepScreenshotOnFailure(page, `summary-export-${locale}`, async () => {
      // In either language: the text area, then its main button.
      await page.locator('#wave-1-codes').fill(madeCodes(ID, 200, 5).join('\n'));
      await page.locator('.code-input .button--primary').first().click();
      await page.locator('[data-figure=findings]').waitFor();
      const spanish = locale === 'es-ES';
      for (const [chart, title] of [
        ['levels', spanish ? 'Respuestas en cada nivel de agotamiento' : 'Responses at each burnout level'],
        ['outcomes', spanish ? 'Resultados' : 'Outcomes'],
        ['levers', spanish ? 'Las cinco palancas del sistema de trabajo' : 'The five levers of the work system'],
        ['priorities', spanish ? 'Lo que el personal dice que más ayudaría' : 'What staff say would help most'],
      ]) {
        for (const format of ['svg', 'png']) {
          const [download] = await Promise.all([
            page.waitForEvent('download'),
            page.locator(`button[data-chart=${chart}][data-format=${format}]`).click(),
          ]);
          assert.equal(download.suggestedFilename(), `candor-${chart}.${format}`);
          const saved = join(ARTIFACTS, `chart-${locale}-${chart}.${format}`);
          await download.saveAs(saved);
          const bytes = await readFile(saved);
          if (format === 'svg') {
            const svg = bytes.toString('utf8');
            // Well-formed, as an image viewer or a slide program reads it.
            const parsed = await page.evaluate((text) => {
              const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
              return { error: doc.querySelector('parsererror')?.textContent ?? null, text: doc.documentElement.textContent };
            }, svg);
            assert.equal(parsed.error, null);
            assert.ok(parsed.text.includes(spanish ? 'Staff wellbeing 2026: 200 respuestas' : 'Staff wellbeing 2026 — 200 responses'), parsed.text);
            assert.ok(parsed.text.includes(title), `${chart}: ${parsed.text.slice(0, 120)}`);
          } else {
            // A PNG at twice the file's size: 1600 pixels wide.
            assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
            assert.equal(bytes.readUInt32BE(16), 1600);
          }
        }
      }
      assert.deepEqual(env.server.requests.slice(requestsAtLoad), [], 'nothing requested to make the files');
    });
    await context.close();
  }
});

test('files dropped on the text area are read and listed; what was typed is counted and kept', async () => {
  const codes = madeCodes(ID, 12, 4);
  const { page, context, problems } = await open(env, SUMMARY);
  await keepScreenshotOnFailure(page, 'summary-drop', async () => {
    const box = page.locator('#wave-1-codes');
    // Typed, not yet counted: a drop must not lose it.
    await box.fill(codes.slice(0, 4).join('\n'));
    const files = await page.evaluateHandle(([first, second]) => {
      const data = new DataTransfer();
      data.items.add(new File([first], 'ward-a.txt', { type: 'text/plain' }));
      data.items.add(new File([second], 'ward-b.csv', { type: 'text/csv' }));
      return data;
    }, [`${codes.slice(4, 8).join('\n')}\nnot a code: 0123-4567-89AB-CDEF`, `code\r\n${codes.slice(8).join('\r\n')}\r\n${codes[0]}\r\n`]);
    await box.dispatchEvent('dragover', { dataTransfer: files });
    await box.dispatchEvent('drop', { dataTransfer: files });
    await page.locator('[data-figure=n]', { hasText: '12 responses counted.' }).waitFor();
    assert.equal(await box.inputValue(), codes.slice(0, 4).join('\n'), 'what was typed stays, alone, in the box');
    const listed = await page.locator('#wave-1-sources li').allInnerTexts();
    assert.equal(listed.length, 2);
    assert.match(listed[0], /^ward-a\.txt \(1\u00a0KB\) — 4 codes counted, 1 not counted Remove$/);
    assert.match(listed[1], /^ward-b\.csv \(1\u00a0KB\) — 5 codes counted, 0 not counted Remove$/);
    assert.equal(await count(page, 'accepted'), 12);
    assert.equal(await count(page, 'malformed'), 0, 'the CSV header is not a code');
    // The typed copy of a code a file also holds is its duplicate: files are read first.
    assert.equal(await count(page, 'duplicate'), 1);
    assert.match(await page.locator('.problems li[data-verdict=duplicate]').innerText(), /\(line 1\): This code was already counted/);
    assert.match(await page.locator('.problems li[data-verdict=mistyped]').innerText(), /\(ward-a\.txt, line 5\): /);

    // Removing a file takes its codes away, and only its.
    await page.getByRole('button', { name: 'Remove ward-a.txt and its codes' }).click();
    await page.locator('[data-figure=n]', { hasText: '8 responses counted.' }).waitFor();
    assert.equal(await page.locator('#wave-1-sources li').count(), 1);
    assert.equal(await count(page, 'mistyped'), 0);

    await page.getByRole('button', { name: 'Clear these codes' }).first().click();
    assert.equal(await box.inputValue(), '');
    await page.locator('[data-figure=n]', { hasText: '0 responses counted.' }).waitFor();
    assert.equal(await page.locator('#wave-1-sources').count(), 0);
    assert.deepEqual(problems.console, []);
  });
  await context.close();
});

test('without a summary link the settings are entered again on the setup page, nothing typed lost', async () => {
  const { page, context } = await open(env, 'organizer/#/summary');
  await keepScreenshotOnFailure(page, 'summary-settings', async () => {
    assert.deepEqual(await seriousA11yViolations(page), []);
    await page.getByRole('link', { name: /Enter the survey's settings again/ }).click();
    await page.locator('main h1', { hasText: 'Create a survey' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/organizer/setup/');
    await page.getByLabel('Survey identifier').fill('bad id');
    await page.getByLabel('Survey title').fill('Pulse');
    await page.getByRole('button', { name: 'Make the links' }).click();
    assert.match(await page.locator('#setup-id-error').innerText(), /survey identifier must be 6 to 32 letters/);
    // Focus goes to the field to correct, and nothing typed is lost.
    assert.equal(await page.evaluate(() => document.activeElement.id), 'setup-id');
    assert.equal(await page.getByLabel('Survey title').inputValue(), 'Pulse');
    await page.getByLabel('Survey identifier').fill(ID);
    await page.getByRole('button', { name: 'Make the links' }).click();
    const summaryLink = await page.locator('#summary-link').inputValue();
    assert.match(summaryLink, new RegExp(`/organizer/#/summary\\?v=1&id=${ID}&t=Pulse$`));
    await page.goto(summaryLink);
    await page.locator('#wave-1-codes').waitFor();
    assert.deepEqual(await seriousA11yViolations(page), []);
  });
  await context.close();
});

// The organization's own statements, end to end against the release build: a survey link with
// three statements (the third in English only) answered by one person in English and one in
// Spanish; each code is decoded by the native decoder and must hold each statement's bin as
// docs/scoring.md gives it; the summary counts both codes, and a summary whose statement reads
// one word differently refuses them as from another survey. Then every view a lever has: the
// breakdowns, the heatmap and its order, the trends of two waves, the unit reports and the staff
// one-pager, with the whole CSV of both waves against the reference implementation. Axe, the
// network and screenshots at phone and desktop size.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { assertCsvMatches, assertWaveMatches } from './lib/csv_check.mjs';
import { breakdownCells, expectedChangeRows, expectedRows, parseCsv, parseScoresLine } from './lib/reference.mjs';
import {
  answerByMouse,
  decodeCodes,
  madeCodes,
  keepScreenshotOnFailure,
  launch,
  open,
  openedTab,
  resourcesAfterLoad,
  screenshot,
  seriousA11yViolations,
  violations,
} from './lib/harness.mjs';

const ID = 'K7M2Q9XT4B';
const STATEMENTS = [
  {
    en: 'The new scheduling system gives me enough notice of my shifts.',
    es: 'El nuevo sistema de turnos me avisa con tiempo suficiente.',
  },
  { en: 'I feel safe from violence at work.', es: 'Me siento a salvo de la violencia en el trabajo.' },
  { en: 'The merger has been explained to me clearly.', es: '' },
];

/** The query of this survey with `statements`, as the link writes them; `units` and `role` as given. */
function query(statements, { units = ['Emergency', 'Surgery'], role = false } = {}) {
  const params = new URLSearchParams();
  params.append('v', '5');
  params.append('id', ID);
  params.append('t', 'Staff wellbeing 2026');
  for (const unit of units) params.append('u', unit);
  if (role) params.append('r', '1');
  statements.forEach(({ en, es }, i) => {
    if (en) params.append(`q${i + 1}en`, en);
    if (es) params.append(`q${i + 1}es`, es);
  });
  return params.toString();
}

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

/**
 * Takes a survey in `locale` to its last screen, answering only burnout, then answers the
 * statements with `options` (an option index from 0 = strongly disagree, or null to leave one
 * out) and finishes. Gives the code.
 */
async function answer(locale, viewport, options, name) {
  const { page, context, problems, requestsAtLoad } = await open(env, `#/survey?${query(STATEMENTS)}`, { locale, viewport });
  let code;
  await keepScreenshotOnFailure(page, name, async () => {
    await page.locator('button.button--primary').first().click();
    await answerByMouse(page, { burnout: 2 });
    const own = page.locator('fieldset[data-own]');
    while ((await own.count()) === 0) await page.locator('button[type=submit]').click();
    assert.equal(await own.count(), 3);
    const spanish = locale.startsWith('es');
    assert.equal(await page.locator('main h1').innerText(), spanish ? 'Preguntas propias de su organización' : "Your organization's own questions");
    for (const [i, statement] of STATEMENTS.entries()) {
      const legend = own.nth(i).locator('legend');
      const written = spanish && statement.es ? statement.es : statement.en;
      assert.equal(await legend.locator('span').first().innerText(), written);
      // A statement without a wording in the page's language is shown in its own, and says so.
      const other = spanish && !statement.es;
      assert.equal(await legend.locator('span').first().getAttribute('lang'), other || !spanish ? 'en' : 'es');
      assert.equal(await legend.locator('.hint').count(), other ? 1 : 0);
      if (other) assert.equal(await legend.locator('.hint').innerText(), '(solo en inglés)');
      assert.equal(await own.nth(i).locator('input[type=radio]').count(), 5);
    }
    for (const [i, option] of options.entries()) {
      if (option !== null) await own.nth(i).locator(`label:has(input[value="${option}"])`).click();
    }
    assert.deepEqual(await seriousA11yViolations(page), []);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= viewport.width, `no sideways scrolling: ${width}`);
    await screenshot(page, name);
    await page.locator('button[type=submit]').click();
    code = (await page.locator('.code').first().innerText()).trim();
    assert.equal(code.replace(/-/g, '').length, 25, code);
    assert.deepEqual(env.server.requests.slice(requestsAtLoad), []);
    assert.deepEqual((await resourcesAfterLoad(page)).late, []);
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(problems.errors, []);
  });
  await context.close();
  return code;
}

const codes = [];

test('a survey with three statements of its own, answered in English and in Spanish, codes each as docs/scoring.md bins it', async () => {
  // English, on a phone: agree, strongly disagree, left out.
  codes.push(await answer('en-US', { width: 375, height: 812 }, [3, 0, null], 'statements-en-375'));
  // Spanish, on a desktop: neither, left out, strongly agree (the English-only statement).
  codes.push(await answer('es-ES', { width: 1280, height: 800 }, [2, null, 4], 'statements-es-1280'));
  const lines = decodeCodes(ID, 2, false, codes, { statements: STATEMENTS });
  assert.match(lines[0], / statements=F,U,-$/);
  assert.match(lines[1], / statements=N,-,F$/);
  assert.match(lines[0], /^burnout=3 /);
});

test('the summary counts the codes of its own wording and refuses them under any other', async () => {
  assert.equal(codes.length, 2, 'the first test made the codes');
  const summary = async (statements) => {
    const { page, context } = await open(env, `organizer/#/summary?${query(statements)}`);
    await page.locator('#wave-1-codes').fill(codes.join('\n'));
    await page.getByRole('button', { name: 'Count these codes' }).first().click();
    const found = (await page.locator('.found').first().innerText()).replace(/\s+/g, ' ');
    await context.close();
    return found;
  };
  assert.match(await summary(STATEMENTS), /\b2 counted\b.* 0 from another survey/);
  const reworded = STATEMENTS.map((s) => ({ ...s }));
  reworded[1].en = 'I feel safe from violence at my work.';
  const refused = await summary(reworded);
  assert.match(refused, /\b0 counted\b.* 2 from another survey/);
});

test('the setup page makes a survey with three statements: advice, a preview in each language, and the link', async () => {
  const { page, context, problems } = await open(env, 'organizer/setup/#/');
  await keepScreenshotOnFailure(page, 'statements-setup', async () => {
    await page.locator('#setup-title').fill('Staff wellbeing 2026');
    for (const [i, { en, es }] of STATEMENTS.entries()) {
      await page.getByRole('button', { name: 'Add a statement' }).click();
      await page.locator(`#setup-statement-${i + 1}-en`).fill(en);
      if (es) await page.locator(`#setup-statement-${i + 1}-es`).fill(es);
    }
    assert.equal(await page.getByRole('button', { name: 'Add a statement' }).isDisabled(), true, 'three at most');
    // The advice about wording, and how staff will see them in each language.
    assert.match(await page.locator('.advice').innerText(), /about the work, not about a person/);
    assert.deepEqual(await page.locator('[data-preview=es] li').allInnerTexts(), [
      STATEMENTS[0].es,
      STATEMENTS[1].es,
      `${STATEMENTS[2].en} (solo en inglés)`,
    ]);
    assert.deepEqual(await page.locator('[data-preview=en] li').allInnerTexts(), STATEMENTS.map((s) => s.en));
    // Too long is named at once, beside the statement.
    await page.locator('#setup-statement-2-es').fill('x'.repeat(201));
    await page.locator('#setup-statement-2-error').waitFor();
    assert.equal(await page.locator('#setup-statement-2-es').getAttribute('aria-invalid'), 'true');
    await page.locator('#setup-statement-2-es').fill(STATEMENTS[1].es);
    assert.deepEqual(await seriousA11yViolations(page), []);
    await page.locator('.statements').scrollIntoViewIfNeeded();
    await page.locator('.statements').screenshot({ path: 'tests/e2e/artifacts/statements-setup-form.png' });
    await page.getByRole('button', { name: 'Make the links' }).click();
    const link = await page.locator('#survey-link').inputValue();
    const params = new URLSearchParams(link.split('#/survey?')[1]);
    assert.equal(params.get('v'), '5');
    for (const [i, { en, es }] of STATEMENTS.entries()) {
      assert.equal(params.get(`q${i + 1}en`), en);
      assert.equal(params.get(`q${i + 1}es`), es || null);
    }
    // The survey it opens ends with the three statements.
    await page.goto(link);
    await page.locator('button.button--primary').first().click();
    await answerByMouse(page, { burnout: 1 });
    while ((await page.locator('fieldset[data-own]').count()) === 0) await page.locator('button[type=submit]').click();
    assert.equal(await page.locator('fieldset[data-own]').count(), 3);
    assert.deepEqual(problems.errors, []);
  });
  await context.close();
});

test("the report's and the CSV's figures of the statements equal the reference implementation's", async () => {
  // 120 made-up respondents of a three-unit survey with the role asked and the three statements.
  const shape = { units: ['Emergency', 'Intensive care', 'Surgery'], role: true };
  const made = madeCodes(ID, 120, 41, { statements: STATEMENTS });
  const people = decodeCodes(ID, 3, true, made, { statements: STATEMENTS }).map(parseScoresLine);
  assert.equal(people.length, 120);
  assert.ok(people.every((p) => p.statements.length === 3));
  const expected = expectedRows(people, { units: 3, min: 5 });
  const own = new Map([...expected].filter(([key]) => /^(statement|driver)\|/.test(key)));
  assert.ok([...own.keys()].some((key) => key.startsWith('driver|statement-')), 'statements among the drivers');
  const { page, context, problems } = await open(env, `organizer/#/summary?${query(STATEMENTS, shape)}`);
  await keepScreenshotOnFailure(page, 'statements-report', async () => {
    await page.locator('#wave-1-codes').fill(made.join('\n'));
    await page.getByRole('button', { name: 'Count these codes' }).first().click();
    const section = page.locator('section[aria-labelledby=r-own]');
    await section.waitFor();
    for (const { en } of STATEMENTS) assert.ok((await section.innerText()).includes(en), en);
    assert.match(await section.innerText(), /no national or published figure/);
    // Each shown statement's favourable share, as the page rounds it.
    for (let s = 0; s < 3; s += 1) {
      const favourable = own.get(`statement|statement-${s + 1}|favourable|share`);
      const line = await section.locator(`li[data-statement="${s + 1}"]`).innerText();
      assert.ok(line.includes(`${Math.round(favourable.value * 100)}%`), line);
    }
    await section.screenshot({ path: 'tests/e2e/artifacts/statements-report-section.png' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download every figure as CSV' }).click(),
    ]);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const records = parseCsv(csv).slice(1).filter((record) => record[0] === 'statement' || record[0] === 'driver');
    assertWaveMatches(records, own, 'Wave 1');
    // The label of the statement without a Spanish wording, in an English file, is its English wording.
    assert.ok(records.some((record) => record[1] === 'statement-3' && record[2] === STATEMENTS[2].en));
    assert.deepEqual(await seriousA11yViolations(page), []);
    assert.deepEqual(problems.errors, []);
  });
  await context.close();
});

test('the statements in every view a lever has: breakdowns, heatmap and its order, two waves, unit reports, the one-pager; the whole CSV equals the reference', async () => {
  const shape = { units: ['Emergency', 'Intensive care', 'Surgery'], role: true };
  const made = [madeCodes(ID, 90, 43, { statements: STATEMENTS }), madeCodes(ID, 70, 44, { statements: STATEMENTS })];
  const [first, second] = made.map((codes) => decodeCodes(ID, 3, true, codes, { statements: STATEMENTS }).map(parseScoresLine));
  const expected = new Map([
    ['Wave 1', expectedRows(first, { units: 3, min: 5 })],
    ['Wave 2', new Map([...expectedRows(second, { units: 3, min: 5 }), ...expectedChangeRows(first, second, { min: 5 })])],
  ]);
  const latest = expected.get('Wave 2');
  const cells = breakdownCells(second, 3, (p) => p.unit);
  const { page, context, problems } = await open(env, `organizer/#/summary?${query(STATEMENTS, shape)}`);
  await keepScreenshotOnFailure(page, 'statements-everywhere', async () => {
    await page.locator('#wave-1-codes').fill(made[0].join('\n'));
    await page.getByRole('button', { name: 'Count these codes' }).first().click();
    await page.getByRole('button', { name: 'Add a later wave' }).click();
    await page.locator('#wave-2-codes').fill(made[1].join('\n'));
    await page.getByRole('button', { name: 'Count these codes' }).nth(1).click();
    await page.locator('[data-section=trends]').waitFor();

    // The unit breakdown: a column per statement after the levers, named under the table.
    const units = page.locator('section[aria-labelledby=r-units]');
    const headers = await units.locator('thead th').allInnerTexts();
    assert.deepEqual(headers.slice(-3), ['Own question 1: favourable', 'Own question 2: favourable', 'Own question 3: favourable']);
    const key = await units.locator('.own-key li').allInnerTexts();
    assert.deepEqual(key, STATEMENTS.map(({ en }, s) => `Own question ${s + 1}: ${en}`));
    for (const k of [1, 2, 3]) {
      const row = await units.locator(`tr[data-cell="${k}"] td`).allInnerTexts();
      for (let s = 0; s < 3; s += 1) {
        const want = latest.get(`unit|unit-${k}|statement-${s + 1}|share`);
        assert.equal(row[row.length - 3 + s], want ? `${Math.round(want.value * 100)}%` : 'hidden', `unit ${k}, statement ${s + 1}`);
      }
    }

    // The heatmap: the same columns, and sorted by a statement, lowest favourable share first.
    const heat = page.locator('section[data-section=heatmap]');
    assert.deepEqual((await heat.locator('thead th').allInnerTexts()).slice(-3), headers.slice(-3));
    await page.locator('#heat-sort').selectOption('statement-1');
    await heat.locator('table[data-sort=statement-1]').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'heat-sort');
    const order = await heat.locator('tbody tr[data-row]').evaluateAll((rows) => rows.map((r) => r.dataset.row));
    const share = (k) => latest.get(`heatmap|unit-${k}|statement-1|share`)?.value;
    const shown = order.slice(1).filter((k) => share(k) !== undefined);
    assert.deepEqual(shown, [...shown].sort((a, b) => share(a) - share(b) || a - b), `order ${order}`);
    await heat.screenshot({ path: 'tests/e2e/artifacts/statements-heatmap-1280.png' });

    // The trends: a line per statement across the two waves, and its change.
    const trends = page.locator('[data-section=trends]');
    const text = await trends.innerText();
    for (let s = 1; s <= 3; s += 1) assert.ok(text.includes(`Own question ${s}: favourable`), `trend of statement ${s}`);

    // The whole CSV of both waves: every row, the statements' included, equals the reference.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download every figure as CSV' }).click(),
    ]);
    assertCsvMatches((await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, ''), expected);

    // The unit reports: each unit's statements beside the organization's, or why not.
    const { tab, problems: tabProblems } = await openedTab(context, () =>
      page.getByRole('button', { name: "Reports for each unit's manager" }).click(),
    );
    const doc = tab.locator('.unit-doc');
    await doc.waitFor();
    for (const k of [1, 2, 3]) {
      const unit = doc.locator(`section[data-unit="${k}"]`);
      if ((await unit.count()) === 0) continue;
      const own = await unit.innerText();
      assert.ok(own.includes("Your organization's own questions"), `unit ${k}`);
      for (let s = 0; s < 3; s += 1) {
        const cell = latest.get(`unit|unit-${k}|statement-${s + 1}|share`);
        const hidden = await unit.locator(`[data-hidden-statement="${s + 1}"]`).count();
        assert.equal(hidden, cell ? 0 : 1, `unit ${k}, statement ${s + 1} hidden exactly where the breakdown hides it`);
        if (cell) {
          const members = cells[k].members;
          const favourable = members.filter((p) => p.statements[s] === 'F').length / members.length;
          const row = unit.locator('tr', { hasText: `Own question ${s + 1}: favourable` });
          assert.equal(await row.locator('td').first().innerText(), `${Math.round(favourable * 100)}%`);
        }
      }
    }
    assert.deepEqual(await seriousA11yViolations(tab), [], 'axe on the unit reports');
    await screenshot(tab, 'statements-unit-reports-1280');
    await doc.locator('h3[id$=-own]').first().scrollIntoViewIfNeeded();
    await tab.screenshot({ path: 'tests/e2e/artifacts/statements-unit-reports-own-1280.png' });
    await tab.close();

    // The staff one-pager: each statement shown, by its wording, with how many agreed.
    const { tab: sheet, problems: sheetProblems } = await openedTab(context, () => page.locator('#show-sheet').click());
    const poster = sheet.locator('.staff-sheet');
    await poster.waitFor();
    const words = await poster.innerText();
    assert.ok(words.includes('The questions we added'), words);
    for (let s = 0; s < 3; s += 1) {
      const want = latest.get(`statement|statement-${s + 1}|favourable|share`);
      if (want) assert.ok(words.includes(`${STATEMENTS[s].en}\n${Math.round(want.value * 100)}% of you agreed`), `statement ${s + 1}: ${words}`);
    }
    assert.deepEqual(await seriousA11yViolations(sheet), [], 'axe on the one-pager');
    await screenshot(sheet, 'statements-staff-sheet-1280');
    assert.deepEqual(tabProblems.errors, []);
    assert.deepEqual(sheetProblems.errors, []);
    assert.deepEqual(await seriousA11yViolations(page), []);
    assert.deepEqual(problems.errors, []);
  });
  await context.close();
});

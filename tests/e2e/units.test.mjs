// The units against the levers and the unit reports, end to end against the release build: codes
// of three units, one of them too small, pasted on the summary page. The heatmap shows the small
// unit's cells hidden with the reason; its order is chosen with the keyboard alone; the unit
// reports open in a tab of their own and print as one PDF, read back with pdftotext: a page (or more) per unit with a report, the
// unit named in every page's footer, the small unit on no page of its own and named as having no
// report. Figures are checked against lib/reference.mjs, written from the documents.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  ARTIFACTS,
  decodeCodes,
  keepScreenshotOnFailure,
  launch,
  madeCodes,
  open,
  openedTab,
  screenshot,
  seriousA11yViolations,
  violations,
} from './lib/harness.mjs';
import { breakdownCells, parseScoresLine } from './lib/reference.mjs';

const ID = 'K7M2Q9XT4B';
const UNITS = ['Emergency', 'Intensive care', 'Day surgery'];
const SETTINGS = `v=1&id=${ID}&t=Staff+wellbeing+2026&u=Emergency&u=Intensive+care&u=Day+surgery&r=1`;
const SUMMARY = `organizer/#/summary?${SETTINGS}`;
const MIN = 5;

let env;
let codes;
let people;

before(async () => {
  env = await launch();
  // Made-up codes of the survey, read back by the native decoder; then kept so that Day surgery
  // has two respondents (too few) and three did not say their unit (too few as well, so the two
  // small cells protect each other and both other units keep their reports).
  const made = madeCodes(ID, 120, 31);
  const read = decodeCodes(ID, UNITS.length, true, made).map(parseScoresLine);
  const kept = { undefined: 0, 2: 0 };
  const chosen = made
    .map((code, i) => ({ code, person: read[i] }))
    .filter(({ person }) => {
      const key = String(person.unit);
      if (!(key in kept)) return true;
      kept[key] += 1;
      return kept[key] <= (key === 'undefined' ? 3 : 2);
    });
  codes = chosen.map((c) => c.code);
  people = chosen.map((c) => c.person);
});

after(async () => {
  await env?.close();
});

async function paste(page) {
  await page.locator('#wave-1-codes').fill(codes.join('\n'));
  await page.getByRole('button', { name: 'Count these codes' }).first().click();
  await page.locator('[data-figure=n]', { hasText: `${people.length} responses counted.` }).waitFor();
}

const pct = (share) => `${Math.round(share * 100)}%`;

test('the heatmap hides the small unit with its reason, and its order is chosen by keyboard', async () => {
  const cells = breakdownCells(people, UNITS.length, (p) => p.unit);
  assert.equal(cells[3].n, 2, 'Day surgery is small');
  assert.equal(cells[0].n, 3);
  assert.ok(cells[1].n >= MIN && cells[2].n >= MIN);
  const { page, context, problems } = await open(env, SUMMARY);
  await keepScreenshotOnFailure(page, 'units-heatmap', async () => {
    await paste(page);
    const heatmap = page.locator('section[data-section=heatmap]');
    await heatmap.waitFor();
    // Day surgery: the whole row hidden, one cell across its seven columns saying why.
    const small = heatmap.locator('tr[data-row="3"] td');
    assert.equal(await small.count(), 1);
    assert.equal(await small.getAttribute('colspan'), String(2 + 5));
    assert.match(await small.innerText(), /Hidden: fewer than 5 responses/);
    assert.equal(await heatmap.locator('tr[data-row="3"] [data-hidden=group]').count(), 1, 'a hidden row says its reason once, across the row');
    // The organization's row on top, then the units; each shown burnout cell as the reference.
    const rowsIn = async () => heatmap.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.row));
    assert.deepEqual(await rowsIn(), ['org', '0', '1', '2', '3']);
    for (const k of [1, 2]) {
      const burnout = await heatmap.locator(`tr[data-row="${k}"] td`).nth(1).innerText();
      assert.ok(burnout.startsWith(pct(cells[k].burned / cells[k].n)), `${burnout} for unit ${k}`);
      assert.ok(burnout.includes(`${cells[k].burned} of ${cells[k].n}`));
    }

    // The order's control takes focus, then only keys: arrows choose, and focus stays on it.
    await page.locator('#heat-sort').focus();
    await page.keyboard.press('ArrowDown');
    await heatmap.locator('table[data-sort=burnout]').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'heat-sort');
    const byBurnout = [1, 2].sort((a, b) => cells[b].burned / cells[b].n - cells[a].burned / cells[a].n || a - b);
    assert.deepEqual(await rowsIn(), ['org', ...byBurnout.map(String), '0', '3'], 'shown by burnout, hidden last');
    await page.keyboard.press('ArrowDown');
    await heatmap.locator('table[data-sort=lever-1]').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'heat-sort');
    const first = (await rowsIn()).slice(1);
    assert.deepEqual(first.slice(-2), ['0', '3'], 'hidden rows last, in unit order');
    assert.match(await heatmap.locator('caption').innerText(), /Values, least favourable first/);

    // In Spanish, the same cells give their reason in Spanish, and the order chosen is kept.
    await page.locator('.lang-switch button[lang=es]').click();
    await heatmap.locator('h2', { hasText: 'Unidades frente a las palancas' }).waitFor();
    assert.match(await heatmap.locator('tr[data-row="3"] td').first().innerText(), /Oculto: menos de 5 respuestas/);
    assert.equal(await heatmap.locator('table').getAttribute('data-sort'), 'lever-1');
    await page.locator('.lang-switch button[lang=en]').click();
    await heatmap.locator('h2', { hasText: 'Units against the levers' }).waitFor();

    assert.deepEqual(await seriousA11yViolations(page), [], 'axe on the report with its heatmap');
    await heatmap.scrollIntoViewIfNeeded();
    await mkdir(ARTIFACTS, { recursive: true });
    await heatmap.screenshot({ path: join(ARTIFACTS, 'units-heatmap-en-1280.png') });
    await page.setViewportSize({ width: 375, height: 812 });
    await heatmap.screenshot({ path: join(ARTIFACTS, 'units-heatmap-en-375.png') });

    // Saved as SVG: the file has every row, with the reason of the hidden ones.
    await page.setViewportSize({ width: 1280, height: 800 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      heatmap.locator('button[data-chart=heatmap][data-format=svg]').click(),
    ]);
    assert.equal(download.suggestedFilename(), 'candor-heatmap.svg');
    assert.deepEqual(problems.console, []);
    assert.deepEqual(problems.errors, []);
    assert.deepEqual(await violations(page), []);
  });
  await context.close();
});

test('the unit reports print one unit a page, each footer naming its unit; the small unit has none', async () => {
  const cells = breakdownCells(people, UNITS.length, (p) => p.unit);
  const { page, context, problems } = await open(env, SUMMARY);
  await keepScreenshotOnFailure(page, 'units-reports', async () => {
    await paste(page);
    const requestsBefore = env.server.requests.length;
    const { tab, problems: tabProblems } = await openedTab(context, () =>
      page.getByRole('button', { name: "Reports for each unit's manager" }).click(),
    );
    assert.equal(new URL(tab.url()).pathname, '/organizer/print/');
    assert.equal(new URL(tab.url()).hash, '#/units', 'no figure in the address');
    const doc = tab.locator('.unit-doc');
    await doc.waitFor();
    assert.equal(await tab.locator('main h1').innerText(), "Reports for each unit's manager");
    assert.equal(await tab.title(), "Reports for each unit's manager");
    assert.match(await doc.locator('[data-without]').innerText(), /Day surgery: fewer than 5 responses/);
    for (const k of [1, 2]) {
      const unit = doc.locator(`section[data-unit="${k}"]`);
      assert.match(await unit.locator('h2').innerText(), new RegExp(`^${UNITS[k - 1]}: report for the unit`));
      assert.match(await unit.innerText(), new RegExp(`${cells[k].n} responses in this unit; ${people.length} in the whole organization`));
      const burnout = await unit.locator('table').first().locator('tbody td').first().innerText();
      assert.equal(burnout, pct(cells[k].burned / cells[k].n));
    }
    assert.equal(await doc.locator('section[data-unit="3"]').count(), 0);
    assert.equal(await doc.locator('text=/Physician|Nurse/').count(), 0, 'no role in a unit report');
    assert.deepEqual(await seriousA11yViolations(tab), [], 'axe on the unit reports');
    // The whole document, and the first screen as a person sees it.
    await screenshot(tab, 'units-reports-en-1280');
    await tab.screenshot({ path: join(ARTIFACTS, 'units-reports-en-1280-top.png') });
    await tab.setViewportSize({ width: 375, height: 812 });
    await screenshot(tab, 'units-reports-en-375');
    await tab.screenshot({ path: join(ARTIFACTS, 'units-reports-en-375-top.png') });
    await doc.locator('section[data-unit="1"] table').nth(2).scrollIntoViewIfNeeded();
    await tab.screenshot({ path: join(ARTIFACTS, 'units-reports-en-375-levers.png') });
    await tab.setViewportSize({ width: 1280, height: 800 });

    // Printed: the first page lists the units, then each unit's pages name it in the footer.
    const pagesOfPdf = async (name) => {
      await tab.emulateMedia({ media: 'print' });
      const pdf = await tab.pdf({ format: 'Letter', printBackground: true });
      await tab.emulateMedia({ media: null });
      const path = join(ARTIFACTS, `${name}.pdf`);
      await writeFile(path, pdf);
      return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
        .split('\f')
        .filter((text) => text.trim() !== '');
    };
    const footerOf = (text) => {
      const lines = text.trimEnd().split('\n');
      return lines[lines.length - 1];
    };
    const all = await pagesOfPdf('units-all');
    assert.match(all[0], /Reports for each unit/);
    assert.match(all[0], /Day surgery: fewer than 5 responses/);
    const unitPages = all.slice(1).map((text) => {
      const named = UNITS.filter((name) => footerOf(text).includes(name));
      assert.equal(named.length, 1, `one unit in the footer: ${footerOf(text)}`);
      return named[0];
    });
    // Each unit with a report starts a page of its own, in order; the small unit has none.
    assert.deepEqual([...new Set(unitPages)], ['Emergency', 'Intensive care']);
    assert.deepEqual(unitPages, ["Emergency", "Intensive care"], "one page per unit");
    all.slice(1).forEach((text, i) => {
      if (i === 0 || unitPages[i] !== unitPages[i - 1]) {
        assert.match(text, new RegExp(`${unitPages[i]}: report for the unit`));
      }
    });
    assert.ok(!all.slice(1).join('').includes('Day surgery: report'));

    // One unit alone, chosen with the keyboard.
    await tab.locator('#unit-doc-choice').focus();
    await tab.keyboard.press('ArrowDown');
    await tab.keyboard.press('ArrowDown');
    await doc.locator('section[data-unit="2"]').waitFor();
    assert.equal(await doc.locator('section.unit-report').count(), 1);
    const one = await pagesOfPdf('units-one');
    assert.ok(one.every((text) => footerOf(text).includes('Intensive care')), 'every page names the unit');
    assert.match(one[0], /Intensive care: report for the unit/);

    // The tab asked for nothing after its own files, and says nothing went wrong.
    const tabFiles = env.server.requests.slice(requestsBefore).map((r) => r.path);
    assert.ok(tabFiles.every((file) => file.startsWith('/organizer/print/')), tabFiles.join(', '));
    assert.deepEqual(await violations(tab), []);
    assert.deepEqual(tabProblems, { console: [], errors: [] });
    // "Back to the summary" closes the tab; the summary is as it was, every code still given.
    // The click closes the page it is made in, so the click itself may end with the page gone.
    await Promise.all([
      tab.waitForEvent('close'),
      tab.getByRole('button', { name: 'Back to the summary' }).click().catch((error) => {
        if (!tab.isClosed()) throw error;
      }),
    ]);
    await page.locator('section[data-section=heatmap]').waitFor();
    await page.locator('[data-figure=n]', { hasText: `${people.length} responses counted.` }).waitFor();
    assert.deepEqual(problems.console, []);
    assert.deepEqual(problems.errors, []);
    assert.deepEqual(await violations(page), []);
  });
  await context.close();
});

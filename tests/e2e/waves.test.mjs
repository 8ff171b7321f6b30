// Trends over three labelled waves, end to end against the release build: a wave typed, a wave from
// a file and a wave pasted, each named by the organizer; in the third, Day surgery has too few
// responses. The report is of the latest wave; the trends give each wave's burnout share with its
// interval as the reference computes it from the decoded codes, the latest wave's change from the
// one before and from the first; each unit's burnout wave by wave, Day surgery hidden in the third
// wave only; the CSV names every row's wave, and only the third wave has changes from the first.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import {
  decodeCodes,
  keepScreenshotOnFailure,
  launch,
  madeCodes,
  open,
  resourcesAfterLoad,
  screenshot,
  seriousA11yViolations,
} from './lib/harness.mjs';
import { breakdownCells, parseCsv, parseScoresLine, shownGroups, wilson } from './lib/reference.mjs';

const ID = 'K7M2Q9XT4B';
const UNITS = ['Emergency', 'Intensive care', 'Day surgery'];
const SUMMARY = `organizer/#/summary?v=1&id=${ID}&t=Staff+wellbeing+2026&u=Emergency&u=Intensive+care&u=Day+surgery&r=1`;
const MIN = 5;
const LABELS = ['2026 Q1', '2026 Q3', '2027 Q1'];

let env;
/** Each wave's codes and the people they decode to. */
let waves;

before(async () => {
  env = await launch();
  waves = [60, 70, 80].map((count, k) => {
    const codes = madeCodes(ID, count, 40 + k);
    const people = decodeCodes(ID, UNITS.length, true, codes).map(parseScoresLine);
    return { codes, people };
  });
  // The third wave keeps only two of Day surgery's respondents: too few to show.
  let kept = 0;
  const third = waves[2].codes
    .map((code, i) => ({ code, person: waves[2].people[i] }))
    .filter(({ person }) => person.unit !== 2 || (kept += 1) <= 2);
  waves[2] = { codes: third.map((c) => c.code), people: third.map((c) => c.person) };
});

after(async () => {
  await env?.close();
});

const pct = (share) => `${Math.round(share * 100)}%`;
/** "34% (28%–41%)", as the trends table writes a share. */
function shareText(count, n) {
  const [low, high] = wilson(count, n);
  return `${pct(count / n)} (${pct(low)}–${pct(high)})`;
}

test('three labelled waves: the latest reported, the trends with intervals, units hidden wave by wave, the CSV by wave', async () => {
  const { page, context, problems } = await open(env, SUMMARY);
  await keepScreenshotOnFailure(page, 'waves-three', async () => {
    const atLoad = env.server.requests.length;
    for (const [k, wave] of waves.entries()) {
      const id = `wave-${k + 1}`;
      if (k > 0) await page.getByRole('button', { name: 'Add a later wave' }).click();
      await page.locator(`#${id}-label`).fill(LABELS[k]);
      await page.locator(`#${id}-label`).press('Tab');
      await page.locator(`#${id}-title`, { hasText: LABELS[k] }).waitFor();
      if (k === 1) {
        await page.locator(`#${id}-files`).setInputFiles({
          name: 'autumn.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from(`${wave.codes.join('\n')}\n`),
        });
      } else {
        await page.locator(`#${id}-codes`).fill(wave.codes.join('\n'));
        await page.locator(`#${id}-title ~ .input-actions .button--primary`).click();
      }
      await page.locator('[data-figure=n]', { hasText: `${wave.people.length} responses counted.` }).waitFor();
    }
    assert.match(await page.locator('[data-figure=wave]').innerText(), /of 2027 Q1, the latest wave/);

    // Each wave's burnout share with its Wilson interval, from the decoded codes.
    const trends = page.locator('[data-section=trends]');
    const header = await trends.locator('table[data-table=trends] thead').innerText();
    for (const [k, label] of LABELS.entries()) assert.ok(header.includes(`${label} (n = ${waves[k].people.length})`), header);
    const burnout = await trends.locator('table[data-table=trends] tr[data-item=burnout] td').allInnerTexts();
    assert.deepEqual(burnout, waves.map(({ people }) => shareText(people.filter((p) => p.burnout >= 3).length, people.length)));
    const changes = await trends.locator('table[data-table=trend-changes] thead').innerText();
    assert.match(changes, /Since 2026 Q3\s+Since 2026 Q1/);
    assert.equal(await trends.locator('svg.trend__chart').count(), 6, 'burnout and five levers');

    // Day surgery: shown in a wave only where that wave's own rule shows it; hidden in the third.
    const shown = waves.map(({ people }) => {
      const sizes = breakdownCells(people, UNITS.length, (p) => p.unit).map((c) => c.n);
      return shownGroups(sizes, sizes.map(() => false), MIN);
    });
    assert.equal(shown[2][3], false, 'Day surgery is hidden in the third wave');
    for (const unit of [1, 2, 3]) {
      const cells = trends.locator(`table[data-table=unit-trends] tr[data-unit="${unit}"] td`);
      for (const k of [0, 1, 2]) {
        const hidden = await cells.nth(k).getAttribute('data-hidden');
        assert.equal(hidden === 'true', !shown[k][unit], `unit ${unit}, wave ${k + 1}`);
      }
    }
    // The heatmap is the latest wave's: Day surgery hidden there too.
    assert.equal(await page.locator('section[data-section=heatmap] tr[data-row="3"] [data-hidden=group]').count(), 1);

    // The CSV: every row names its wave; each wave's unit rows follow its own suppression; only
    // the third wave has a change from the first.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download every figure as CSV' }).click(),
    ]);
    const [head, ...rows] = parseCsv((await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, ''));
    assert.equal(head.at(-1), 'wave');
    assert.deepEqual([...new Set(rows.map((r) => r[10]))], LABELS, 'every row names one of the three waves');
    for (const [k, label] of LABELS.entries()) {
      const count = rows.find((r) => r[0] === 'count' && r[1] === 'responses' && r[10] === label);
      assert.equal(count[5], String(waves[k].people.length), label);
      const daySurgery = rows.filter((r) => r[0] === 'unit' && r[1] === 'unit-3' && r[10] === label);
      assert.equal(daySurgery.length === 1 && daySurgery[0][4] === 'suppressed', !shown[k][3], `${label}: Day surgery`);
    }
    assert.deepEqual([...new Set(rows.filter((r) => r[0] === 'change_from_first').map((r) => r[10]))], ['2027 Q1']);
    assert.deepEqual([...new Set(rows.filter((r) => r[0] === 'change').map((r) => r[10]))], ['2026 Q3', '2027 Q1']);

    assert.deepEqual(await seriousA11yViolations(page), [], 'axe with three waves');
    assert.deepEqual(env.server.requests.slice(atLoad), [], 'no request after load');
    assert.deepEqual((await resourcesAfterLoad(page)).late, [], 'resource timing after load');
    assert.deepEqual(problems.console, [], 'console errors');
    await trends.scrollIntoViewIfNeeded();
    await screenshot(page, 'waves-three-en-1280');
    await page.setViewportSize({ width: 375, height: 812 });
    await screenshot(page, 'waves-three-en-375');
  });
  await context.close();
});

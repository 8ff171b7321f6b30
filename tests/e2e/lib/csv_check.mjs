// Checks a downloaded CSV against the reference implementation's rows (lib/reference.mjs), for
// every end-to-end file that reads the report's figures.
import assert from 'node:assert/strict';
import { parseCsv } from './reference.mjs';

/**
 * Checks the CSV against the reference: `waves` maps each wave's label (the last column) to the
 * rows expected for it; every row must belong to one of them. Within a wave, every row against
 * the reference rows: the same set of figures, numbers equal to the four decimals the CSV
 * writes, counts exact. Fixed text (references' methods, suggested actions) is not a figure and is
 * left out.
 */
export function assertCsvMatches(csv, waves) {
  const [header, ...records] = parseCsv(csv);
  assert.deepEqual(header, ['section', 'item', 'label', 'group', 'measure', 'value', 'lower', 'upper', 'count', 'base', 'wave']);
  for (const [wave, expected] of waves) {
    assertWaveMatches(records.filter((record) => record[10] === wave), expected, wave);
  }
  const unknown = records.filter((record) => !waves.has(record[10]));
  assert.deepEqual(unknown, [], 'rows of no wave given');
}

export function assertWaveMatches(records, expected, wave) {
  const seen = new Set();
  for (const record of records) {
    const [section, item, , group, measure, ...numbers] = record;
    if (section === 'reference' || measure === 'action') continue;
    const key = `${section}|${item}|${group}|${measure}`;
    const want = expected.get(key);
    assert.ok(want, `the CSV has a row the reference does not: ${record.join(',')}`);
    assert.ok(!seen.has(key), `a second row for ${key}`);
    seen.add(key);
    ['value', 'lower', 'upper', 'count', 'base'].forEach((column, i) => {
      const got = numbers[i];
      const wanted = want[column];
      const whole = column === 'count' || column === 'base' || (column === 'value' && (measure === 'count' || measure === 'rank'));
      if (wanted === '') {
        assert.equal(got, '', `${key} ${column} is empty`);
      } else if (whole) {
        assert.equal(got, String(wanted), `${key} ${column}`);
      } else {
        assert.match(got, /^-?\d+\.\d{4}$/, `${key} ${column} has four decimals`);
        assert.ok(Math.abs(Number(got) - wanted) <= 0.00005 + 1e-9, `${key} ${column}: CSV ${got}, reference ${wanted}`);
      }
    });
  }
  const missing = [...expected.keys()].filter((key) => !seen.has(key));
  assert.deepEqual(missing, [], `figures the reference has and the CSV lacks (${wave})`);
}

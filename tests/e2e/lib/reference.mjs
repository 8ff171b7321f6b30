// A second, independent implementation of the arithmetic the summary page does, written from the
// documents alone (docs/scoring.md, docs/report-csv.md, docs/privacy.md) and never from the Rust
// code: answers → scores, scores → every figure of the report as the CSV lays it out. The
// end-to-end tests compare the page and its CSV with what this computes.

/** The default instrument as docs/scoring.md describes it. */
export const LEVERS = [
  { id: 'values', statements: [['values-1', false], ['values-2', false]] },
  { id: 'resources', statements: [['resources-1', false], ['resources-2', false], ['resources-3', true]] },
  { id: 'autonomy', statements: [['autonomy-1', false], ['autonomy-2', false], ['autonomy-3', true]] },
  { id: 'leadership', statements: [['leadership-1', false], ['leadership-2', false]] },
  { id: 'culture', statements: [['culture-1', false], ['culture-2', false], ['culture-3', false]] },
];
export const OUTCOMES = [
  { id: 'satisfaction', reverse: false },
  { id: 'stress', reverse: true },
  { id: 'valued', reverse: false },
  { id: 'leave', reverse: true },
];
export const PRIORITY_OPTIONS = 10;
export const ROLES = 5;
const BURNOUT_THRESHOLD = 3;
const WEAKEST = 2;
const Z = 1.959964;

/**
 * One respondent's scores from their answers, given as the option index (0 = first listed) per
 * item id, an array of indices for `priorities`; a missing item is a skipped question.
 */
export function score(answers) {
  // Five-point scales: option i is value i + 1; reverse-scored items are flipped (k + 1 − v).
  const oriented = (item, reverse) => {
    const index = answers[item];
    if (index === undefined) return undefined;
    return reverse ? 5 - index : index + 1;
  };
  const bin = (value) => (value === undefined ? '-' : value <= 2 ? 'U' : value === 3 ? 'N' : 'F');
  const level = (statements) => {
    const values = statements.map(([item, reverse]) => oriented(item, reverse)).filter((v) => v !== undefined);
    if (values.length * 2 < statements.length) return undefined; // fewer than half answered
    const twice = (2 * values.reduce((a, b) => a + b, 0)) / values.length;
    // An exact half rounds toward the neutral 3; anything else to the nearest whole number.
    if (Number.isInteger(twice) && twice % 2 === 1) {
      const mean = twice / 2;
      return mean < 3 ? Math.ceil(mean) : Math.floor(mean);
    }
    return Math.round(twice / 2);
  };
  return {
    burnout: answers.burnout + 1,
    outcomes: OUTCOMES.map((o) => bin(oriented(o.id, o.reverse))),
    levers: LEVERS.map((l) => level(l.statements)),
    priorities: [...(answers.priorities ?? [])].sort((a, b) => a - b),
    unit: answers.unit,
    role: answers.role,
  };
}

/** The scores in the one-line form examples/decode.rs prints. */
export function scoresLine(s) {
  const opt = (v) => (v === undefined ? '-' : String(v));
  return `burnout=${s.burnout} outcomes=${s.outcomes.join(',')} levers=${s.levers.map(opt).join(',')}`
    + ` priorities=${s.priorities.join(',')} unit=${opt(s.unit)} role=${opt(s.role)}`;
}

/** Reads a line of examples/decode.rs back into scores. */
export function parseScoresLine(line) {
  const field = Object.fromEntries(line.split(' ').map((part) => part.split('=')));
  const opt = (v) => (v === '-' ? undefined : Number(v));
  return {
    burnout: Number(field.burnout),
    outcomes: field.outcomes.split(','),
    levers: field.levers.split(',').map(opt),
    priorities: field.priorities === '' ? [] : field.priorities.split(',').map(Number),
    unit: opt(field.unit),
    role: opt(field.role),
    // The organization's own statements' bins (U, N, F; undefined = not answered), when any.
    statements: (field.statements ?? '').split(',').filter((b) => b !== '').map((b) => (b === '-' ? undefined : b)),
  };
}

/** Wilson score interval for count of n (docs/scoring.md). */
export function wilson(count, n) {
  const p = count / n;
  const z2 = Z * Z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * Newcombe's hybrid score interval for the difference of two independent shares. The difference
 * is one fraction of whole numbers divided once (docs/scoring.md, "Exact values").
 */
export function newcombe(c1, n1, c2, n2) {
  const [p1, p2] = [c1 / n1, c2 / n2];
  const [l1, u1] = wilson(c1, n1);
  const [l2, u2] = wilson(c2, n2);
  const d = (c1 * n2 - c2 * n1) / (n1 * n2);
  return [d, d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)];
}

/**
 * Complementary suppression (docs/privacy.md): a group below the minimum is hidden, as is any
 * group forced hidden; if that leaves exactly one non-empty group hidden, the smallest shown
 * non-empty group is hidden too. Returns which groups are shown.
 */
export function shownGroups(sizes, forcedHidden, min) {
  const shown = sizes.map((size, i) => size >= min && !forcedHidden[i]);
  const hiddenNonEmpty = sizes.filter((size, i) => size > 0 && !shown[i]).length;
  if (hiddenNonEmpty === 1) {
    let smallest = -1;
    sizes.forEach((size, i) => {
      if (size > 0 && shown[i] && (smallest < 0 || size < sizes[smallest])) smallest = i;
    });
    if (smallest >= 0) shown[smallest] = false;
  }
  return shown;
}

/**
 * Every figure of the report of `people` (scores) as CSV rows, keyed by
 * "section|item|group|measure", each { value, lower, upper, count, base } with numbers or ''.
 * Reference figures, labels and suggested actions (fixed text) are left out.
 */
export function expectedRows(people, { units, min, staff }) {
  const rows = new Map();
  const put = (section, item, group, measure, fields) => {
    const key = `${section}|${item}|${group}|${measure}`;
    if (rows.has(key)) throw new Error(`two rows for ${key}`);
    rows.set(key, { value: '', lower: '', upper: '', count: '', base: '', ...fields });
  };
  const share = (section, item, group, count, base) => {
    const [lower, upper] = wilson(count, base);
    put(section, item, group, 'share', { value: count / base, lower, upper, count, base });
  };
  const n = people.length;
  put('count', 'responses', '', 'count', { value: n });
  put('count', 'min_group', '', 'count', { value: min });
  // Response rates (docs/scoring.md, "Response rates"): the whole survey's, and each unit's with a
  // staff number, shown exactly where the unit's breakdown cell is.
  if (staff?.total) put('response', 'all', '', 'rate', { value: n / staff.total, count: n, base: staff.total });
  if (staff?.units?.some((x) => x)) {
    const sizes = breakdownCells(people, units, (p) => p.unit).map((c) => c.n);
    const shown = shownGroups(sizes, sizes.map(() => false), min);
    staff.units.forEach((invited, u) => {
      if (!invited) return;
      if (shown[u + 1]) put('response', `unit-${u + 1}`, '', 'rate', { value: sizes[u + 1] / invited, count: sizes[u + 1], base: invited });
      else put('response', `unit-${u + 1}`, '', 'suppressed', {});
    });
  }
  if (n < min) return rows;
  const burned = (p) => p.burnout >= BURNOUT_THRESHOLD;
  const countOf = (list, test) => list.filter(test).length;

  share('burnout', 'burnout', '', countOf(people, burned), n);
  for (let level = 1; level <= 5; level += 1) {
    share('burnout_level', `level-${level}`, '', countOf(people, (p) => p.burnout === level), n);
  }

  // Outcomes (bins U, N, F, -) and levers (levels 1–5 or undefined): shares of everyone, mean of
  // those who answered when they reach the minimum.
  const distribution = (section, id, group, value) => {
    const values = people.map(value);
    for (const [name, test] of Object.entries(group)) share(section, id, name, countOf(values, test), n);
    const answered = values.filter((v) => v !== undefined);
    const points = answered.map((v) => (typeof v === 'number' ? v : { U: 1, N: 2, F: 3 }[v]));
    if (answered.length >= min) {
      put(section, id, '', 'mean', { value: points.reduce((a, b) => a + b, 0) / answered.length, base: answered.length });
    } else {
      put(section, id, 'mean', 'suppressed', {});
    }
    return points;
  };
  OUTCOMES.forEach((o, i) => distribution('outcome', o.id, {
    favourable: (v) => v === 'F',
    neutral: (v) => v === 'N',
    unfavourable: (v) => v === 'U',
    not_answered: (v) => v === undefined,
  }, (p) => (p.outcomes[i] === '-' ? undefined : p.outcomes[i])));
  const means = LEVERS.map((l, v) => {
    const points = distribution('lever', l.id, {
      favourable: (x) => x >= 4,
      neutral: (x) => x === 3,
      unfavourable: (x) => x <= 2,
      not_answered: (x) => x === undefined,
    }, (p) => p.levers[v]);
    return points.length >= min ? points.reduce((a, b) => a + b, 0) / points.length : undefined;
  });

  // The organization's own statements (bins U, N, F; undefined = not answered), as outcomes
  // are, but all of a statement's rows withheld when fewer than the minimum answered it.
  const statements = people[0]?.statements?.length ?? 0;
  const statementShown = [...Array(statements).keys()].map((s) => {
    const id = `statement-${s + 1}`;
    const answered = countOf(people, (p) => p.statements[s] !== undefined);
    if (answered < min) {
      put('statement', id, '', 'suppressed', {});
      return false;
    }
    distribution('statement', id, {
      favourable: (v) => v === 'F',
      neutral: (v) => v === 'N',
      unfavourable: (v) => v === 'U',
      not_answered: (v) => v === undefined,
    }, (p) => p.statements[s]);
    return true;
  });

  // Drivers: burnout among those who rate the lever 1–2 against those who rate it 4–5, and among
  // those who rate a statement unfavourable against favourable; ranked together, levers before
  // statements on equal terms.
  const drivers = LEVERS.map((l, v) => {
    const low = people.filter((p) => p.levers[v] !== undefined && p.levers[v] <= 2);
    const high = people.filter((p) => p.levers[v] >= 4);
    const [c1, c2] = [countOf(low, burned), countOf(high, burned)];
    const shown = low.length >= min && high.length >= min;
    return { v, id: l.id, low, high, c1, c2, difference: shown ? newcombe(c1, low.length, c2, high.length) : undefined };
  });
  for (let s = 0; s < statements; s += 1) {
    const low = people.filter((p) => p.statements[s] === 'U');
    const high = people.filter((p) => p.statements[s] === 'F');
    const [c1, c2] = [countOf(low, burned), countOf(high, burned)];
    const shown = statementShown[s] && low.length >= min && high.length >= min;
    drivers.push({ v: LEVERS.length + s, id: `statement-${s + 1}`, low, high, c1, c2, difference: shown ? newcombe(c1, low.length, c2, high.length) : undefined });
  }
  drivers.sort((a, b) => {
    if (a.difference && b.difference) return b.difference[0] - a.difference[0] || a.v - b.v;
    if (a.difference || b.difference) return a.difference ? -1 : 1;
    return a.v - b.v;
  });
  drivers.forEach((d, rank) => {
    put('driver', d.id, '', 'rank', { value: rank + 1 });
    if (d.difference) {
      share('driver', d.id, 'rates_unfavourable', d.c1, d.low.length);
      share('driver', d.id, 'rates_favourable', d.c2, d.high.length);
      const [value, lower, upper] = d.difference;
      put('driver', d.id, '', 'difference', { value, lower, upper });
    } else {
      put('driver', d.id, '', 'suppressed', {});
    }
  });

  const priorities = [...Array(PRIORITY_OPTIONS).keys()].map((index) => ({
    index,
    count: countOf(people, (p) => p.priorities.includes(index)),
  }));
  priorities.sort((a, b) => b.count - a.count || a.index - b.index);
  priorities.forEach((p, rank) => {
    put('priority', `priority-${p.index + 1}`, '', 'rank', { value: rank + 1 });
    share('priority', `priority-${p.index + 1}`, '', p.count, n);
  });

  breakdown(people, 'unit', units, (p) => p.unit, { min, statementShown }, put, share);
  breakdown(people, 'role', ROLES, (p) => p.role, { min, statementShown }, put, share);

  heatmap(people, units, { min, statementShown }, put, share);

  const weakest = means
    .map((mean, v) => ({ mean, v }))
    .filter((w) => w.mean !== undefined)
    .sort((a, b) => a.mean - b.mean || a.v - b.v)
    .slice(0, WEAKEST);
  weakest.forEach((w, rank) => {
    const { id } = LEVERS[w.v];
    put('weakest', id, '', 'rank', { value: rank + 1 });
    put('weakest', id, '', 'mean', { value: w.mean, base: countOf(people, (p) => p.levers[w.v] !== undefined) });
  });
  return rows;
}

/**
 * The cells of a breakdown: index 0 is "not answered", index i the group i − 1. Each cell's
 * columns are the levers and then the organization's own statements, each with how many in the
 * cell answered it and how many of them favourably.
 */
export function breakdownCells(people, groups, groupOf) {
  const statements = people[0]?.statements?.length ?? 0;
  return [...Array(groups + 1).keys()].map((cell) => {
    const members = people.filter((p) => (groupOf(p) === undefined ? 0 : groupOf(p) + 1) === cell);
    const column = (value, favourable) => {
      const answered = members.filter((p) => value(p) !== undefined);
      return { answered: answered.length, favourable: answered.filter((p) => favourable(value(p))).length };
    };
    return {
      members,
      n: members.length,
      burned: members.filter((p) => p.burnout >= BURNOUT_THRESHOLD).length,
      levers: LEVERS.map((_, v) => column((p) => p.levers[v], (x) => x >= 4)),
      statements: [...Array(statements).keys()].map((s) => column((p) => p.statements[s], (x) => x === 'F')),
    };
  });
}

/**
 * A breakdown's columns: each lever by its id, then each statement as `statement-k`, with each
 * cell's counts and whether the report withholds the whole column (a statement fewer than the
 * minimum answered).
 */
function columnsOf(cells, statementShown) {
  return [
    ...LEVERS.map((lever, v) => ({ id: lever.id, of: (c) => c.levers[v], withheld: false })),
    ...statementShown.map((shown, s) => ({ id: `statement-${s + 1}`, of: (c) => c.statements[s], withheld: !shown })),
  ];
}

/**
 * Each column suppressed as a table of its own: hidden rows forced hidden, and every cell of a
 * withheld statement. Returns, per column, which cells are shown.
 */
function shownColumns(cells, columns, shown, min) {
  return columns.map((column) => shownGroups(
    cells.map((c) => column.of(c).answered),
    shown.map((s) => !s || column.withheld),
    min,
  ));
}

function breakdown(people, section, groups, groupOf, { min, statementShown }, put, share) {
  if (!groups) return;
  const cells = breakdownCells(people, groups, groupOf);
  const shown = shownGroups(cells.map((c) => c.n), cells.map(() => false), min);
  const columns = columnsOf(cells, statementShown);
  const visible = shownColumns(cells, columns, shown, min);
  cells.forEach((cell, i) => {
    const item = `${section}-${i}`;
    if (!shown[i]) {
      put(section, item, '', 'suppressed', {});
      return;
    }
    put(section, item, '', 'count', { value: cell.n });
    share(section, item, 'burnout', cell.burned, cell.n);
    columns.forEach((column, k) => {
      const { answered, favourable } = column.of(cell);
      if (visible[k][i] && answered >= min) share(section, item, column.id, favourable, answered);
      else put(section, item, column.id, 'suppressed', {});
    });
  });
}

/**
 * The `heatmap` rows (docs/scoring.md, "Heatmap"): the whole organization, measured as a unit is
 * (burnout of everyone; each lever favourable among those who answered it), then every unit cell
 * as the unit breakdown shows or hides it, with one `suppressed` row per hidden cell.
 */
function heatmap(people, units, { min, statementShown }, put, share) {
  if (!units) return;
  const cells = breakdownCells(people, units, (p) => p.unit);
  const whole = breakdownCells(people, 0, () => undefined)[0];
  const columns = columnsOf(cells, statementShown);
  put('heatmap', 'all', '', 'count', { value: whole.n });
  share('heatmap', 'all', 'burnout', whole.burned, whole.n);
  columns.forEach((column) => {
    const { answered, favourable } = column.of(whole);
    if (!column.withheld && answered >= min) share('heatmap', 'all', column.id, favourable, answered);
    else put('heatmap', 'all', column.id, 'suppressed', {});
  });
  const shown = shownGroups(cells.map((c) => c.n), cells.map(() => false), min);
  const visible = shownColumns(cells, columns, shown, min);
  cells.forEach((cell, i) => {
    const item = `unit-${i}`;
    if (!shown[i]) {
      put('heatmap', item, '', 'suppressed', {});
      put('heatmap', item, 'burnout', 'suppressed', {});
      columns.forEach((column) => put('heatmap', item, column.id, 'suppressed', {}));
      return;
    }
    put('heatmap', item, '', 'count', { value: cell.n });
    share('heatmap', item, 'burnout', cell.burned, cell.n);
    columns.forEach((column, k) => {
      const { answered, favourable } = column.of(cell);
      if (visible[k][i] && answered >= min) share('heatmap', item, column.id, favourable, answered);
      else put('heatmap', item, column.id, 'suppressed', {});
    });
  });
}

/**
 * The `change` rows of the CSV: baseline against follow-up, when both reach the minimum. Each
 * share (burnout; favourable for outcomes and levers; choosing, for priorities) in both waves and
 * its change with Newcombe's interval; each lever's change in mean level.
 */
export function expectedChangeRows(baseline, followUp, { min }) {
  const rows = new Map();
  const put = (item, group, measure, fields) => {
    rows.set(`change|${item}|${group}|${measure}`, { value: '', lower: '', upper: '', count: '', base: '', ...fields });
  };
  put('responses', 'baseline', 'count', { value: baseline.length });
  put('responses', 'follow_up', 'count', { value: followUp.length });
  if (baseline.length < min || followUp.length < min) {
    put('all', '', 'suppressed', {});
    return rows;
  }
  const change = (item, test) => {
    for (const [group, people] of [['baseline', baseline], ['follow_up', followUp]]) {
      const count = people.filter(test).length;
      const [lower, upper] = wilson(count, people.length);
      put(item, group, 'share', { value: count / people.length, lower, upper, count, base: people.length });
    }
    const [value, lower, upper] = newcombe(
      followUp.filter(test).length, followUp.length,
      baseline.filter(test).length, baseline.length,
    );
    put(item, '', 'difference', { value, lower, upper });
  };
  change('burnout', (p) => p.burnout >= BURNOUT_THRESHOLD);
  OUTCOMES.forEach((o, i) => change(o.id, (p) => p.outcomes[i] === 'F'));
  LEVERS.forEach((l, v) => {
    change(l.id, (p) => p.levers[v] >= 4);
    // A mean as [sum, count]; the change of two means is one fraction divided once.
    const mean = (people) => {
      const levels = people.map((p) => p.levers[v]).filter((x) => x !== undefined);
      return levels.length >= min ? [levels.reduce((a, b) => a + b, 0), levels.length] : undefined;
    };
    const [before, after] = [mean(baseline), mean(followUp)];
    if (before === undefined || after === undefined) put(l.id, 'mean_difference', 'suppressed', {});
    else put(l.id, '', 'mean_difference', { value: (after[0] * before[1] - before[0] * after[1]) / (after[1] * before[1]) });
  });
  for (let index = 0; index < PRIORITY_OPTIONS; index += 1) {
    change(`priority-${index + 1}`, (p) => p.priorities.includes(index));
  }
  // The organization's own statements, compared only when each wave has at least the minimum
  // who answered it.
  const statements = followUp[0]?.statements?.length ?? 0;
  for (let s = 0; s < statements; s += 1) {
    const answered = (people) => people.filter((p) => p.statements[s] !== undefined).length;
    if (answered(baseline) >= min && answered(followUp) >= min) change(`statement-${s + 1}`, (p) => p.statements[s] === 'F');
    else put(`statement-${s + 1}`, '', 'suppressed', {});
  }
  return rows;
}

/** RFC 4180 records of `text` (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else {
      field += c;
    }
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** The national figures about everyone they surveyed that the report shows as context
 * (docs/scoring.md, "Published figures"): share and year. */
export const PUBLISHED = [
  { share: 0.432, year: 2024 },
  { share: 0.452, year: 2023 },
];

/**
 * The key findings paragraph in English, written from the reference rows by the rules of
 * docs/scoring.md ("Key findings"): the burnout share with its interval; above or below the
 * published figures only when the whole interval is; the levers (at most two, in the drivers'
 * rank) whose groups' intervals do not overlap and whose difference's interval lies above zero;
 * the three most chosen priorities chosen by anyone; the response rate when `invited` is given.
 * `leverName(id)` and `priorityName(index)` give the names the page uses.
 */
export function expectedFindings(expected, { invited, leverName, priorityName }) {
  const pct = (x) => `${Math.sign(x) * Math.round(Math.abs(x) * 100)}%`;
  const listed = (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
  const n = expected.get('count|responses||count').value;
  const b = expected.get('burnout|burnout||share');
  const sentences = [`${pct(b.value)} of the ${n} respondents describe burnout (95% interval ${pct(b.lower)} to ${pct(b.upper)}).`];
  const position = PUBLISHED.every((p) => b.lower > p.share) ? 'higher than'
    : PUBLISHED.every((p) => b.upper < p.share) ? 'lower than' : 'not clearly different from';
  sentences.push(`That is ${position} the national figures of ${listed(PUBLISHED.map((p) => `${pct(p.share)} (${p.year})`))}, which were measured with other questions and are context, not a benchmark.`);
  const ranked = LEVERS.map(({ id }) => ({ id, rank: expected.get(`driver|${id}||rank`).value }))
    .sort((a, b) => a.rank - b.rank);
  const clear = ranked.filter(({ id }) => {
    const difference = expected.get(`driver|${id}||difference`);
    const unfavourable = expected.get(`driver|${id}|rates_unfavourable|share`);
    const favourable = expected.get(`driver|${id}|rates_favourable|share`);
    return difference && difference.lower > 0 && unfavourable.lower > favourable.upper;
  }).slice(0, 2).map(({ id }) => leverName(id));
  sentences.push(clear.length === 0
    ? 'No area of work shows a difference in burnout that these responses clearly support.'
    : `Burnout here is most clearly associated with the ${clear.length === 1 ? 'area' : 'areas'} ${listed(clear)}: it is more common among those who rate ${clear.length === 1 ? 'it' : 'them'} unfavourably than among those who rate ${clear.length === 1 ? 'it' : 'them'} favourably. This is an association, not proof of cause.`);
  const chosen = [...Array(PRIORITY_OPTIONS).keys()]
    .map((index) => ({ index, ...expected.get(`priority|priority-${index + 1}||share`), rank: expected.get(`priority|priority-${index + 1}||rank`).value }))
    .sort((a, b) => a.rank - b.rank)
    .filter((p) => p.count > 0)
    .slice(0, 3);
  if (chosen.length > 0) {
    sentences.push(`The changes staff chose most often: ${listed(chosen.map((p) => `${priorityName(p.index)} (${pct(p.value)})`))}.`);
  }
  if (invited) sentences.push(`${n} responses from ${invited} staff invited: a response rate of ${pct(n / invited)}.`);
  return sentences.join(' ');
}

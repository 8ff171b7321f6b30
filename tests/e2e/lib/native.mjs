// What the end-to-end suites of every engine share that needs no browser: the project's own
// native decoder and generator of codes, a PDF's page count, and what "nothing stored" looks like.
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Decodes codes with the project's own native decoder (examples/decode.rs), independent of the
 * browser that made them. One line per code: "burnout=… outcomes=… levers=… …".
 */
export function decodeCodes(surveyId, units, asksRole, codes, { deniability, statements = [] } = {}) {
  const option = deniability ? [`--deniability=${deniability}`] : [];
  // Each statement as `{ en, es }`, its wordings as the link holds them.
  for (const { en = '', es = '' } of statements) option.push(`--statement=${en}|${es}`);
  const out = execFileSync(
    'cargo',
    ['run', '--quiet', '--locked', '--example', 'decode', '--', ...option, surveyId, String(units), asksRole ? '1' : '0', ...codes],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return out.trim().split('\n');
}

/**
 * Plausible made-up codes for a survey with three units and the role asked, from the native
 * generator (examples/make_codes.rs); with `deniability` (3 or 2), randomized as a browser would.
 */
export function madeCodes(surveyId, count, seed, { deniability, statements = [] } = {}) {
  const option = deniability ? [`--deniability=${deniability}`] : [];
  for (const { en = '', es = '' } of statements) option.push(`--statement=${en}|${es}`);
  const out = execFileSync(
    'cargo',
    ['run', '--quiet', '--locked', '--example', 'make_codes', '--', ...option, surveyId, '3', '1', String(count), String(seed)],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return out.trim().split('\n');
}

/**
 * The slip codes `key` (as the summary link's `pk` writes it) makes for serials 0 to count − 1,
 * from the project's own native code (examples/slips.rs), independent of the browser.
 */
export function slipCodes(key, count) {
  const out = execFileSync('cargo', ['run', '--quiet', '--locked', '--example', 'slips', '--', key, String(count)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return out.trim().split('\n');
}

/**
 * The readable query of each survey link, readable or compact (`#/C/…`), as the survey page reads
 * it, from the project's own native code (examples/link.rs): `error: …` for a link it refuses.
 */
export function linkQueries(links) {
  const out = execFileSync('cargo', ['run', '--quiet', '--locked', '--example', 'link', '--', ...links], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return out.trim().split('\n');
}

/**
 * What zbarimg reads in each region of a PDF rasterized at `dpi` (poppler's pdftoppm), one entry
 * per region: its text, or null when no code was read. A region is { page (from 1), x, y, width,
 * height } in millimetres from the page's top left corner. Each region is read on its own, as a
 * phone would read one slip: zbarimg reading a whole page of codes at once misses some.
 */
export function qrCodesIn(pdfPath, regions, { dpi = 100 } = {}) {
  const px = (mm) => Math.round((mm / 25.4) * dpi);
  return regions.map(({ page, x, y, width, height }) => {
    const png = execFileSync(
      'pdftoppm',
      ['-r', String(dpi), '-png', '-f', String(page), '-l', String(page), '-x', String(px(x)), '-y', String(px(y)), '-W', String(px(width)), '-H', String(px(height)), '-singlefile', pdfPath],
      { maxBuffer: 1 << 26 },
    );
    try {
      const read = execFileSync('zbarimg', ['--raw', '--quiet', '-'], { input: png, encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'] }).trim();
      return read || null;
    } catch {
      return null;
    }
  });
}

/** The size of a PDF's first page in points, as pdfinfo reads it. */
export const pageSizeOf = (pdf) => {
  const [, width, height] = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8'));
  return [Number(width), Number(height)];
};

/** How many pages a PDF has, as poppler's pdfinfo reads it (any engine's PDF, compressed or not). */
export const pagesOf = (pdf) => Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8'))[1]);


/**
 * Run in a page (Playwright's `evaluate`, WebDriver's `executeScript`): everything the page's
 * origin keeps in any browser storage.
 */
export async function storedInPage() {
  const dump = (s) => Object.fromEntries(Object.keys(s).map((k) => [k, s.getItem(k)]));
  const databases = indexedDB.databases ? await indexedDB.databases() : [];
  const caches = window.caches ? await window.caches.keys() : [];
  return {
    session: dump(sessionStorage),
    local: dump(localStorage),
    indexedDB: databases.map((d) => d.name),
    caches,
    cookie: document.cookie,
  };
}

/** What `storedInPage` finds when the page keeps nothing. */
export const NOTHING_STORED = { session: {}, local: {}, indexedDB: [], caches: [], cookie: '' };

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
export function decodeCodes(surveyId, units, asksRole, codes, { deniability } = {}) {
  const option = deniability ? [`--deniability=${deniability}`] : [];
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
export function madeCodes(surveyId, count, seed, { deniability } = {}) {
  const option = deniability ? [`--deniability=${deniability}`] : [];
  const out = execFileSync(
    'cargo',
    ['run', '--quiet', '--locked', '--example', 'make_codes', '--', ...option, surveyId, '3', '1', String(count), String(seed)],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return out.trim().split('\n');
}

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

// Trunk post-build hook: Trunk inlines a small loader <script type="module"> into index.html.
// A strict policy refuses inline scripts unless their hash is listed, so we hash every inline
// script of the built page and write the hashes where index.html says CANDOR_INLINE_SCRIPT_HASHES.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const PLACEHOLDER = 'CANDOR_INLINE_SCRIPT_HASHES';
const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error('csp-hash: no TRUNK_STAGING_DIR and no directory given');
  process.exit(2);
}
const file = join(dir, 'index.html');
const html = await readFile(file, 'utf8');
if (!html.includes(PLACEHOLDER)) {
  console.error(`csp-hash: ${file} has no ${PLACEHOLDER} to fill in`);
  process.exit(2);
}
const hashes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
  .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
await writeFile(file, html.replaceAll(PLACEHOLDER, hashes.join(' ')));
console.log(`csp-hash: ${hashes.length} inline script(s) allowed by hash`);

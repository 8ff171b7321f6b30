// Trunk post-build hook, run on the staging folder before it becomes dist/:
// 1. Minifies the JavaScript glue wasm-bindgen writes (Trunk leaves it as is): about 1.7 KB
//    gzipped off every first visit.
// 2. Rewrites the Subresource Integrity hash of each file it changed, so the browser still checks
//    the files it loads.
// 3. A strict policy refuses inline scripts unless their hash is listed, so it hashes every inline
//    script of the page (Trunk's loader) and writes the hashes where index.html says
//    CANDOR_INLINE_SCRIPT_HASHES.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';

const PLACEHOLDER = 'CANDOR_INLINE_SCRIPT_HASHES';
const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error('post-build: no TRUNK_STAGING_DIR and no directory given');
  process.exit(2);
}
const page = join(dir, 'index.html');
let html = await readFile(page, 'utf8');
if (!html.includes(PLACEHOLDER)) {
  console.error(`post-build: ${page} has no ${PLACEHOLDER} to fill in`);
  process.exit(2);
}
const digest = (algorithm, text) => createHash(algorithm).update(text, 'utf8').digest('base64');

for (const name of (await readdir(dir)).filter((f) => f.endsWith('.js'))) {
  const file = join(dir, name);
  const before = await readFile(file, 'utf8');
  const { code } = await transform(before, { minify: true, format: 'esm', target: 'es2020' });
  await writeFile(file, code);
  const [old, now] = [digest('sha384', before), digest('sha384', code)];
  if (!html.includes(`sha384-${old}`)) {
    console.error(`post-build: no integrity attribute for ${name} in ${page}`);
    process.exit(2);
  }
  html = html.replaceAll(`sha384-${old}`, `sha384-${now}`);
  console.log(`post-build: minified ${name} (${before.length} → ${code.length} bytes)`);
}

const hashes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
  .map(([, body]) => `'sha256-${digest('sha256', body)}'`);
await writeFile(page, html.replaceAll(PLACEHOLDER, hashes.join(' ')));
console.log(`post-build: ${hashes.length} inline script(s) allowed by hash`);

// Trunk post-build hook, run on the staging folder before it becomes dist/:
// 1. Gives the functions the wasm imports from its JavaScript glue short names, in both files.
//    wasm-bindgen names each `__wbg_<method>_<16 hex digits>`: random digits gzip cannot shrink,
//    written twice (the wasm's import and the glue's function), about 3.9 KB gzipped on the
//    organizer's page. A name is renamed only where the glue has it exactly once.
// 2. Minifies the JavaScript glue wasm-bindgen writes (Trunk leaves it as is): about 1.7 KB
//    gzipped off every first visit.
// 3. Rewrites the Subresource Integrity hash of each file it changed, so the browser still checks
//    the files it loads.
// 4. Puts the page's stylesheets and its JavaScript glue into the page itself, so that a first
//    visit asks the server for two files (the page and its WebAssembly) instead of five or six.
//    On a phone every further file waits for a connection and a round trip: on Lighthouse's
//    mobile network this brings the survey link's time to interactive from about 1.45 s to about
//    1.15 s. The glue fetches the wasm with the Subresource Integrity hash Trunk wrote for it.
// 5. A strict policy refuses inline scripts and styles unless their hash is listed, so it hashes
//    every inline script and style of the page and writes the hashes where index.html says
//    CANDOR_INLINE_SCRIPT_HASHES and CANDOR_INLINE_STYLE_HASHES.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';

const PLACEHOLDER = 'CANDOR_INLINE_SCRIPT_HASHES';
const STYLE_PLACEHOLDER = 'CANDOR_INLINE_STYLE_HASHES';
const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error('post-build: no TRUNK_STAGING_DIR and no directory given');
  process.exit(2);
}
const page = join(dir, 'index.html');
let html = await readFile(page, 'utf8');
for (const placeholder of [PLACEHOLDER, STYLE_PLACEHOLDER]) {
  if (!html.includes(placeholder)) {
    console.error(`post-build: ${page} has no ${placeholder} to fill in`);
    process.exit(2);
  }
}
const fail = (problem) => {
  console.error(`post-build: ${page}: ${problem}`);
  process.exit(2);
};
const digest = (algorithm, data) => createHash(algorithm).update(data).digest('base64');
const replaceIntegrity = (name, before, after) => {
  const [old, now] = [digest('sha384', before), digest('sha384', after)];
  if (!html.includes(`sha384-${old}`)) {
    console.error(`post-build: no integrity attribute for ${name} in ${page}`);
    process.exit(2);
  }
  html = html.replaceAll(`sha384-${old}`, `sha384-${now}`);
};

// A name as it stands alone in JavaScript (not part of a longer identifier).
const identifier = (name) =>
  new RegExp(`(?<![\\w$])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w$])`, 'g');

// Reads an unsigned LEB128 number at `at`: [value, next offset].
const leb = (bytes, at) => {
  let [value, shift] = [0, 0];
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
};
const toLeb = (value) => {
  const out = [];
  do {
    const low = value % 128;
    value = Math.floor(value / 128);
    out.push(value ? low | 0x80 : low);
  } while (value);
  return Buffer.from(out);
};
const utf8 = (text) => Buffer.concat([toLeb(Buffer.byteLength(text)), Buffer.from(text)]);
// `a`, `b`, …, `Z`, `ba`, …: the shortest names, in order.
const shortName = (index) => {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  do {
    name = letters[index % letters.length] + name;
    index = Math.floor(index / letters.length);
  } while (index);
  return name;
};

// Renames the imports of `wasm` from its glue `glue` (module `./…_bg.js`) that the glue names
// exactly once: [new wasm, new glue]. Every other byte of the module is kept as it is.
const renameImports = (wasm, glue) => {
  const sections = [wasm.subarray(0, 8)];
  let at = 8;
  let renamed = 0;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = leb(wasm, at + 1);
    const end = start + size;
    if (id !== 2) {
      sections.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    let [count, p] = leb(wasm, start);
    const body = [toLeb(count)];
    const text = () => {
      const [length, from] = leb(wasm, p);
      p = from + length;
      return wasm.subarray(from, p).toString();
    };
    for (; count > 0; count--) {
      const module = text();
      const field = text();
      // The import's description, copied as it is: function, table, memory, global or tag.
      const from = p;
      const kind = wasm[p++];
      const limits = () => {
        let flags;
        [flags, p] = leb(wasm, p);
        [, p] = leb(wasm, p);
        if (flags & 1) [, p] = leb(wasm, p);
      };
      if (kind === 0) [, p] = leb(wasm, p);
      else if (kind === 1) {
        p++;
        limits();
      } else if (kind === 2) limits();
      else if (kind === 3) p += 2;
      else if (kind === 4) [, p] = leb(wasm, p + 1);
      else {
        console.error(`post-build: unknown import kind ${kind}`);
        process.exit(2);
      }
      let name = field;
      if (module.endsWith('_bg.js') && (glue.match(identifier(field)) || []).length === 1) {
        name = shortName(renamed++);
        glue = glue.replace(identifier(field), name);
      }
      body.push(utf8(module), utf8(name), wasm.subarray(from, p));
    }
    const section = Buffer.concat(body);
    sections.push(Buffer.from([2]), toLeb(section.length), section);
    at = end;
  }
  return [Buffer.concat(sections), glue, renamed];
};

const glues = new Map();
for (const name of (await readdir(dir)).filter((f) => f.endsWith('_bg.wasm'))) {
  const glueName = name.replace(/_bg\.wasm$/, '.js');
  const [wasmFile, glueFile] = [join(dir, name), join(dir, glueName)];
  const wasm = await readFile(wasmFile);
  const [renamedWasm, glue, renamed] = renameImports(wasm, await readFile(glueFile, 'utf8'));
  await writeFile(wasmFile, renamedWasm);
  replaceIntegrity(name, wasm, renamedWasm);
  glues.set(glueName, glue);
  console.log(`post-build: ${renamed} imports of ${name} renamed`);
}

for (const name of (await readdir(dir)).filter((f) => f.endsWith('.js'))) {
  const file = join(dir, name);
  const before = await readFile(file, 'utf8');
  const { code } = await transform(glues.get(name) ?? before, {
    minify: true,
    format: 'esm',
    target: 'es2020',
  });
  await writeFile(file, code);
  replaceIntegrity(name, before, code);
  console.log(`post-build: minified ${name} (${before.length} → ${code.length} bytes)`);
}

// The value of attribute `name` in the tag `tag`, quoted or not (Trunk minifies release pages).
const attribute = (tag, name) => {
  const found = tag.match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`));
  return found && (found[1] ?? found[2] ?? found[3]);
};
const fileOf = (href) => href.replace(/^\.\//, '');
const tags = (kind) => [...html.matchAll(/<link\b[^>]*>/gi)]
  .map(([tag]) => tag)
  .filter((tag) => attribute(tag, 'rel') === kind);

// The stylesheets, in their order, as one <style> where the first of them stood.
const sheets = tags('stylesheet');
if (sheets.length === 0) fail('no stylesheet to put in the page');
const css = [];
for (const tag of sheets) {
  const name = fileOf(attribute(tag, 'href'));
  css.push(await readFile(join(dir, name), 'utf8'));
  await rm(join(dir, name));
}
html = html.replace(sheets[0], () => `<style>${css.join('\n')}</style>`);
for (const tag of sheets.slice(1)) html = html.replace(tag, '');

// Trunk's loader imports the glue and hands it the wasm's address; the page now holds the glue,
// which fetches the wasm pinned by its integrity hash.
const loader = html.match(/<script type="?module"?>([\s\S]*?)<\/script>/);
const glueName = loader?.[1].match(/from\s*['"]\.\/([^'"]+\.js)['"]/)?.[1];
if (!glueName) fail("no loader script importing the glue");
const wasmTag = tags('preload').find((tag) => attribute(tag, 'href')?.endsWith('_bg.wasm'));
if (!wasmTag) fail('no preload of the wasm');
let glue = await readFile(join(dir, glueName), 'utf8');
const exported = glue.match(/export\s*\{([^}]*)\}\s*;?\s*$/);
const init = exported?.[1].split(',').map((part) => part.trim().split(/\s+as\s+/))
  .find(([, as]) => as === 'default')?.[0];
if (!init) fail(`no default export in ${glueName}`);
glue = glue.slice(0, exported.index);
if (/<\/script/i.test(glue)) fail(`${glueName} would end the script it is put in`);
const wasmFetch = `fetch(${JSON.stringify(attribute(wasmTag, 'href'))},{integrity:${JSON.stringify(attribute(wasmTag, 'integrity'))}})`;
html = html.replace(loader[0], () => `<script type=module>${glue};await ${init}({module_or_path:${wasmFetch}});</script>`);
for (const tag of tags('modulepreload')) html = html.replace(tag, '');
await rm(join(dir, glueName));
console.log(`post-build: ${sheets.length} stylesheet(s) and ${glueName} put in the page`);

const hashesOf = (element) => [...html.matchAll(new RegExp(`<${element}\\b(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)<\\/${element}>`, 'gi'))]
  .map(([, body]) => `'sha256-${digest('sha256', body)}'`);
const [scripts, styles] = [hashesOf('script'), hashesOf('style')];
await writeFile(page, html.replaceAll(PLACEHOLDER, scripts.join(' ')).replaceAll(STYLE_PLACEHOLDER, styles.join(' ')));
console.log(`post-build: ${scripts.length} inline script(s) and ${styles.length} style(s) allowed by hash`);

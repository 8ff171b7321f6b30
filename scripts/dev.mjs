// The development loop behind scripts/dev: builds the four pages with scripts/build-pages, as
// tools.sh's build_release does (debug unless RELEASE=1), serves dist/ with scripts/serve.mjs, and
// rebuilds whenever a file under src/, static/ or one of the four index.html files changes. Builds never overlap:
// changes made during a build start one more build after it.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { startServer } from './serve.mjs';

const port = Number(process.argv[2] || 8080);
const release = process.env.RELEASE === '1' ? ['--release'] : [];

function buildPages() {
  return new Promise((resolve) => {
    const child = spawn('bash', ['scripts/build-pages', ...release], { stdio: 'inherit' });
    child.on('close', (code) => resolve(code === 0));
  });
}

async function build() {
  const started = Date.now();
  const ok = await buildPages();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(ok ? `built in ${seconds} s; reload the tab` : `build failed after ${seconds} s; fix and save again`);
}

let building = false;
let again = false;
async function rebuild() {
  if (building) {
    again = true;
    return;
  }
  building = true;
  do {
    again = false;
    await build();
  } while (again);
  building = false;
}

await rebuild();
const { url } = await startServer('dist', port);
console.log(`Development build served on ${url}/ (respondents), ${url}/organizer/#/summary and ${url}/organizer/setup/ (organizers).`);
console.log('Watching src/, static/ and the four index.html. Ctrl+C stops.');
let timer;
for (const [path, options] of [
  ['src', { recursive: true }],
  ['static', { recursive: true }],
  ['index.html', {}],
  ['organizer/index.html', {}],
  ['organizer/setup/index.html', {}],
  ['organizer/print/index.html', {}],
]) {
  watch(path, options, () => {
    // Editors write a file in several steps; wait for them to settle.
    clearTimeout(timer);
    timer = setTimeout(rebuild, 300);
  });
}

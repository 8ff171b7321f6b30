// scripts/verify.mjs against the release build: a copy served over HTTP matches dist/ file for
// file; a copy with one byte changed, or a file missing, is reported by name with exit status 1;
// every page's footer shows the build fingerprint the script prints.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import { ROOT, launch, open } from './lib/harness.mjs';

const DIST = join(ROOT, 'dist');
// Asynchronous: the server below runs in this process and must keep answering while it waits.
const verify = (...args) =>
  new Promise((done) => {
    execFile(process.execPath, [join(ROOT, 'scripts/verify.mjs'), ...args], (error, stdout, stderr) => {
      done({ status: error ? error.code : 0, stdout, stderr });
    });
  });

let copy;
before(async () => {
  copy = await mkdtemp(join(tmpdir(), 'candor-verify-'));
  await cp(DIST, copy, { recursive: true });
});
after(async () => {
  await rm(copy, { recursive: true, force: true });
});

test('the served site matches dist/ byte for byte, with the same fingerprint', async () => {
  const server = await startServer(copy);
  try {
    const run = await verify(`${server.url}/`);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const prints = [...run.stdout.matchAll(/^fingerprint ([0-9a-f]{12})$/gm)].map((m) => m[1]);
    assert.equal(prints.length, 2);
    assert.equal(prints[0], prints[1]);
    assert.match(run.stdout, /^MATCH: all \d+ files are byte for byte the same/m);
    // Every page of the site is in the listing.
    for (const page of ['index.html', 'organizer/index.html', 'organizer/setup/index.html', 'organizer/print/index.html']) {
      assert.match(run.stdout, new RegExp(`^[0-9a-f]{64}  ${page.replace(/\//g, '\\/')}$`, 'm'));
    }
  } finally {
    await server.close();
  }
});

test('one changed byte or one missing file is named, and the verdict is DIFFER', async () => {
  await appendFile(join(copy, 'organizer/index.html'), ' ');
  await rm(join(copy, 'organizer/setup/index.html'));
  const run = await verify(copy);
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stdout, /^DIFFER: 2 of \d+ files are not the same:$/m);
  assert.match(run.stdout, /^ {2}organizer\/index\.html \(different bytes\)$/m);
  assert.match(run.stdout, /^ {2}organizer\/setup\/index\.html \(missing from the second\)$/m);
  assert.equal((await verify('/nonexistent-folder')).status, 2);
});

test("every page's footer shows the version and the build fingerprint the script prints", async () => {
  const run = await verify();
  assert.equal(run.status, 0, run.stderr);
  const build = run.stdout.match(/^build fingerprint ([0-9a-f]{12}) /m)?.[1];
  assert.ok(build, run.stdout);
  const env = await launch();
  try {
    for (const page of ['#/', 'organizer/#/summary', 'organizer/setup/#/', 'organizer/print/#/staff']) {
      const { page: tab, context } = await open(env, page);
      const footer = tab.locator('.site-footer [data-build]');
      assert.equal(await footer.getAttribute('data-build'), build, page);
      assert.match(await footer.innerText(), new RegExp(`^Candor \\d+\\.\\d+\\.\\d+, build ${build}\\. .*docs/verify\\.md`), page);
      await context.close();
    }
  } finally {
    await env.close();
  }
});

// Lists the SHA-256 of every file of a built site, in a stable order, and compares two copies:
// the dist/ built here from the source, and a deployed copy — another folder, or a site on the
// web whose files this script fetches (the script, never the app, does the fetching). Prints one
// line per file and a fingerprint of the whole list, and says whether the copies match.
//
//   node scripts/verify.mjs                 lists dist/
//   node scripts/verify.mjs FOLDER          compares dist/ with FOLDER
//   node scripts/verify.mjs https://HOST/P/ compares dist/ with the files served there
//   node scripts/verify.mjs A B             compares folder A with folder B (or URL B)
//   node scripts/verify.mjs --stamp FOLDER  writes FOLDER's build fingerprint into its pages
//
// Two fingerprints: the site's, over every file, and the build's, over every file but the pages
// (the scripts, WebAssembly and stylesheets that the pages pin with Subresource Integrity). A page
// cannot hold a hash of itself, so the build fingerprint is the one each page's footer shows,
// written into the pages' `<meta name="candor-build">` after a release build (`--stamp`).
//
// Exit status: 0 when the copies match (or when only listing), 1 when they differ, 2 on a usage
// or reading error. docs/verify.md explains the steps for hospital IT. Standard library only.
import { createHash } from 'node:crypto';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** Every file under `folder`, as POSIX paths relative to it, sorted by their UTF-8 bytes. */
async function files(folder) {
  const found = [];
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) found.push(relative(folder, path).split(sep).join('/'));
    }
  };
  await walk(folder);
  return found.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

/** `[path, sha256]` for every file of a folder. */
async function listFolder(folder) {
  const out = [];
  for (const path of await files(folder)) out.push([path, sha256(await readFile(join(folder, path)))]);
  return out;
}

/** `[path, sha256]` for each of `paths` as served under `base` (missing files: `null`). */
async function listUrl(base, paths) {
  const out = [];
  for (const path of paths) {
    const url = new URL(path, base.endsWith('/') ? base : `${base}/`);
    const response = await fetch(url, { redirect: 'follow', cache: 'no-store' });
    out.push([path, response.ok ? sha256(Buffer.from(await response.arrayBuffer())) : null]);
  }
  return out;
}

/** The listing as printed: `sha256  path` lines, the form `sha256sum -c` reads. */
const listing = (entries) => entries.map(([path, hash]) => `${hash ?? 'missing'.padEnd(64)}  ${path}\n`).join('');
/** The fingerprint of a copy: the SHA-256 of its listing, first 12 hex digits. */
const fingerprint = (entries) => sha256(listing(entries)).slice(0, 12);
/** The build fingerprint: the same over every file that is not a page (`.html`). */
const buildFingerprint = (entries) => fingerprint(entries.filter(([path]) => !path.endsWith('.html')));
// The page's build meta, as written in the source (`content="unstamped"`) or as Trunk's minifier
// leaves it (attributes unquoted and reordered).
const BUILD_META = /<meta\b[^>]*\bname="?candor-build"?[^>]*>/;

/** Writes `folder`'s build fingerprint into each of its pages' build meta. */
async function stamp(folder) {
  const entries = await listFolder(folder);
  const build = buildFingerprint(entries);
  for (const [path] of entries.filter(([p]) => p.endsWith('.html'))) {
    const file = join(folder, path);
    const html = await readFile(file, 'utf8');
    const meta = html.match(BUILD_META)?.[0];
    if (!meta || !/\bcontent="?[^"\s>]*"?/.test(meta)) {
      console.error(`${path} has no <meta name="candor-build" content="…"> to fill in`);
      return 2;
    }
    const stamped = meta.replace(/\bcontent="?[^"\s>]*"?/, `content="${build}"`);
    await writeFile(file, html.replace(meta, stamped));
  }
  console.log(`build fingerprint ${build} written into the pages of ${folder}`);
  return 0;
}

async function isFolder(path) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function main(args) {
  const isUrl = (arg) => /^https?:\/\//.test(arg);
  if (args[0] === '--stamp') {
    if (args.length !== 2 || !(await isFolder(args[1]))) {
      console.error('usage: node scripts/verify.mjs --stamp FOLDER');
      return 2;
    }
    return stamp(args[1]);
  }
  let [first, second] = args;
  if (args.length > 2 || (first && !isUrl(first) && !(await isFolder(first)))) {
    console.error('usage: node scripts/verify.mjs [FOLDER | URL] [FOLDER | URL]');
    return 2;
  }
  if (second === undefined) [first, second] = [join(ROOT, 'dist'), first];
  if (isUrl(first)) {
    console.error('the first copy must be a folder: the files are listed from it');
    return 2;
  }
  if (!(await isFolder(first))) {
    console.error(`${first} is not a folder; build it first (./scripts/run builds dist/)`);
    return 2;
  }
  const ours = await listFolder(first);
  const prints = (entries) =>
    `fingerprint ${fingerprint(entries)}\nbuild fingerprint ${buildFingerprint(entries)} (what each page's footer shows)\n`;
  process.stdout.write(`# ${first}\n${listing(ours)}${prints(ours)}`);
  if (second === undefined) return 0;
  const theirs = isUrl(second)
    ? await listUrl(second, ours.map(([path]) => path))
    : await listFolder(second);
  process.stdout.write(`\n# ${second}\n${listing(theirs)}${prints(theirs)}\n`);
  const mine = new Map(ours);
  const other = new Map(theirs);
  const differing = [...new Set([...mine.keys(), ...other.keys()])]
    .filter((path) => mine.get(path) !== other.get(path))
    .sort();
  if (differing.length === 0) {
    console.log(`MATCH: all ${ours.length} files are byte for byte the same (fingerprint ${fingerprint(ours)})`);
    return 0;
  }
  console.log(`DIFFER: ${differing.length} of ${Math.max(mine.size, other.size)} files are not the same:`);
  for (const path of differing) {
    const state = !mine.has(path) ? 'only in the second' : !other.get(path) ? 'missing from the second' : 'different bytes';
    console.log(`  ${path} (${state})`);
  }
  return 1;
}

main(process.argv.slice(2)).then(
  (status) => process.exit(status),
  (error) => {
    console.error(`verify: ${error.message}`);
    process.exit(2);
  },
);

// Lighthouse's mobile figures for the survey link and for the SurveyJS page of the same survey
// (bench/first-question.mjs explains how that page is made): Time to Interactive above all, against
// the target of 1.2 s for the survey link, with First Contentful Paint, Total Blocking Time and the
// bytes transferred beside it. Lighthouse's own mobile preset: a phone-sized screen, its CPU slowed
// 4× and a slow 4G network, both simulated from one unthrottled load. Lighthouse is bench-only,
// installed on demand at the version scripts/tools.sh pins; it drives Debian's Chromium
// (CHROMIUM_PATH, else /usr/bin/chromium). Needs the release build in dist/. Prints medians.
import { execFile, execFileSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launch, ROOT } from '../tests/e2e/lib/harness.mjs';
import { ensureSurveyJs, readCandorSurvey, surveyJsVersion, writeSurveyJsPage } from './surveyjs/page.mjs';

const RUNS = Number(process.env.RUNS || 3);
const TARGET_MS = 1200;
const LINK = '#/survey?v=1&id=K7M2Q9XT4B&t=Staff+wellbeing+2026&o=Riverside+Community+Hospital'
  + '&u=Emergency&u=Intensive+care&u=Surgery&r=1&l=en';
const SURVEYJS_DIR = join(ROOT, 'bench/out/surveyjs');
const LIGHTHOUSE = join(ROOT, 'bench/lighthouse/node_modules/.bin/lighthouse');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
};

// Lighthouse simulates the slow network from the bytes that actually crossed the wire, so the
// pages are served gzip-compressed, as static hosts serve them (and as bench/bundle.sh counts
// them); scripts/serve.mjs sends files as they are, which would charge both pages for bytes no
// real visit downloads.
async function serveCompressed(root) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url || '/').split('?')[0]);
    const file = normalize(join(base, path.endsWith('/') ? path + 'index.html' : path));
    try {
      if (file !== base && !file.startsWith(base + sep)) throw new Error('outside');
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] || '');
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-cache',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      res.end(gzip ? gzipSync(body, { level: 9 }) : body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * One Lighthouse run of `url` with its default (mobile) settings; the figures this bench prints.
 * Asynchronous on purpose: the pages are served from this very process, which must stay free to
 * answer while Lighthouse loads them.
 */
async function lighthouse(url) {
  const { stdout } = await promisify(execFile)(LIGHTHOUSE, [
    url,
    '--only-categories=performance',
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-dev-shm-usage',
  ], {
    env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
    maxBuffer: 64 << 20,
  });
  const report = JSON.parse(stdout);
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.message}`);
  const value = (id) => report.audits[id].numericValue;
  return {
    version: report.lighthouseVersion,
    formFactor: report.configSettings.formFactor,
    tti: value('interactive'),
    fcp: value('first-contentful-paint'),
    tbt: value('total-blocking-time'),
    bytes: value('total-byte-weight'),
  };
}

execFileSync('bash', ['-c', 'source scripts/tools.sh && ensure_lighthouse'], { cwd: ROOT, stdio: 'inherit' });
ensureSurveyJs();
// The SurveyJS page is made from Candor's page for the same link, as bench/first-question.mjs does.
const env = await launch();
try {
  await writeSurveyJsPage(SURVEYJS_DIR, await readCandorSurvey(env.browser, `${env.server.url}/${LINK}`));
} finally {
  await env.close();
}

const candorServer = await serveCompressed(join(ROOT, 'dist'));
const surveyJsServer = await serveCompressed(SURVEYJS_DIR);
const candor = [];
const surveyJs = [];
try {
  // Taking turns, as in bench/first-question.mjs, so that a busy machine weighs on both alike.
  for (let run = 0; run < RUNS; run++) {
    candor.push(await lighthouse(`${candorServer.url}/${LINK}`));
    surveyJs.push(await lighthouse(`${surveyJsServer.url}/`));
  }
} finally {
  await candorServer.close();
  await surveyJsServer.close();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${Math.round(x)} ms`;
const line = (name, runs) => {
  const tti = runs.map((r) => r.tti);
  return `${name}: TTI median ${ms(median(tti))} (all: ${tti.map(Math.round).join(', ')}), `
    + `FCP ${ms(median(runs.map((r) => r.fcp)))}, TBT ${ms(median(runs.map((r) => r.tbt)))}, `
    + `${Math.round(median(runs.map((r) => r.bytes)) / 1000)} kB transferred`;
};
console.log(`Lighthouse ${candor[0].version}, ${candor[0].formFactor} preset (simulated slow 4G, CPU 4x), ${RUNS} runs each, served gzip-compressed on loopback`);
console.log(line('Candor survey link', candor));
console.log(line(`SurveyJS ${surveyJsVersion()} page`, surveyJs));
const tti = median(candor.map((r) => r.tti));
console.log(`target: Candor's mobile TTI at most ${TARGET_MS} ms: ${tti <= TARGET_MS ? 'met' : 'MISSED'}`);
console.log(`ratio Candor / SurveyJS, TTI medians: ${(tti / median(surveyJs.map((r) => r.tti))).toFixed(2)}`);

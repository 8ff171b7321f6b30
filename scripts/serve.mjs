// A static file server for dist/ on loopback that remembers every request it receives.
// `scripts/run` uses it to serve the app; the end-to-end tests use it to prove that the page,
// once loaded, asks for nothing. No dependency beyond Node's standard library.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1:`port` (0 picks a free port).
 * Resolves to { url, requests, close } where `requests` is the live list of
 * { method, path, at } for every request received, in order.
 */
export async function startServer(root, port = 0) {
  const base = resolve(root);
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push({ method: req.method, path: req.url, at: Date.now() });
    const path = decodeURIComponent((req.url || '/').split('?')[0]);
    const file = normalize(join(base, path.endsWith('/') ? path + 'index.html' : path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  // Upgrade requests (WebSocket) are recorded and refused.
  server.on('upgrade', (req, socket) => {
    requests.push({ method: 'UPGRADE', path: req.url, at: Date.now() });
    socket.destroy();
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const { port: bound } = server.address();
  return {
    url: `http://127.0.0.1:${bound}`,
    requests,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

// As a command: node scripts/serve.mjs DIR [PORT]
if (import.meta.url === pathToFileURL(process.argv[1] || '').href) {
  const root = process.argv[2] || 'dist';
  const port = Number(process.argv[3] || process.env.PORT || 8080);
  const { url } = await startServer(root, port);
  console.log(`Candor is served from ${root}/ on loopback only:`);
  // A survey needs its settings in the link; these are the example of docs/link-format.md.
  const example =
    'v=1&id=K7M2Q9XT4B&t=Staff+wellbeing+2026&o=Riverside+Community+Hospital&u=Emergency&u=Intensive+care&u=Surgery&r=1&l=en&s=Put+your+code+in+the+sealed+box+by+the+staff+room.';
  for (const [page, address] of [
    ['start page', '/#/'],
    ['create a survey', '/organizer/setup/#/'],
    ['example survey', `/#/survey?${example}`],
    ['its summary', `/organizer/#/summary?${example}`],
    ['summary (any survey)', '/organizer/#/summary'],
  ]) {
    console.log(`  ${page.padEnd(21)} ${url}${address}`);
  }
  console.log('Press Ctrl+C to stop.');
}

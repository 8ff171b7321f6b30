// The two engines besides Chromium that staff use, driven through W3C WebDriver (selenium-webdriver
// talking to a driver this file starts): Firefox ESR through geckodriver, headless; WebKit — the
// engine of every browser on an iPhone — as WebKitGTK's MiniBrowser through WebKitWebDriver, in
// the X display that `xvfb-run` gives the test command.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder } from 'selenium-webdriver';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export const ENGINES = {
  firefox: {
    driver: 'geckodriver',
    reducedMotion: true,
    args: (port) => ['--host', '127.0.0.1', '--port', String(port)],
    capabilities: (downloads) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless'],
        prefs: {
          // Downloads land in the test's folder, without asking.
          'browser.download.folderList': 2,
          'browser.download.dir': downloads,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          'browser.helperApps.neverAsk.saveToDisk': 'text/csv,text/plain',
          // The machine has no network: no captive-portal probe, no start page fetches.
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'browser.startup.homepage_override.mstone': 'ignore',
          'intl.accept_languages': 'en-US,en',
          // As a person who asked their system for less motion.
          'ui.prefersReducedMotion': 1,
        },
      },
    }),
  },
  webkit: {
    driver: 'WebKitWebDriver',
    args: (port) => [`--port=${port}`],
    // MiniBrowser saves downloads, unasked, into the home folder.
    env: (downloads) => ({ HOME: downloads }),
    capabilities: () => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    }),
  },
};

/** The engines to run: all, or those named in CANDOR_ENGINES (comma-separated). */
export function enginesToRun() {
  const named = process.env.CANDOR_ENGINES?.split(',').map((e) => e.trim()).filter(Boolean);
  return named?.length ? named : Object.keys(ENGINES);
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function ready(url, driver, log) {
  for (let i = 0; i < 100; i += 1) {
    if (driver.exitCode !== null) break;
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the WebDriver server did not start:\n${log.join('')}`);
}

/**
 * Starts `name`'s WebDriver server and a browser session in it. Returns { driver, downloads,
 * close }: `downloads` is the folder the browser saves files into.
 */
export async function startEngine(name) {
  const engine = ENGINES[name];
  const downloads = await mkdtemp(join(tmpdir(), `candor-${name}-`));
  await mkdir(downloads, { recursive: true });
  const port = await freePort();
  const log = [];
  const server = spawn(engine.driver, engine.args(port), {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...engine.env?.(downloads) },
  });
  server.stdout.on('data', (d) => log.push(String(d)));
  server.stderr.on('data', (d) => log.push(String(d)));
  const url = `http://127.0.0.1:${port}`;
  await ready(url, server, log);
  const driver = await new Builder().usingServer(url).withCapabilities(engine.capabilities(downloads)).build();
  await driver.manage().window().setRect({ width: 1280, height: 900 });
  return {
    driver,
    downloads,
    log,
    close: async () => {
      await driver.quit().catch(() => {});
      server.kill();
      await rm(downloads, { recursive: true, force: true });
    },
  };
}

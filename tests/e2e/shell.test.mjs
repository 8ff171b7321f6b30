// The app shell, end to end against the release build: every route, both languages, and the
// promise that after load the page requests nothing and cannot.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  ROOT,
  keepScreenshotOnFailure,
  launch,
  open,
  resourcesAfterLoad,
  screenshot,
  seriousA11yViolations,
  violations,
} from './lib/harness.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const heading = (page) => page.locator('main h1').innerText();

test('every route renders and, after load, nothing is requested', async () => {
  const { page, context, problems, requestsAtLoad } = await open(env, '#/');
  await keepScreenshotOnFailure(page, 'routes', async () => {
    assert.match(await heading(page), /never leave the device/);
    assert.ok(requestsAtLoad > 0, 'the page itself was loaded from the server');

    // As a person would: follow the links, then type addresses.
    assert.equal(await page.title(), 'Candor');
    // Creating a survey is the organizer's: the link leads to the setup page.
    assert.equal(await page.getByRole('link', { name: 'Create a survey' }).first().getAttribute('href'), 'organizer/setup/#/');
    for (const [hash, title] of [
      ['#/setup', 'Page not found'],
      ['#/summary', 'Page not found'],
      ['#/survey', 'This survey link cannot be opened'],
      ['#/no-such-page', 'Page not found'],
      ['#/', 'An honest burnout survey whose answers never leave the device'],
    ]) {
      await page.evaluate((h) => {
        location.hash = h;
      }, hash);
      await page.locator('main h1', { hasText: title }).waitFor();
    }
    await page.locator('.lang-switch button[lang=es]').click();
    await page.locator('main h1', { hasText: 'nunca salen del dispositivo' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'es');

    const seen = env.server.requests.slice(requestsAtLoad);
    assert.deepEqual(seen, [], 'the server heard from the page after load');
    const resources = await resourcesAfterLoad(page);
    assert.deepEqual(resources.late, [], 'resource timing shows requests after load');
    assert.deepEqual(resources.foreign, [], 'resource timing shows requests to another origin');
    assert.deepEqual(problems.console, [], 'console errors');
    assert.deepEqual(problems.errors, [], 'page errors');
    assert.deepEqual(await violations(page), [], 'Content-Security-Policy violations');

    // The summary is the organizer's page, a page of its own with its own (smaller) bundle.
    await page.locator('.site-nav a[href="organizer/#/summary"]').click();
    await page.locator('main h1', { hasText: 'Summary of the survey' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/organizer/');
    assert.equal(new URL(page.url()).hash, '#/summary');
    // Its title says which page it is (a page of its own: it starts in the browser's language).
    assert.equal(await page.title(), 'Candor — summary');
    const organizerLoad = env.server.requests.length;
    await page.getByRole('link', { name: 'Candor' }).first().waitFor();
    assert.equal(await page.getAttribute('a.brand', 'href'), '../#/');
    assert.deepEqual(env.server.requests.slice(organizerLoad), [], 'the organizer page asked for more after load');
    assert.deepEqual(problems.console, [], 'console errors on the organizer page');

    // The setup page is the third page, inside the organizer's folder.
    await page.locator('.site-nav a[href="setup/#/"]').click();
    await page.locator('main h1', { hasText: 'Create a survey' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/organizer/setup/');
    assert.equal(await page.title(), 'Candor — create a survey');
    const setupLoad = env.server.requests.length;
    await page.getByLabel('Survey title').fill('Pulse');
    assert.equal(await page.getAttribute('a.brand', 'href'), '../../#/');
    assert.deepEqual(env.server.requests.slice(setupLoad), [], 'the setup page asked for more after load');
    assert.deepEqual(problems.console, [], 'console errors on the setup page');
  });
  await context.close();
});

test('after start, a fetch, a beacon, an image and a WebSocket are all blocked', async () => {
  const { page, context, requestsAtLoad } = await open(env, '#/');
  await keepScreenshotOnFailure(page, 'blocked', async () => {
    const outcome = await page.evaluate(async (port) => {
      const result = {};
      try {
        await fetch('/probe-fetch');
        result.fetch = 'sent';
      } catch (e) {
        result.fetch = `refused: ${e.name}`;
      }
      try {
        result.beacon = navigator.sendBeacon('/probe-beacon', 'x') ? 'queued' : 'refused';
      } catch (e) {
        result.beacon = `refused: ${e.name}`;
      }
      result.image = await new Promise((done) => {
        const img = new Image();
        img.onload = () => done('loaded');
        img.onerror = () => done('refused');
        img.src = '/probe-image.png';
      });
      result.socket = await new Promise((done) => {
        try {
          const ws = new WebSocket(`ws://127.0.0.1:${port}/probe-socket`);
          ws.onopen = () => done('open');
          ws.onerror = () => done('refused');
        } catch (e) {
          done(`refused: ${e.name}`);
        }
      });
      return result;
    }, new URL(env.server.url).port);
    assert.match(outcome.fetch, /^refused/);
    assert.equal(outcome.image, 'refused');
    assert.match(outcome.socket, /^refused/);
    // A beacon is refused asynchronously: the violation and the silent server prove it.
    await page.waitForFunction(() => {
      const directives = new Set(window.__violations.map((v) => v.directive));
      return directives.has('connect-src') && directives.has('img-src')
        && window.__violations.some((v) => v.blocked.includes('probe-beacon'));
    });
    const blocked = (await violations(page)).map((v) => v.blocked).join(' ');
    for (const probe of ['probe-fetch', 'probe-beacon', 'probe-image', 'probe-socket']) {
      assert.ok(blocked.includes(probe), `${probe} was reported as a violation (${blocked})`);
    }
    assert.deepEqual(env.server.requests.slice(requestsAtLoad), [], 'the server heard a probe');
  });
  await context.close();
});

test('no serious accessibility problem on any page, in either language, at phone and desktop size', async () => {
  for (const viewport of [{ width: 375, height: 812 }, { width: 1280, height: 800 }]) {
    for (const lang of ['en', 'es']) {
      const { page, context, problems } = await open(env, '#/', { viewport, locale: lang });
      for (const hash of ['#/', '#/survey', '#/missing']) {
        const name = `shell-${hash.replace(/\W+/g, '') || 'landing'}-${lang}-${viewport.width}`;
        await keepScreenshotOnFailure(page, name, async () => {
          await page.evaluate((h) => {
            location.hash = h;
          }, hash);
          await page.waitForFunction((h) => location.hash === h, hash);
          await page.locator('main h1').waitFor();
          assert.equal(await page.getAttribute('html', 'lang'), lang);
          assert.deepEqual(await seriousA11yViolations(page), [], `${name}: axe`);
          await screenshot(page, name);
        });
      }
      assert.deepEqual(problems.console, [], 'console errors');
      await context.close();
      const organizer = await open(env, 'organizer/#/summary', { viewport, locale: lang });
      const name = `organizer-summary-${lang}-${viewport.width}`;
      await keepScreenshotOnFailure(organizer.page, name, async () => {
        assert.equal(await organizer.page.getAttribute('html', 'lang'), lang);
        assert.deepEqual(await seriousA11yViolations(organizer.page), [], `${name}: axe`);
        await screenshot(organizer.page, name);
      });
      await organizer.context.close();
      const setup = await open(env, 'organizer/setup/#/', { viewport, locale: lang });
      const setupName = `organizer-setup-${lang}-${viewport.width}`;
      await keepScreenshotOnFailure(setup.page, setupName, async () => {
        assert.equal(await setup.page.getAttribute('html', 'lang'), lang);
        assert.deepEqual(await seriousA11yViolations(setup.page), [], `${setupName}: axe`);
        await screenshot(setup.page, setupName);
      });
      await setup.context.close();
    }
  }
});

test('the page can be used with the keyboard alone', async () => {
  const { page, context } = await open(env, '#/');
  await keepScreenshotOnFailure(page, 'keyboard', async () => {
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
    // Onward from main, the first link in the page is "Create a survey"; Enter follows it.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Create a survey');
    await page.keyboard.press('Enter');
    await page.locator('main h1', { hasText: 'Create a survey' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/organizer/setup/');
  });
  await context.close();
});

// The respondents' page names each string it shows; a string picked at run time from the table
// (a key in a loop, say) would bring every page's strings, some 50 KB, into the page a phone loads.
test("the respondents' page carries its own words and none of the organizer's", () => {
  const dist = join(ROOT, 'dist');
  const wasm = readdirSync(dist).filter((name) => /^candor-respondent-.*\.wasm$/.test(name));
  assert.equal(wasm.length, 1, `one respondents' wasm in dist/: ${wasm}`);
  const text = readFileSync(join(dist, wasm[0])).toString('latin1');
  for (const own of ['Start the survey', 'Empezar la encuesta']) {
    assert.ok(text.includes(own), `the page's own words are missing: ${own}`);
  }
  for (const theirs of ['What respondents see first', 'Candor — summary', 'unfavourable']) {
    assert.ok(!text.includes(Buffer.from(theirs).toString('latin1')), `an organizer's string is in the page: ${theirs}`);
  }
});

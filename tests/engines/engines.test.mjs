// The survey and the summary in the engines besides Chromium that staff use — Firefox and WebKit
// (every browser on an iPhone) — against the release build, through W3C WebDriver. The same
// promises as the Chromium suite (tests/e2e/): a survey completed by keyboard gives a code that
// decodes to the scores the answers imply; a reload resumes; nothing is stored afterwards; nothing
// is requested after load and the page's policy refuses a request; codes typed into the summary
// give the count, the figures and the CSV of the reference implementation; printing gives the
// slip alone; a survey's own statements are answered by keyboard and reported as the reference
// does. Facilities of the Chromium suite that WebDriver lacks are named where they would be.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { By, Key, until } from 'selenium-webdriver';
import { startServer } from '../../scripts/serve.mjs';
import { decodeCodes, madeCodes, NOTHING_STORED, pagesOf, ROOT, storedInPage } from '../e2e/lib/native.mjs';
import { assertWaveMatches } from '../e2e/lib/csv_check.mjs';
import { expectedRows, parseCsv, parseScoresLine } from '../e2e/lib/reference.mjs';
import {
  ANSWERS_A,
  EXPECTED_A,
  EXPECTED_OWN,
  OWN_ANSWERS,
  OWN_QUERY,
  OWN_STATEMENTS,
  SURVEY_ID,
  WITH_UNITS,
} from '../e2e/lib/scenarios.mjs';
import { ENGINES, enginesToRun, startEngine } from './lib/engines.mjs';

const ARTIFACTS = join(ROOT, 'tests/engines/artifacts');
const WAIT = 15_000;
const UNITS = ['Emergency', 'Intensive care', 'Surgery'];
const SETTINGS = `v=1&id=${SURVEY_ID}&t=Staff+wellbeing+2026&u=Emergency&u=Intensive+care&u=Surgery&r=1`;

let server;
before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  server = await startServer(join(ROOT, 'dist'));
});
after(async () => {
  await server?.close();
});

const press = (driver, ...keys) => driver.actions().sendKeys(...keys).perform();
const css = (driver, selector) => driver.wait(until.elementLocated(By.css(selector)), WAIT);
const text = async (driver, selector) => (await css(driver, selector)).getText();
const focused = (driver) => driver.executeScript(() => {
  const el = document.activeElement;
  const fieldset = el.closest('fieldset');
  return { tag: el.tagName, type: el.type || '', item: fieldset?.dataset.item || '', fieldset: fieldset?.id || '', value: el.value || '', text: el.textContent };
});

/** Waits until the element `selector` exists and its text matches `pattern`. */
async function waitText(driver, selector, pattern) {
  await driver.wait(async () => {
    const found = await driver.findElements(By.css(selector));
    return found.length > 0 && pattern.test(await found[0].getText().catch(() => ''));
  }, WAIT, `${selector} never read ${pattern}`);
}

let axeSource;
/**
 * axe-core's serious and critical violations on the page as it is now. WebDriver's scripts run
 * outside the page's Content-Security-Policy, as DevTools' do in the Chromium suite.
 */
async function seriousA11yViolations(driver) {
  axeSource ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const found = await driver.executeScript(`${axeSource}
    return axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) })));`);
  return found;
}

async function shot(driver, engine, name) {
  await writeFile(join(ARTIFACTS, `${engine}-${name}.png`), await driver.takeScreenshot(), 'base64');
}

/** Presses Tab until `matches(focused)` holds. */
async function tabTo(driver, what, matches) {
  for (let i = 0; i < 60; i += 1) {
    await press(driver, Key.TAB);
    if (matches(await focused(driver))) return;
  }
  assert.fail(`could not reach ${what} with Tab`);
}

/** Answers the current section by keyboard alone, as the Chromium suite does. */
async function answerByKeyboard(driver, answers) {
  const items = await driver.executeScript(() => [...document.querySelectorAll('fieldset[data-item]')].map((f) => f.dataset.item));
  for (const item of items) {
    const answer = answers[item];
    if (answer === undefined) continue;
    if (Array.isArray(answer)) {
      for (const option of answer) {
        await tabTo(driver, `${item} option ${option}`, (f) => f.item === item && f.value === String(option));
        await press(driver, Key.SPACE);
      }
    } else if (item === 'unit') {
      await tabTo(driver, 'the unit list', (f) => f.tag === 'SELECT');
      for (let i = 0; i <= answer; i += 1) await press(driver, Key.ARROW_DOWN);
    } else {
      await tabTo(driver, item, (f) => f.item === item && f.type === 'radio');
      if (answer === 0) await press(driver, Key.SPACE);
      for (let i = 0; i < answer; i += 1) await press(driver, Key.ARROW_DOWN);
    }
  }
}

/** Presses "Next" section after section, then "See my results". */
async function finishByClicks(driver) {
  for (;;) {
    const submit = await css(driver, 'button[type=submit]');
    const last = (await submit.getText()) === 'See my results';
    await submit.click();
    if (last) return;
  }
}

/** The text of a PDF, through poppler's pdftotext: one space for every run of white space, and
 * the "ff" ligature some engines print spelled out. */
function pdfText(pdf) {
  return execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ').replaceAll('\uFB00', 'ff');
}

/** Prints the page to PDF through WebDriver's Print command; `null` where the engine lacks it. */
async function printPdf(driver, t) {
  try {
    return Buffer.from(await driver.printPage({ background: true }), 'base64');
  } catch (error) {
    if (/unsupported operation|unknown command|not implemented/i.test(String(error))) {
      t.diagnostic(`this engine's WebDriver has no Print command (${error.name}); printing is checked in Chromium and Firefox`);
      return null;
    }
    throw error;
  }
}

for (const engine of enginesToRun()) {
  describe(engine, () => {
    let session;
    let driver;
    before(async () => {
      session = await startEngine(engine);
      driver = session.driver;
    });
    after(async () => {
      await session?.close();
    });

    test(`${engine}: keyboard only, from the link to a code holding exactly the expected scores; nothing stored, nothing sent`, async (t) => {
      await driver.get(`${server.url}/${WITH_UNITS}`);
      await waitText(driver, 'main h1', /^Staff wellbeing 2026$/);
      const atLoad = server.requests.length;
      try {
        assert.equal((await focused(driver)).tag, 'H1', 'focus starts at the survey title');
        await tabTo(driver, 'Start', (f) => f.text === 'Start the survey');
        await press(driver, Key.ENTER);
        for (let screen = 1; ; screen += 1) {
          await waitText(driver, '.progress-text', new RegExp(`^Section ${screen} of 6$`));
          assert.equal((await focused(driver)).tag, 'H1', `section ${screen} starts at its heading`);
          await answerByKeyboard(driver, ANSWERS_A);
          // Where the keyboard is, the focus ring shows — also on an option reached with the
          // arrow keys, which WebKit does not count as :focus-visible.
          if (screen === 2) {
            const ring = await driver.executeScript(() => {
              const style = getComputedStyle(document.activeElement);
              return { type: document.activeElement.type, outline: `${style.outlineStyle} ${style.outlineWidth}` };
            });
            assert.deepEqual(ring, { type: 'radio', outline: 'solid 3px' });
            await shot(driver, engine, 'keyboard-focus');
          }
          const last = (await text(driver, 'button[type=submit]')) === 'See my results';
          await press(driver, Key.ENTER);
          if (last) break;
        }
        await waitText(driver, 'main h1', /^Your results$/);
        const code = await text(driver, '#code');
        assert.deepEqual(decodeCodes(SURVEY_ID, 3, true, [code]), [EXPECTED_A]);
        assert.deepEqual(await driver.executeScript(storedInPage), NOTHING_STORED, 'storage after finishing');
        await shot(driver, engine, 'results');
        assert.deepEqual(await seriousA11yViolations(driver), [], 'axe-core on the results');

        // Less motion, where the engine can be asked for it: the stylesheet's rule takes hold.
        if (ENGINES[engine].reducedMotion) {
          const motion = await driver.executeScript(() => ({
            reduce: matchMedia('(prefers-reduced-motion: reduce)').matches,
            transition: parseFloat(getComputedStyle(document.querySelector('.button')).transitionDuration),
          }));
          assert.equal(motion.reduce, true);
          assert.ok(motion.transition < 0.001, `transitions last ${motion.transition} s`);
        } else {
          t.diagnostic('this engine\'s WebDriver cannot ask for reduced motion; it is checked in Firefox');
        }

        // "Copy the code": copied, or where the engine refuses the clipboard, selected for Ctrl+C.
        await (await css(driver, '.panel--code .button--primary')).click();
        await waitText(driver, '.panel--code .copy-status', /^(Copied\.|The code is selected: press Ctrl\+C \(or ⌘C\) to copy it\.)$/);
        if ((await text(driver, '.panel--code .copy-status')) !== 'Copied.') {
          assert.equal(await driver.executeScript(() => window.getSelection().toString().trim()), code);
        }

        // The after-start policy refuses a request the page would make; none reaches the server.
        const attempt = await driver.executeScript(() => fetch('/csp-probe').then(() => 'sent', () => 'refused'));
        assert.equal(attempt, 'refused');
        assert.deepEqual(server.requests.slice(atLoad), [], 'no request after load');

        // Printing gives the slip alone: the code and where to put it, not the results.
        const pdf = await printPdf(driver, t);
        if (pdf) {
          await writeFile(join(ARTIFACTS, `${engine}-slip.pdf`), pdf);
          assert.equal(pagesOf(pdf), 1);
          const printed = pdfText(pdf);
          assert.ok(printed.includes(code), printed);
          assert.match(printed, /Put your code in the sealed box/);
          assert.doesNotMatch(printed, /Your results|falling short/);
        }
      } catch (error) {
        await shot(driver, engine, 'FAILED-keyboard').catch(() => {});
        throw error;
      }
    });

    test(`${engine}: a reload mid-survey resumes where it was`, async () => {
      // A new document, not a new fragment of the last test's.
      await driver.get('about:blank');
      await driver.get(`${server.url}/#/survey?v=1&id=${SURVEY_ID}&t=Clinic+pulse&l=en`);
      await (await css(driver, '.welcome .button--primary')).click();
      await (await css(driver, 'fieldset[data-item=burnout] label:has(input[value="2"])')).click();
      await (await css(driver, 'button[type=submit]')).click();
      await waitText(driver, '.progress-text', /^Section 2 of 5$/);
      const item = await (await css(driver, 'fieldset[data-item]')).getAttribute('data-item');
      await (await css(driver, `fieldset[data-item="${item}"] label:has(input[value="3"])`)).click();
      await driver.navigate().refresh();
      await waitText(driver, '.progress-text', /^Section 2 of 5$/);
      assert.equal(await (await css(driver, `fieldset[data-item="${item}"] input[value="3"]`)).isSelected(), true);
      // Finish from here; then nothing is left behind.
      await finishByClicks(driver);
      await css(driver, '#code');
      assert.deepEqual(await driver.executeScript(storedInPage), NOTHING_STORED);
    });

    test(`${engine}: on a shared device, the next person finds nothing, not even behind Back`, async () => {
      await driver.get('about:blank');
      await driver.get(`${server.url}/#/survey?v=3&id=${SURVEY_ID}&t=Break+room&k=1`);
      await (await css(driver, '.welcome .button--primary')).click();
      await (await css(driver, 'fieldset[data-item=burnout] label:has(input[value="1"])')).click();
      assert.deepEqual(await driver.executeScript(storedInPage), NOTHING_STORED, 'nothing stored mid-survey');
      await finishByClicks(driver);
      const code = await text(driver, '#code');
      await (await driver.findElement(By.xpath("//button[normalize-space()='Done — next person']"))).click();
      await css(driver, '.welcome');
      assert.ok(!(await text(driver, 'body')).includes(code), 'the code is gone from the screen');
      // Left for another page, then Back: the welcome screen, whether or not the engine kept the
      // page in its back-forward cache.
      await (await css(driver, '.welcome .button--primary')).click();
      await (await css(driver, 'fieldset[data-item=burnout] label:has(input[value="3"])')).click();
      await driver.get(`${server.url}/organizer/`);
      await waitText(driver, 'main h1', /Summary of the survey/);
      await driver.navigate().back();
      await css(driver, '.welcome');
      await driver.executeScript(() => document.querySelector('.welcome .button--primary').click());
      assert.equal(await driver.executeScript(() => document.querySelectorAll('input:checked').length), 0, 'no answer came back');
      assert.deepEqual(await driver.executeScript(storedInPage), NOTHING_STORED);
    });

    test(`${engine}: the organization's own statements by keyboard: the code holds their bins, the summary reports them as the reference does`, async () => {
      // A fresh load: from the page the test before left, a new fragment alone would not reload.
      await driver.get('about:blank');
      await driver.get(`${server.url}/#/survey?${OWN_QUERY}`);
      await waitText(driver, 'main h1', /^Staff wellbeing 2026$/);
      const atLoad = server.requests.length;
      try {
        await tabTo(driver, 'Start', (f) => f.text === 'Start the survey');
        await press(driver, Key.ENTER);
        for (let screen = 1; ; screen += 1) {
          await waitText(driver, '.progress-text', new RegExp(`^Section ${screen} of 7$`));
          await answerByKeyboard(driver, ANSWERS_A);
          const own = await driver.findElements(By.css('fieldset[data-own]'));
          if (own.length > 0) {
            assert.equal(await text(driver, 'main h1'), "Your organization's own questions");
            assert.equal(own.length, 3);
            for (const [k, option] of OWN_ANSWERS.entries()) {
              if (option === undefined) continue;
              const id = await own[k].getAttribute('id');
              await tabTo(driver, `statement ${k + 1}`, (f) => f.fieldset === id && f.type === 'radio');
              if (option === 0) await press(driver, Key.SPACE);
              for (let i = 0; i < option; i += 1) await press(driver, Key.ARROW_DOWN);
            }
            await shot(driver, engine, 'own-statements');
            assert.deepEqual(await seriousA11yViolations(driver), [], 'axe-core on the own questions');
          }
          const last = (await text(driver, 'button[type=submit]')) === 'See my results';
          await press(driver, Key.ENTER);
          if (last) break;
        }
        await waitText(driver, 'main h1', /^Your results$/);
        const code = await text(driver, '#code');
        assert.deepEqual(decodeCodes(SURVEY_ID, 3, true, [code], { statements: OWN_STATEMENTS }), [EXPECTED_OWN]);
        assert.deepEqual(await driver.executeScript(storedInPage), NOTHING_STORED, 'storage after finishing');
        assert.deepEqual(server.requests.slice(atLoad), [], 'no request after load');

        // The summary: this code with eleven made ones; each statement's favourable share on the
        // page and its CSV rows as the reference gives them.
        const codes = [code, ...madeCodes(SURVEY_ID, 11, 9, { statements: OWN_STATEMENTS })];
        const people = decodeCodes(SURVEY_ID, 3, true, codes, { statements: OWN_STATEMENTS }).map(parseScoresLine);
        const expected = expectedRows(people, { units: UNITS.length, min: 5 });
        await driver.get(`${server.url}/organizer/#/summary?${OWN_QUERY}`);
        const box = await css(driver, '#wave-1-codes');
        await box.sendKeys(codes.join(Key.ENTER));
        await (await css(driver, '.code-input .button--primary')).click();
        await waitText(driver, '[data-figure=n]', /^12 responses counted\.$/);
        for (let s = 1; s <= 3; s += 1) {
          const line = await text(driver, `li[data-statement="${s}"]`);
          const want = expected.get(`statement|statement-${s}|favourable|share`);
          assert.ok(line.startsWith(OWN_STATEMENTS[s - 1].en), line);
          if (want) assert.ok(line.includes(`${Math.round(want.value * 100)}%`), `${line} holds ${want.value}`);
          else assert.match(line, /fewer than 5 answered it/);
        }
        await driver.executeScript(() => document.querySelector('section[aria-labelledby=r-own]').scrollIntoView());
        await shot(driver, engine, 'own-report');
        await driver.executeScript(() => {
          const make = URL.createObjectURL;
          URL.createObjectURL = (blob) => {
            blob.text().then((csv) => { window.__csv = csv; });
            return make(blob);
          };
        });
        await (await driver.findElement(By.xpath("//button[normalize-space()='Download every figure as CSV']"))).click();
        const csv = await driver.wait(() => driver.executeScript(() => window.__csv), WAIT);
        // The engine saves the file too; it is removed, so the next test's file takes its name.
        const saved = join(session.downloads, 'candor-report.csv');
        await driver.wait(() => readFile(saved, 'utf8').then((content) => content.length > 0, () => false), WAIT, 'no CSV saved');
        await rm(saved);
        const own = new Map([...expected].filter(([key]) => /^(statement|driver)\|/.test(key)));
        const records = parseCsv(csv.replace(/^\uFEFF/, '')).slice(1).filter((r) => r[0] === 'statement' || r[0] === 'driver');
        assertWaveMatches(records, own, 'Wave 1');
        assert.deepEqual(await seriousA11yViolations(driver), [], 'axe-core on the report');
        // Leave the summary, so that the next test's summary link is a fresh load, not a new
        // fragment of this page (which would keep this test's captured CSV).
        await driver.get('about:blank');
      } catch (error) {
        await shot(driver, engine, 'FAILED-own').catch(() => {});
        throw error;
      }
    });

    test(`${engine}: codes pasted, typed and chosen in a file give the reference's count, figures and CSV`, async (t) => {
      const codes = madeCodes(SURVEY_ID, 12, 7);
      const people = decodeCodes(SURVEY_ID, UNITS.length, true, codes).map(parseScoresLine);
      const expected = expectedRows(people, { units: UNITS.length, min: 5 });
      await driver.get(`${server.url}/organizer/#/summary?${SETTINGS}`);
      const box = await css(driver, '#wave-1-codes');
      const atLoad = server.requests.length;
      try {
        // Four pasted (copied and pasted with the keyboard, through the engine's own clipboard),
        // four typed, four from a file chosen in the file field (WebDriver can choose a file but
        // not drop one; dropping is tested in Chromium).
        await driver.executeScript((text) => {
          const source = document.createElement('textarea');
          source.id = 'clipboard-source';
          source.value = text;
          document.body.append(source);
          source.select();
        }, `${codes.slice(0, 4).join('\n')}\n`);
        await driver.actions().keyDown(Key.CONTROL).sendKeys('c').keyUp(Key.CONTROL).perform();
        await driver.executeScript(() => document.getElementById('clipboard-source').remove());
        await box.click();
        await driver.actions().keyDown(Key.CONTROL).sendKeys('v').keyUp(Key.CONTROL).perform();
        await driver.wait(async () => (await box.getAttribute('value')).includes(codes[3]), WAIT, 'the paste did not arrive');
        await box.sendKeys(codes.slice(4, 8).join(Key.ENTER));
        const file = join(session.downloads, 'ward-b.txt');
        await writeFile(file, `${codes.slice(8).join('\n')}\n`);
        await (await css(driver, '#wave-1-files')).sendKeys(file);
        await waitText(driver, '#wave-1-sources .source-name', /^ward-b\.txt$/);
        await (await css(driver, '.code-input .button--primary')).click();
        await waitText(driver, '[data-figure=n]', /^12 responses counted\.$/);
        const burnout = expected.get('burnout|burnout||share').value;
        assert.equal(await text(driver, '[data-figure=burnout]'), `${Math.round(burnout * 100)}%`);
        await driver.executeScript(() => document.querySelector('[data-figure=n]').scrollIntoView());
        await shot(driver, engine, 'summary');
        assert.deepEqual(await seriousA11yViolations(driver), [], 'axe-core on the report');

        // The CSV: captured as the page hands it to the browser, and saved where the engine saves.
        await driver.executeScript(() => {
          const make = URL.createObjectURL;
          URL.createObjectURL = (blob) => {
            blob.text().then((csv) => { window.__csv = csv; });
            return make(blob);
          };
        });
        const download = await driver.findElement(By.xpath("//button[normalize-space()='Download every figure as CSV']"));
        await download.click();
        const csv = await driver.wait(() => driver.executeScript(() => window.__csv), WAIT);
        const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
        const [header] = rows;
        assert.deepEqual(header, ['section', 'item', 'label', 'group', 'measure', 'value', 'lower', 'upper', 'count', 'base', 'wave']);
        const row = rows.find((r) => r[0] === 'burnout' && r[1] === 'burnout' && r[3] === '' && r[4] === 'share');
        assert.equal(row?.[10], 'Wave 1', 'one wave, named by its place');
        assert.ok(row, 'the CSV has the burnout share');
        assert.ok(Math.abs(Number(row[5]) - burnout) <= 0.00005 + 1e-9, `${row.join(',')} holds ${burnout}`);
        // And the file the browser saved is that CSV, under the name the page gave it.
        const saved = join(session.downloads, 'candor-report.csv');
        await driver.wait(() => readFile(saved, 'utf8').then((content) => content.length > 0, () => false), WAIT, 'no CSV saved');
        assert.equal((await readFile(saved, 'utf8')).replace(/^\uFEFF/, ''), csv.replace(/^\uFEFF/, ''));
        assert.deepEqual(server.requests.slice(atLoad), [], 'no request after load');

        const pdf = await printPdf(driver, t);
        if (pdf) {
          await writeFile(join(ARTIFACTS, `${engine}-summary.pdf`), pdf);
          assert.match(pdfText(pdf), /12 responses counted/);
        }
      } catch (error) {
        await shot(driver, engine, 'FAILED-summary').catch(() => {});
        throw error;
      }
    });
  });
}

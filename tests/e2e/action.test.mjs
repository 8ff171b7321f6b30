// "What you told us — what we will do", end to end against the release build: the organizer
// pastes codes and opens the tab where three commitments and the next survey's date are typed
// beside the staff one-pager; the summary tab's address keeps them (a reload brings them back,
// the codes pasted are not lost while typing), and a summary tab showing anything else is never
// touched; "Edit this survey" carries them to the new summary link; the one-pager prints on one page of Letter and of
// A4, in English and Spanish, and reads back with pdftotext; its text for e-mail; axe; screenshots.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  ARTIFACTS,
  keepScreenshotOnFailure,
  launch,
  madeCodes,
  open,
  openedTab,
  pageSizeOf,
  pagesOf,
  screenshot,
  seriousA11yViolations,
  violations,
} from './lib/harness.mjs';
import { commitmentShown, openOnePager, pasteCodes, typeCommitment } from './lib/summary_page.mjs';

const ID = 'K7M2Q9XT4B';
const SETTINGS = `v=1&id=${ID}&t=Staff+wellbeing+2026&u=Emergency&u=Intensive+care&u=Surgery&r=1&l=es`;
const SUMMARY = `organizer/#/summary?${SETTINGS}`;
const UNITS = ['Emergency', 'Intensive care', 'Surgery'];

const COMMITMENTS = [
  { what: 'Two more night-shift nurses in the ICU & a float pool', who: 'Chief nursing officer', by: '2027-03-31', lever: 'resources' },
  { what: 'Protected time to finish notes in every shift', who: 'Dr. Ana Núñez', by: '2027-01-15', lever: 'autonomy' },
  { what: 'A monthly open forum with the executive team', who: 'Chief executive', by: '2026-12-01' },
];
const NEXT = '2027-09-01';
const PAPERS = { Letter: [612, 792], A4: [595.28, 841.89] };

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

/** Types the three commitments and the next survey's date into the one-pager's tab. */
async function typePlan(tab) {
  for (const [i, c] of COMMITMENTS.entries()) await typeCommitment(tab, i + 1, c);
  await tab.locator('#plan-cn').fill(NEXT);
}

/** Opens the one-pager's tab from `page`, types the plan there and waits until the summary has it. */
async function planFromTab(page) {
  const tab = await openOnePager(page);
  await typePlan(tab);
  await page.locator('#plan-written li').nth(2).waitFor();
  return tab;
}

test('commitments typed beside the one-pager live in the summary tab\'s address: codes stay while typing, a reload brings them back', async () => {
  const { page, context, problems } = await open(env, SUMMARY);
  await keepScreenshotOnFailure(page, 'action-reload', async () => {
    const codes = madeCodes(ID, 40, 21).join('\n');
    await pasteCodes(page, codes);
    await page.locator('[data-figure=n]').filter({ hasText: '40 responses counted.' }).waitFor();
    const before = await page.evaluate(() => history.length);
    const { tab, problems: tabProblems } = await openedTab(context, () => page.locator('#show-sheet').click());
    // Keyboard only for the first commitment's words: its fields follow one another in tab order.
    await tab.locator('#plan-c1w').focus();
    await tab.keyboard.type(COMMITMENTS[0].what);
    await tab.keyboard.press('Tab');
    assert.equal(await tab.evaluate(() => document.activeElement.id), 'plan-c1o');
    await tab.keyboard.type(COMMITMENTS[0].who);
    await tab.keyboard.press('Tab');
    assert.equal(await tab.evaluate(() => document.activeElement.id), 'plan-c1b');
    await typePlan(tab);
    // The summary tab's address holds every commitment, put in place of the old one: no new
    // history entry and no reload, so the codes pasted are still there and still counted.
    await page.locator('#plan-written li').nth(2).waitFor();
    const hash = decodeURIComponent((await page.evaluate(() => location.hash)).replace(/\+/g, ' '));
    for (const c of COMMITMENTS) assert.ok(hash.includes(c.what) && hash.includes(c.who) && hash.includes(c.by), hash);
    assert.ok(hash.includes(`cn=${NEXT}`) && hash.includes('c1l=resources') && hash.includes('c1a=Wave 1'), hash);
    assert.equal(await page.evaluate(() => history.length), before);
    assert.equal(await page.locator('#wave-1-codes').inputValue(), codes);
    assert.match(await page.locator('[data-figure=n]').innerText(), /40 responses counted/);
    assert.deepEqual(await page.locator('#plan-written li').allInnerTexts(), COMMITMENTS.map((c) => `${c.what} — ${c.who}`));
    // The link to keep, in the tab, is the summary tab's address; "Edit this survey" carries them too.
    const kept = await tab.locator('#plan-link').inputValue();
    assert.equal(kept, await page.evaluate(() => location.href));
    assert.equal(await tab.locator('#plan-unlinked').innerText(), '');
    assert.ok((await page.locator('a.edit-survey').getAttribute('href')).includes('c2o=Dr.+Ana+N%C3%BA%C3%B1ez'));
    // The CSV ends with the action section.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download every figure as CSV' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    const action = csv.split('\r\n').filter((row) => row.startsWith('action,'));
    assert.equal(action.length, 16, csv);
    // The wave column is empty: each commitment names its wave in its own `after` row.
    assert.equal(action[0], `action,commitment-1,${COMMITMENTS[0].what},,what,,,,,,`);
    assert.equal(action.at(-1), `action,next_survey,${NEXT},,date,,,,,,`);
    assert.ok(csv.trimEnd().endsWith(action.at(-1)), 'the action rows come last');
    // A value that cannot be right is named beside its field, in the page's language, and kept.
    await tab.locator('#plan-c3w').fill('x'.repeat(201));
    assert.match(await tab.locator('#plan-c3w-error').innerText(), /Commitment 3: what will change is longer than 200 characters/);
    assert.equal(await tab.locator('#plan-c3w').getAttribute('aria-describedby'), 'plan-c3w-error');
    await tab.locator('#plan-c3w').fill(COMMITMENTS[2].what);
    assert.equal(await tab.locator('#plan-c3w-error').count(), 0);
    assert.deepEqual(tabProblems, { console: [], errors: [] });
    assert.deepEqual(await violations(tab), []);
    await tab.close();

    await page.reload();
    await page.locator('#plan-written li').nth(2).waitFor();
    const again = await openOnePager(page);
    for (const [i, c] of COMMITMENTS.entries()) {
      assert.deepEqual(await commitmentShown(again, i + 1), { lever: '', ...c }, `commitment ${i + 1}`);
    }
    assert.equal(await again.locator('#plan-cn').inputValue(), NEXT);
    assert.equal(await again.locator('#plan-link').inputValue(), kept);
    assert.deepEqual(problems.errors, []);
    assert.deepEqual(await violations(page), []);
  });
  await context.close();
});

test('the tab never writes into a summary tab that shows another page or survey, and says so', async () => {
  const { page, context } = await open(env, SUMMARY);
  await keepScreenshotOnFailure(page, 'action-unlinked', async () => {
    await pasteCodes(page, madeCodes(ID, 20, 27).join('\n'));
    const tab = await openOnePager(page);
    // The summary tab moves on to another survey's summary.
    const other = SUMMARY.replace('Staff+wellbeing+2026', 'Another+survey');
    await page.goto(`${env.server.url}/${other}`);
    await page.locator('#wave-1-codes').waitFor();
    const address = page.url();
    await typeCommitment(tab, 1, COMMITMENTS[0]);
    await tab.locator('#plan-unlinked', { hasText: 'Copy the link above to keep them' }).waitFor();
    assert.equal(page.url(), address, 'the other survey\'s summary is untouched');
    assert.ok((await tab.locator('#plan-link').inputValue()).includes('c1w=Two+more+night-shift'));
    // The setup page in that tab is untouched too.
    await page.goto(`${env.server.url}/organizer/setup/#/`);
    await page.locator('#setup-title').waitFor();
    await tab.locator('#plan-c1o').fill('Someone else');
    await tab.locator('#plan-unlinked', { hasText: 'Copy the link above' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/organizer/setup/');
  });
  await context.close();
});

test('the one-pager takes the codes given in the summary tab after it opened, and keeps what was typed', async () => {
  const { page, context } = await open(env, SUMMARY);
  await keepScreenshotOnFailure(page, 'action-refresh', async () => {
    const first = madeCodes(ID, 30, 28);
    await pasteCodes(page, first.join('\n'));
    await page.locator('[data-figure=n]').filter({ hasText: '30 responses counted.' }).waitFor();
    const tab = await openOnePager(page);
    await tab.locator('#staff-lang-en').check();
    await tab.locator('#plan-cn').fill(NEXT);
    assert.match(await tab.locator('.staff-sheet').innerText(), /30 of you answered/);
    await page.bringToFront();
    await pasteCodes(page, [...first, ...madeCodes(ID, 12, 29)].join('\n'));
    await page.locator('[data-figure=n]').filter({ hasText: '42 responses counted.' }).waitFor();
    await tab.bringToFront();
    await tab.locator('.staff-sheet', { hasText: '42 of you answered' }).waitFor();
    assert.equal(await tab.locator('#plan-cn').inputValue(), NEXT);
  });
  await context.close();
});

test('the survey page staff open ignores the commitments, as it ignores every organizer setting', async () => {
  const { page, context, problems } = await open(env, `#/survey?${SETTINGS}&c1w=Secret+plan&cn=2027-09-01`);
  await keepScreenshotOnFailure(page, 'action-survey', async () => {
    await page.getByText('Staff wellbeing 2026').first().waitFor();
    assert.equal(await page.locator('[role=alert]').count(), 0);
    assert.ok(!(await page.locator('body').innerText()).includes('Secret plan'));
    assert.deepEqual(problems.errors, []);
  });
  await context.close();
});

test('"Edit this survey" writes the commitments into the new summary link', async () => {
  const { page, context } = await open(env, SUMMARY);
  await keepScreenshotOnFailure(page, 'action-edit', async () => {
    await planFromTab(page);
    const href = await page.locator('a.edit-survey').getAttribute('href');
    const plan = new URL(`http://x/${(await page.evaluate(() => location.hash)).slice(1)}`).search;
    await page.goto(new URL(href, page.url()).href);
    await page.getByRole('button', { name: 'Make the links' }).click();
    const summary = await page.locator('#summary-link').inputValue();
    const query = new URLSearchParams(summary.split('#/summary?')[1]);
    const typed = new URLSearchParams(plan);
    for (const [key, value] of typed) {
      if (/^c([1-3][wobla]|n)$/.test(key)) assert.equal(query.get(key), value, key);
    }
    assert.equal(query.get('c1w'), COMMITMENTS[0].what);
  });
  await context.close();
});

test('the staff one-pager: one page of Letter and of A4, in English and Spanish, its text for e-mail, axe clean', async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  const { page, context, problems } = await open(env, SUMMARY);
  await keepScreenshotOnFailure(page, 'action-sheet', async () => {
    await pasteCodes(page, madeCodes(ID, 120, 22).join('\n'));
    const burnout = (await page.locator('[data-figure=findings]').innerText()).match(/(\d+)\s?%/)[1];
    await page.locator('#show-sheet').focus();
    const requestsBefore = env.server.requests.length;
    const { tab, problems: tabProblems } = await openedTab(context, () => page.keyboard.press('Enter'));
    assert.equal(new URL(tab.url()).hash, '#/staff', 'no figure and no commitment in the address');
    await tab.locator('.staff-sheet').waitFor();
    assert.equal(await tab.locator('main h1').innerText(), 'What you told us — what we will do');
    assert.equal(await tab.title(), 'What you told us — what we will do');
    await typePlan(tab);
    await page.locator('#plan-written li').nth(2).waitFor();
    assert.deepEqual(await seriousA11yViolations(tab), []);
    await screenshot(tab, 'action-form-1280');
    await tab.locator('#plan').screenshot({ path: join(ARTIFACTS, 'action-plan-1280.png') });
    await page.locator('#plan').screenshot({ path: join(ARTIFACTS, 'action-summary-plan-1280.png') });
    // The survey starts in Spanish (l=es): so does its one-pager, whatever the page's language.
    assert.equal(await tab.locator('#staff-lang-es').isChecked(), true);
    assert.equal(await tab.locator('.staff-sheet').getAttribute('lang'), 'es');
    await tab.locator('#staff-lang-en').check();
    assert.deepEqual(await seriousA11yViolations(tab), []);
    await screenshot(tab, 'action-sheet-1280');
    const sheet = await tab.locator('.staff-sheet').innerText();
    for (const unit of UNITS) assert.ok(!sheet.includes(unit), `no unit on the sheet: ${unit}`);
    for (const [lang, heading, date] of [['en', 'What we will do', 'March 31, 2027'], ['es', 'Lo que vamos a hacer', '31 de marzo de 2027']]) {
      await tab.locator(`#staff-lang-${lang}`).check();
      for (const [paper, points] of Object.entries(PAPERS)) {
        await tab.locator(`#sheet-paper-${paper.toLowerCase()}`).check();
        const pdf = await tab.pdf({ preferCSSPageSize: true, printBackground: true });
        const file = join(ARTIFACTS, `staff-one-pager-${lang}-${paper}.pdf`);
        await writeFile(file, pdf);
        assert.equal(pagesOf(pdf), 1, `${lang} ${paper}: one page`);
        const size = pageSizeOf(pdf);
        assert.ok(size.every((v, i) => Math.abs(v - points[i]) < 2), `${lang} ${paper}: ${size}`);
        const text = execFileSync('pdftotext', [file, '-']).toString('utf8').replace(/\s+/g, ' ');
        for (const needed of [heading, date, `${burnout}`, '120', ...COMMITMENTS.map((c) => c.what), ...COMMITMENTS.map((c) => c.who)]) {
          assert.ok(text.includes(needed), `${lang} ${paper} has "${needed}": ${text}`);
        }
        assert.ok(!text.includes('Staff wellbeing 2026 —'), 'no report footer on the poster');
        execFileSync('pdftoppm', ['-r', '50', '-png', '-singlefile', file, join(ARTIFACTS, `staff-one-pager-${lang}-${paper}`)]);
      }
    }
    // The same words as text, for e-mail or the intranet.
    const mail = await tab.locator('#staff-text').inputValue();
    assert.match(mail, /^Lo que nos dijeron y lo que vamos a hacer\n=+\n/);
    for (const c of COMMITMENTS) assert.ok(mail.includes(`- ${c.what}`), mail);
    assert.ok(mail.includes('Próxima encuesta: 1 de septiembre de 2027'), mail);
    await tab.locator('#staff-lang-en').check();
    assert.ok((await tab.locator('#staff-text').inputValue()).includes('Next survey: September 1, 2027'));
    // The tab asked for its own files and nothing more.
    const files = env.server.requests.slice(requestsBefore).map((r) => r.path);
    assert.ok(files.every((file) => file.startsWith('/organizer/print/')), files.join(', '));
    assert.deepEqual(await violations(tab), []);
    assert.deepEqual(tabProblems, { console: [], errors: [] });
    // Back, by keyboard: the tab closes, and the summary is as it was, the codes still counted.
    await tab.locator('#sheet-back').focus();
    // The key closes the page it is pressed in, so the press itself may end with the page gone.
    await Promise.all([
      tab.waitForEvent('close'),
      tab.keyboard.press('Enter').catch((error) => {
        if (!tab.isClosed()) throw error;
      }),
    ]);
    await page.locator('#show-sheet').waitFor();
    assert.match(await page.locator('[data-figure=n]').innerText(), /120 responses counted/);
    assert.deepEqual(problems.errors, []);
  });
  await context.close();
});

test('on a phone, 375 wide: the form and the one-pager', async () => {
  const { page, context } = await open(env, SUMMARY, { viewport: { width: 375, height: 740 } });
  await keepScreenshotOnFailure(page, 'action-375', async () => {
    await pasteCodes(page, madeCodes(ID, 30, 23).join('\n'));
    const tab = await planFromTab(page);
    await page.locator('#plan').scrollIntoViewIfNeeded();
    await page.locator('#plan').screenshot({ path: join(ARTIFACTS, 'action-summary-plan-375.png') });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `no sideways scrolling: ${width}`);
    await screenshot(tab, 'action-form-375');
    await tab.locator('#plan').screenshot({ path: join(ARTIFACTS, 'action-plan-375.png') });
    await screenshot(tab, 'action-sheet-375');
    assert.ok((await tab.evaluate(() => document.documentElement.scrollWidth)) <= 375);
    assert.deepEqual(await seriousA11yViolations(tab), []);
  });
  await context.close();
});

test('below the minimum group size the one-pager shows no figure, and says why', async () => {
  const { page, context } = await open(env, SUMMARY);
  await keepScreenshotOnFailure(page, 'action-few', async () => {
    await pasteCodes(page, madeCodes(ID, 3, 24).join('\n'));
    const tab = await planFromTab(page);
    await tab.locator('#staff-lang-en').check();
    const sheet = await tab.locator('.staff-sheet').innerText();
    assert.match(sheet, /3 of you answered/);
    assert.match(sheet, /at least 5 people/);
    assert.ok(!sheet.includes('%'), sheet);
  });
  await context.close();
});

test('after a follow-up, "did it help?" puts each commitment beside its lever\'s change', async () => {
  const { page, context } = await open(env, SUMMARY);
  await keepScreenshotOnFailure(page, 'action-help', async () => {
    await pasteCodes(page, madeCodes(ID, 60, 25).join('\n'));
    const tab = await planFromTab(page);
    await tab.close();
    // The commitments answer the first wave; nothing to say until the next one is given.
    assert.equal(await page.locator('[data-section=did-it-help]').count(), 0);
    await page.getByRole('button', { name: 'Add a later wave' }).click();
    await page.locator('#wave-2-codes').fill(madeCodes(ID, 60, 26).join('\n'));
    await page.getByRole('button', { name: 'Count these codes' }).nth(1).click();
    const help = page.locator('[data-section=did-it-help]');
    await help.waitFor();
    await help.screenshot({ path: join(ARTIFACTS, 'action-did-it-help-1280.png') });
    const items = await help.locator('li').allInnerTexts();
    assert.equal(items.length, 3);
    assert.ok(items[0].startsWith(COMMITMENTS[0].what) && /Resources rated favourably: \d+% → \d+%/.test(items[0]), items[0]);
    assert.match(items[2], /No lever was chosen/);
    // Words only where the interval is on one side of zero.
    for (const li of await help.locator('[data-direction]').all()) {
      const direction = await li.getAttribute('data-direction');
      const item = await li.locator('xpath=..').innerText();
      const [, low, high] = /interval ([+−]?\d+) to ([+−]?\d+)/.exec(item);
      const n = (s) => Number(s.replace('−', '-'));
      const expected = n(low) > 0 ? 'up' : n(high) < 0 ? 'down' : 'unclear';
      // Whole points are rounded: an end shown as 0 may lie just beside zero.
      if (n(low) !== 0 && n(high) !== 0) assert.equal(direction, expected, item);
    }
    assert.deepEqual(await seriousA11yViolations(page), []);
  });
  await context.close();
});

test('opened by itself, the printable documents\' page says it has nothing to print and leads to the summary', async () => {
  for (const [lang, said] of [['en-US', 'it has nothing to print'], ['es-ES', 'no tiene nada que imprimir']]) {
    const { page, context, problems, requestsAtLoad } = await open(env, 'organizer/print/#/staff', { locale: lang });
    await keepScreenshotOnFailure(page, `print-alone-${lang}`, async () => {
      await page.locator('[role=alert]', { hasText: said }).waitFor();
      assert.equal(await page.locator('.staff-sheet, #plan').count(), 0);
      const link = page.locator('main a.button');
      assert.equal(new URL(await link.getAttribute('href'), page.url()).pathname, '/organizer/');
      assert.deepEqual(await seriousA11yViolations(page), []);
      await screenshot(page, `print-alone-${lang}`);
      assert.deepEqual(env.server.requests.slice(requestsAtLoad), []);
      assert.deepEqual(problems.errors, []);
      assert.deepEqual(problems.console, []);
    });
    await context.close();
  }
});

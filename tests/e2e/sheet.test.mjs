// The sheet of single-use slips end to end against the release build: a survey made with 20 slips
// on the setup page, its sheet opened from the kit, printed to PDF on A4 and on Letter, each page
// rasterized at 100 dpi and every slip's QR code read back with zbarimg, one slip at a time, as a
// phone would. The links read must be 20 distinct survey links of this survey, each with a slip
// of its key, and their slips exactly the slip codes printed on the sheet and the key's first 20.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  ARTIFACTS,
  finishByMouse,
  keepScreenshotOnFailure,
  launch,
  linkQueries,
  open,
  interactive,
  pagesOf,
  pageSizeOf,
  qrCodesIn,
  recordViolations,
  screenshot,
  seriousA11yViolations,
  slipCodes,
  violations,
} from './lib/harness.mjs';
import { slipBits, slipCodeOf } from './lib/slips.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

const PAPERS = {
  A4: { id: 'sheet-paper-a4', mm: [210, 297], points: [595, 842] },
  Letter: { id: 'sheet-paper-letter', mm: [215.9, 279.4], points: [612, 792] },
};
const SLIP_CODE = /\b[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}\b/g;
const grouped = (nine) => nine.replace(/^(...)(...)(...)$/, '$1-$2-$3');

/** Fills in a three-unit survey in English, with `count` typed as its number of slips. */
async function fillSurvey(page, count) {
  await page.getByLabel('Survey title').fill('Night shift pulse');
  await page.getByLabel('Organization (optional)').fill('Riverside Community Hospital');
  for (const [i, unit] of ['Emergency', 'Intensive care', 'Surgery'].entries()) {
    await page.getByRole('button', { name: 'Add a unit' }).click();
    await page.locator(`#setup-unit-${i}`).fill(unit);
  }
  await page.locator('#setup-lang').selectOption('en');
  await page.locator('#setup-slips').check();
  await page.locator('#setup-slip-count').fill(count);
}

/** Opens the sheet from the kit's link (a new tab) and waits until every page is written. */
async function openSheet(context, page) {
  await context.addInitScript(recordViolations);
  const [sheet] = await Promise.all([context.waitForEvent('page'), page.locator('#slips-open').click()]);
  await interactive(sheet);
  // The status says so, in the page's language, once the last page is written.
  await sheet.locator('#sheet-status', { hasText: /\w/ }).waitFor();
  return sheet;
}

/**
 * Where each slip prints, in millimetres on its PDF page: the sheet's pages measured as the
 * browser lays them out for print, each box centred on the paper as the page rules put it.
 */
async function slipRegions(sheet, paper) {
  await sheet.emulateMedia({ media: 'print' });
  const pages = await sheet.locator('.sheet__page').evaluateAll((all) =>
    all.map((p) => {
      const box = p.getBoundingClientRect();
      return {
        width: box.width,
        height: box.height,
        slips: [...p.querySelectorAll('.sheet__slip')].map((s) => {
          const r = s.getBoundingClientRect();
          return [r.left - box.left, r.top - box.top, r.width, r.height];
        }),
      };
    }),
  );
  await sheet.emulateMedia({ media: null });
  const mm = (cssPixels) => (cssPixels * 25.4) / 96;
  const [paperWidth, paperHeight] = PAPERS[paper].mm;
  // A millimetre inside each cut line, so that the neighbours' dashes stay out of the picture.
  const inset = 1;
  return pages.flatMap((p, index) => {
    const left = (paperWidth - mm(p.width)) / 2;
    const top = (paperHeight - mm(p.height)) / 2;
    return p.slips.map(([x, y, width, height]) => ({
      page: index + 1,
      x: left + mm(x) + inset,
      y: top + mm(y) + inset,
      width: mm(width) - 2 * inset,
      height: mm(height) - 2 * inset,
    }));
  });
}

test('a 20-slip sheet prints on A4 and Letter, and its QR codes read back as the 20 slips of the survey', async () => {
  const { page, context, problems } = await open(env, 'organizer/setup/#/', { viewport: { width: 1280, height: 900 } });
  await keepScreenshotOnFailure(page, 'sheet-setup', async () => {
    await fillSurvey(page, '0');
    // Anything but a whole number from 1 to 4000 is refused beside the field, with the reason.
    for (const bad of ['0', '4001', 'ten']) {
      await page.locator('#setup-slip-count').fill(bad);
      await page.locator('#setup-slip-count').press('Tab');
      assert.equal(
        await page.locator('#setup-slip-count-error').innerText(),
        'The number of slips must be a whole number from 1 to 4000.',
        bad,
      );
      assert.equal(await page.locator('#setup-slip-count').getAttribute('aria-invalid'), 'true');
    }
    await page.locator('#setup-slip-count').fill('20');
    assert.equal(await page.locator('#setup-slip-count-error').count(), 0);
    await page.locator('.slips').screenshot({ path: join(ARTIFACTS, 'setup-slips-field-1280.png') });
    await page.getByRole('button', { name: 'Make the links' }).click();
    await page.locator('#slips-open').waitFor();

    // The survey link says slips (p=1) and holds no key; only the summary link does.
    const surveyLink = await page.locator('#survey-link').inputValue();
    const summaryLink = await page.locator('#summary-link').inputValue();
    assert.match(surveyLink, new RegExp(`^${env.server.url}/#/survey\\?v=4&id=[0-9A-Z]{10}&t=Night\\+shift\\+pulse&.*&l=en&p=1$`));
    assert.doesNotMatch(surveyLink, /[?&](pk|pn|pc)=/);
    const [, key] = new RegExp(`^${surveyLink.replace('/#/survey?', '/organizer/#/summary?').replace(/[?+.]/g, '\\$&')}&pn=20&pk=([0-9A-Z]{26})$`).exec(summaryLink) ?? [];
    assert.ok(key, `the summary link carries the number of slips and their key: ${summaryLink}`);

    // The checklist and the survey file say what to do with slips and with the key.
    const checklist = await page.locator('.checklist').innerText();
    assert.match(checklist, /Let staff draw slips blind: from a box in the staff room, or in sealed envelopes\. Never hand them out by name or from a list/);
    assert.match(checklist, /Keep the summary link and the survey file private: the summary link holds the slips' key/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the survey file' }).click()]);
    const kept = await readFile(await download.path(), 'utf8');
    assert.ok(kept.includes(`${summaryLink}\n\nSINGLE-USE SLIPS: the summary link above holds the slips' secret key. Keep it, and this file, private`), kept);
    assert.ok(kept.includes('\nSingle-use slips: on; slips printed: 20\n'), kept);
    assert.deepEqual(await seriousA11yViolations(page), [], 'axe on the setup page with slips on');
    await screenshot(page, 'setup-slips-made-1280');

    // The sheet, in a tab of its own.
    const sheet = await openSheet(context, page);
    const sheetProblems = { console: [] };
    sheet.on('console', (msg) => msg.type() === 'error' && sheetProblems.console.push(msg.text()));
    const requestsAtSheet = env.server.requests.length;
    assert.equal(await sheet.locator('main h1').innerText(), 'Single-use slips');
    assert.equal(await sheet.title(), 'Candor — single-use slips');
    assert.deepEqual(await seriousA11yViolations(sheet), [], 'axe on the sheet');
    await screenshot(sheet, 'slips-sheet-1280');
    const grid = await sheet.locator('.sheet__grid').first().getAttribute('class');
    const perPage = await sheet.locator('.sheet__page').first().locator('.sheet__slip').count();
    console.log(`sheet grid: ${grid}, ${perPage} slips a page`);
    assert.equal(await sheet.locator('.sheet__slip').count(), 20);
    assert.equal(await sheet.locator('.sheet__page').count(), Math.ceil(20 / perPage));
    // Every page says, in print, to shuffle and draw blind.
    assert.equal(
      await sheet.locator('.sheet__draw', { hasText: 'never hand them out by name or from a list' }).count(),
      Math.ceil(20 / perPage),
    );

    // The codes as printed, in printing order: the key's 20 slips, shuffled.
    const printed = (await sheet.locator('.sheet__code').allInnerTexts()).map((c) => c.trim());
    const expected = slipCodes(key, 20);
    assert.deepEqual([...printed].sort(), [...expected].sort());
    assert.notDeepEqual(printed, expected, 'the slips are not printed in serial order');

    await mkdir(ARTIFACTS, { recursive: true });
    let slipLinks = [];
    for (const paper of ['A4', 'Letter']) {
      await sheet.locator(`#${PAPERS[paper].id}`).check();
      const pdf = await sheet.pdf({ preferCSSPageSize: true, printBackground: true });
      const path = join(ARTIFACTS, `slips-sheet-${paper}.pdf`);
      await writeFile(path, pdf);
      // The page rule sets the paper; the pages are the sheet's pages.
      const size = pageSizeOf(pdf);
      assert.ok(size.every((v, i) => Math.abs(v - PAPERS[paper].points[i]) < 2), `${paper}: ${size}`);
      assert.equal(pagesOf(pdf), Math.ceil(20 / perPage), `${paper}: pages`);
      // The slip codes as the PDF's text says them.
      const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
      assert.deepEqual([...(text.match(SLIP_CODE) ?? [])].sort(), [...expected].sort(), `${paper}: codes in the text`);
      // Each slip's QR code, read where it prints at 100 dpi.
      const regions = await slipRegions(sheet, paper);
      assert.equal(regions.length, 20);
      const links = qrCodesIn(path, regions);
      assert.deepEqual(links.filter((l) => l === null), [], `${paper}: every QR code reads`);
      assert.equal(new Set(links).size, 20, `${paper}: 20 distinct links`);
      // Each holds the compact form of its slip's survey link (fewer bits in the QR code), which
      // reads as the survey link with the slip.
      assert.ok(links.every((link) => link.startsWith(`${env.server.url}/#/C/`)), `${paper}: compact links`);
      const surveyQuery = surveyLink.split('#/survey?')[1];
      const slips = linkQueries(links).map((query) => {
        const [, code] = /&pc=([0-9A-Z]{9})$/.exec(query) ?? [];
        assert.equal(query, `${surveyQuery}&pc=${code}`, `${paper}: a survey link of this survey with its slip`);
        return grouped(code);
      });
      assert.deepEqual([...slips].sort(), [...expected].sort(), `${paper}: the QR codes hold exactly the printed slips`);
      // Each slip's QR code holds the slip printed under it.
      assert.deepEqual(slips, printed, `${paper}: each code under its own QR code`);
      slipLinks = links;
      const png = execFileSync('pdftoppm', ['-r', '100', '-png', '-f', '1', '-l', '1', '-singlefile', path], { maxBuffer: 1 << 26 });
      await writeFile(join(ARTIFACTS, `slips-sheet-${paper}-page1-100dpi.png`), png);
    }

    // Nothing was asked of the server while the sheet was written and printed.
    assert.deepEqual(env.server.requests.slice(requestsAtSheet), [], 'the sheet asked for more after load');

    // Staff use the slips read back from the paper: three give a code each; a fourth is used
    // twice, with other answers; one code comes from the survey's link as it was before slips;
    // one slip code is altered by someone who knows the format but not the key.
    const person = await context.newPage();
    const respond = async (url, answers, typed) => {
      await person.goto(url);
      await person.reload();
      await interactive(person);
      if (typed) await person.getByLabel(/^Your slip code/).fill(typed);
      await person.getByRole('button', { name: 'Start the survey' }).click();
      await finishByMouse(person, answers);
      return (await person.locator('#code').innerText()).trim();
    };
    const answers = (burnout, rating) => ({ burnout, satisfaction: rating, 'values-1': rating });
    const [a, b, c, d] = slipLinks;
    const codes = {
      first: await respond(a, answers(1, 2)),
      second: await respond(b, answers(3, 0)),
      third: await respond(c, answers(0, 3)),
      reusedA: await respond(d, answers(4, 1)),
      reusedB: await respond(d, answers(2, 2)),
      plain: await respond(surveyLink.replace('?v=4&', '?v=1&').replace(/&p=1$/, ''), answers(2, 1)),
      forged: await respond(surveyLink, answers(1, 1), slipCodeOf(slipBits(printed[4]) ^ 1)),
    };
    assert.equal(new Set(Object.values(codes)).size, 7);
    const reusedSlip = grouped(/&pc=([0-9A-Z]{9})$/.exec(linkQueries([d])[0])[1]);

    // The summary link (with the key) counts the three, and says what became of the others, and why.
    await person.goto(summaryLink);
    await person.reload();
    await interactive(person);
    await person.locator('#wave-1-headcount').fill('2');
    await person.locator('#wave-1-codes').fill(Object.values(codes).join('\n'));
    await person.getByRole('button', { name: 'Count these codes' }).first().click();
    const found = person.locator('.found');
    await found.locator('[data-figure=slips]').waitFor();
    const count = async (verdict) => Number(await found.locator(`[data-verdict=${verdict}] strong`).first().innerText());
    assert.equal(await count('accepted'), 3);
    assert.equal(await count('slip-reused'), 2);
    assert.equal(await count('slip'), 2);
    assert.match(await person.locator('main').innerText(), /\n3 responses counted\.\n/);
    assert.equal(await found.locator('[data-figure=slips]').innerText(), 'Single-use slips: 4 of 20 slips used; 3 counted.');
    assert.match(
      await found.locator('[data-slips=reused]').innerText(),
      /^Slips that reached this summary in more than one different code: 1\. None of their codes is counted/,
    );
    const reusedList = await found.locator('.reused-slips li').allInnerTexts();
    assert.equal(reusedList.length, 1);
    assert.ok(reusedList[0].startsWith(`Slip ${reusedSlip}: 2 codes, none counted —`), reusedList[0]);
    assert.ok(reusedList[0].includes(codes.reusedA) && reusedList[0].includes(codes.reusedB));
    const keptApart = await found.locator('.problems li[data-verdict=slip]').allInnerTexts();
    assert.equal(keptApart.length, 2);
    assert.ok(keptApart[0].includes(codes.plain) && /made without a single-use slip/.test(keptApart[0]), keptApart[0]);
    assert.ok(keptApart[1].includes(codes.forged) && /not one of this survey's slips/.test(keptApart[1]), keptApart[1]);
    // Two staff invited, three counted: the alarm at the top.
    assert.match(await found.innerText(), /more responses than staff invited: some codes may not come from distinct staff/);
    // A survey with slips offers no combined code, and says why.
    assert.equal(await person.locator('#combined-code').count(), 0);
    assert.match(await person.locator('[data-combined=slips]').innerText(), /has no combined code/);
    await screenshot(person, 'slips-summary');
    assert.deepEqual(await seriousA11yViolations(person), [], 'axe on the summary of a survey with slips');
    await person.close();

    // Opened again, the sheet draws another order.
    const again = await openSheet(context, page);
    const reordered = (await again.locator('.sheet__code').allInnerTexts()).map((c) => c.trim());
    assert.deepEqual([...reordered].sort(), [...printed].sort());
    assert.notDeepEqual(reordered, printed, 'each sheet draws its own order');

    assert.deepEqual(problems.console, []);
    assert.deepEqual(sheetProblems.console, []);
    assert.deepEqual(await violations(sheet), []);
  });
  await context.close();
});

test('phone size, Spanish: the slips setting and the sheet have no serious accessibility problem', async () => {
  const { page, context, problems } = await open(env, 'organizer/setup/#/', { viewport: { width: 375, height: 812 }, locale: 'es' });
  await keepScreenshotOnFailure(page, 'sheet-phone', async () => {
    await page.getByLabel('Título de la encuesta').fill('Bienestar 2026');
    await page.locator('#setup-slips').check();
    await page.locator('#setup-slip-count').fill('12');
    assert.match(await page.locator('#setup-slips-hint').innerText(), /Su navegador crea una clave secreta para las papeletas/);
    await page.locator('.slips').screenshot({ path: join(ARTIFACTS, 'setup-slips-field-es-375.png') });
    await page.getByRole('button', { name: 'Crear los enlaces' }).click();
    await page.locator('#slips-open').waitFor();
    assert.deepEqual(await seriousA11yViolations(page), []);
    await screenshot(page, 'setup-slips-made-es-375');
    const sheet = await openSheet(context, page);
    // The survey sets no language: the slips speak the page's.
    assert.match(await sheet.locator('.sheet__note').first().innerText(), /Una papeleta, una respuesta\./);
    assert.equal(await sheet.locator('#sheet-status').innerText(), 'Todas las papeletas están listas para imprimir.');
    assert.match(await sheet.locator('.lead').innerText(), /12 en una página/);
    assert.deepEqual(await seriousA11yViolations(sheet), []);
    await screenshot(sheet, 'slips-sheet-es-375');
    // Switched to English, the page and the slips follow.
    await sheet.locator('.lang-switch button[lang=en]').click();
    await sheet.locator('#sheet-status', { hasText: 'Every slip is ready to print.' }).waitFor();
    assert.match(await sheet.locator('.sheet__note').first().innerText(), /One slip, one response\./);
    assert.deepEqual(problems.console, []);
  });
  await context.close();
});

test('the sheet explains an address it cannot print, and the keyboard reaches its paper and print button', async () => {
  const { page, context } = await open(env, 'organizer/setup/#/slips?v=4&id=K7M2Q9XT4B&t=Pulse&p=1');
  await keepScreenshotOnFailure(page, 'sheet-refused', async () => {
    // A survey link holds no key: no sheet, and the reason.
    assert.match(await page.locator('[role=alert]').innerText(), /does not hold a survey with single-use slips and their key/);
    assert.equal(await page.locator('.sheet__slip').count(), 0);
    await page.goto(`${env.server.url}/organizer/setup/#/slips?v=4&id=K7M2Q9XT4B&t=Pulse&p=1&pn=5&pk=38GVXW0XEWRPFA6HV7Z6HCGEF0`);
    await page.locator('#sheet-status', { hasText: 'Every slip is ready to print.' }).waitFor();
    const focusedId = () => page.evaluate(() => document.activeElement?.id);
    // Tab from the top reaches the paper chosen (Letter, for a browser in en-US), then the button.
    for (let i = 0; i < 20 && (await focusedId()) !== 'sheet-paper-letter'; i += 1) {
      await page.keyboard.press('Tab');
    }
    assert.equal(await focusedId(), 'sheet-paper-letter');
    assert.match(await page.locator('.sheet').getAttribute('class'), /sheet--letter/);
    // Arrow keys move between the papers; the sheet's class follows.
    await page.keyboard.press('ArrowDown');
    assert.equal(await focusedId(), 'sheet-paper-a4');
    assert.match(await page.locator('.sheet').getAttribute('class'), /sheet--a4/);
    await page.keyboard.press('Tab');
    assert.equal(await focusedId(), 'sheet-print');
  });
  await context.close();
});

test('an edit that raises the number of slips keeps their key and offers a sheet of only the new ones', async () => {
  const key = '38GVXW0XEWRPFA6HV7Z6HCGEF0';
  const { page, context } = await open(env, `organizer/setup/#/edit?v=4&id=K7M2Q9XT4B&t=Pulse&l=en&p=1&pn=20&pk=${key}`);
  await keepScreenshotOnFailure(page, 'sheet-more', async () => {
    assert.equal(await page.locator('#setup-slips').isChecked(), true);
    assert.equal(await page.locator('#setup-slip-count').inputValue(), '20');
    await page.locator('#setup-slip-count').fill('30');
    await page.getByRole('button', { name: 'Make the links' }).click();
    assert.match(await page.locator('#summary-link').inputValue(), new RegExp(`&p=1&pn=30&pk=${key}$`));
    assert.match(await page.locator('.slips-section').innerText(), /Slips 1 to 20 were printed before this edit/);
    const [sheet] = await Promise.all([context.waitForEvent('page'), page.locator('#slips-open-new').click()]);
    await sheet.locator('#sheet-status', { hasText: /\w/ }).waitFor();
    const printed = (await sheet.locator('.sheet__code').allInnerTexts()).map((c) => c.trim());
    assert.deepEqual(printed.sort(), slipCodes(key, 30).slice(20).sort());
    // Fewer slips than before: the form says what that does to slips already printed.
    await page.locator('#setup-slip-count').fill('12');
    assert.match(await page.locator('.notice[role=status]').innerText(), /You lowered the number of slips from 20 to 12/);
  });
  await context.close();
});

test('the largest survey the rules allow: its poster and its slips print and read back at 100 dpi', async () => {
  // Every text at its longest: 30 units of 60 characters, title and organization of 120, an
  // instruction of 300 (docs/link-format.md, "How small the QR code gets").
  const key = '38GVXW0XEWRPFA6HV7Z6HCGEF0';
  const words = (length, seed) => {
    const pool = ['turno', 'noche', 'urgencias', 'cuidados', 'planta', 'servicio', 'equipo', 'unidad', 'hospital', 'semana'];
    let text = '';
    for (let i = seed; text.length < length; i++) text += `${pool[i % pool.length]} `;
    return text.slice(0, length).trim();
  };
  const query = new URLSearchParams([
    ['v', '4'],
    ['id', 'K7M2Q9XT4B'],
    ['t', words(120, 1)],
    ['o', words(120, 2)],
    ...Array.from({ length: 30 }, (_, i) => ['u', `${i + 1} ${words(60, i)}`.slice(0, 60).trim()]),
    ['r', '1'],
    ['l', 'es'],
    ['s', words(300, 3)],
    ['p', '1'],
    ['pn', '4'],
    ['pk', key],
  ]);
  const { page, context } = await open(env, `organizer/setup/#/edit?${query}`);
  await keepScreenshotOnFailure(page, 'sheet-largest', async () => {
    await page.getByRole('button', { name: 'Make the links' }).click();
    await page.locator('.poster svg').waitFor();
    const surveyQuery = (await page.locator('#survey-link').inputValue()).split('#/survey?')[1];
    assert.ok(surveyQuery.length > 2400, `${surveyQuery.length}`);
    await mkdir(ARTIFACTS, { recursive: true });
    // The poster, printed alone on A4, read back at 100 dpi: the survey's compact link.
    const posterSide = Number((await page.locator('.poster svg').getAttribute('viewBox')).split(' ')[2]);
    await page.emulateMedia({ media: 'print' });
    const posterMm = ((await page.locator('.poster svg').boundingBox()).width * 25.4) / 96;
    await page.emulateMedia({ media: null });
    console.log(`largest poster: version ${(posterSide - 8 - 17) / 4}, ${posterMm.toFixed(0)} mm, module ${(posterMm / posterSide).toFixed(2)} mm`);
    const poster = join(ARTIFACTS, 'poster-largest-A4.pdf');
    await writeFile(poster, await page.pdf({ format: 'A4', printBackground: true }));
    const png = join(ARTIFACTS, 'poster-largest-A4-100dpi');
    execFileSync('pdftoppm', ['-r', '100', '-png', '-singlefile', poster, png]);
    const [read] = execFileSync('zbarimg', ['--quiet', '--raw', `${png}.png`], { encoding: 'utf8' }).trim().split('\n');
    assert.ok(read.startsWith(`${env.server.url}/#/C/`), read);
    assert.deepEqual(linkQueries([read]), [surveyQuery]);
    // Its four slips, each read where it prints.
    const sheet = await openSheet(context, page);
    const printed = (await sheet.locator('.sheet__code').allInnerTexts()).map((c) => c.trim());
    assert.deepEqual([...printed].sort(), slipCodes(key, 4).sort());
    // The figures docs/link-format.md states for the largest slip: QR version, slips a page, module.
    const side = Number((await sheet.locator('.sheet__qr svg').first().getAttribute('viewBox')).split(' ')[2]);
    const perPage = await sheet.locator('.sheet__page').first().locator('.sheet__slip').count();
    await sheet.emulateMedia({ media: 'print' });
    const widthMm = ((await sheet.locator('.sheet__qr').first().boundingBox()).width * 25.4) / 96;
    await sheet.emulateMedia({ media: null });
    console.log(`largest slip: version ${(side - 8 - 17) / 4}, ${perPage} a page, module ${(widthMm / side).toFixed(2)} mm`);
    assert.ok(widthMm / side >= 0.6, `${widthMm / side}`);
    await sheet.locator(`#${PAPERS.A4.id}`).check();
    const path = join(ARTIFACTS, 'slips-largest-A4.pdf');
    await writeFile(path, await sheet.pdf({ preferCSSPageSize: true, printBackground: true }));
    const links = qrCodesIn(path, await slipRegions(sheet, 'A4'));
    const slips = linkQueries(links).map((q) => grouped(/&pc=([0-9A-Z]{9})$/.exec(q)?.[1] ?? ''));
    assert.deepEqual(slips, printed);
    const first = execFileSync('pdftoppm', ['-r', '100', '-png', '-f', '1', '-l', '1', '-singlefile', path], { maxBuffer: 1 << 26 });
    await writeFile(join(ARTIFACTS, 'slips-largest-A4-page1-100dpi.png'), first);
  });
  await context.close();
});

// The setup page end to end against the release build: a survey created with the keyboard alone,
// taken, and its code counted through the summary link; the QR code read back from the poster;
// the poster printed to PDF on Letter and A4; editing a survey; a tampered summary link.
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
  open,
  pagesOf,
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

const focused = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent);

/** Presses Tab until the element with `id` has focus (at most 40 times). */
async function tabTo(page, id) {
  for (let i = 0; i < 40; i += 1) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached #${id}`);
}

/** Presses Shift+Tab until the element with `id` has focus (at most 40 times). */
async function tabBackTo(page, id) {
  for (let i = 0; i < 40; i += 1) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press('Shift+Tab');
  }
  assert.fail(`Shift+Tab never reached #${id}`);
}

/** Presses `key` until the focused element's accessible label matches `label` (at most 20 times). */
async function pressUntilLabel(page, key, label) {
  for (let i = 0; i < 20; i += 1) {
    const current = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') || '');
    if (label.test(current)) return;
    await page.keyboard.press(key);
  }
  assert.fail(`${key} never reached ${label}`);
}

/** Pages in a PDF made by Chromium. */
test('keyboard only: create a survey, take it, count its code; the poster reads back and prints on one page', async () => {
  const { page, context, problems, requestsAtLoad } = await open(env, 'organizer/setup/#/', { viewport: { width: 1280, height: 900 } });
  await keepScreenshotOnFailure(page, 'setup-keyboard', async () => {
    await screenshot(page, 'setup-form-1280');
    await tabTo(page, 'setup-title');
    await page.keyboard.type('Night shift pulse');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Riverside Community Hospital');
    // The staff invited: what cannot be read is refused with the reason once the field is left.
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'setup-staff');
    await page.keyboard.type('12O');
    await page.keyboard.press('Tab');
    assert.match(await page.locator('#setup-staff-error').innerText(), /number of staff invited must be a whole number from 1 to/);
    await tabBackTo(page, 'setup-staff');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('120');
    await page.keyboard.press('Tab');
    assert.equal(await page.locator('#setup-staff-error').count(), 0);
    // Units: add three, each with its staff invited, rename by typing, move the last up, remove
    // the first — all by keyboard; each number stays with its unit.
    await tabTo(page, 'setup-unit-add');
    const added = { Pharmacy: '8', Emergency: '45', 'Intensive care': '30' };
    for (const [unit, staff] of Object.entries(added)) {
      await page.keyboard.press('Enter');
      assert.equal(await focused(page), `setup-unit-${Object.keys(added).indexOf(unit)}`);
      await page.keyboard.type(unit);
      await page.keyboard.press('Tab');
      assert.equal(await focused(page), `setup-unit-${Object.keys(added).indexOf(unit)}-staff`);
      await page.keyboard.type(staff);
      await tabTo(page, 'setup-unit-add');
    }
    await tabTo(page, 'setup-unit-2-up');
    await page.keyboard.press('Enter');
    // Focus follows the unit that moved.
    assert.equal(await focused(page), 'setup-unit-1-up');
    await pressUntilLabel(page, 'Shift+Tab', /^Remove unit 1$/);
    await page.keyboard.press('Enter');
    const units = await page.locator('.unit .unit__name').evaluateAll((inputs) => inputs.map((i) => i.value));
    assert.deepEqual(units, ['Intensive care', 'Emergency']);
    const unitStaff = await page.locator('.unit__staff input').evaluateAll((inputs) => inputs.map((i) => i.value));
    assert.deepEqual(unitStaff, ['30', '45']);
    // A duplicate is named beside its field.
    await tabTo(page, 'setup-unit-add');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Emergency');
    assert.match(await page.locator('#setup-unit-2-error').innerText(), /The unit “Emergency” is listed twice/);
    await pressUntilLabel(page, 'Tab', /^Remove unit 3$/);
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('.unit .error').count(), 0);
    // The role, the language, a group size below 3 refused with the reason, then 5.
    await tabTo(page, 'setup-role');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'setup-min');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    assert.match(await page.locator('#setup-min-error').innerText(), /minimum group size must be a whole number from 3 to 50: smaller groups could point at a person/);
    await tabTo(page, 'setup-min');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('4');
    await page.keyboard.press('Tab');
    assert.match(await page.locator('.advice').innerText(), /minimum group size of 4/);
    await tabTo(page, 'setup-min');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('5');
    await tabTo(page, 'setup-send');
    await page.keyboard.type('Put your code in the sealed box by the staff room.');
    // The preview shows what respondents will see, as it is typed.
    assert.equal(await page.locator('.preview h3').first().innerText(), 'Night shift pulse');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('.poster svg').waitFor();
    assert.equal(await focused(page), 'links-title', 'focus moves to the links just made');

    const surveyLink = await page.locator('#survey-link').inputValue();
    const summaryLink = await page.locator('#summary-link').inputValue();
    console.log(`survey link made on the page: ${surveyLink.length} characters`);
    const origin = env.server.url;
    assert.match(surveyLink, new RegExp(`^${origin}/#/survey\\?v=1&id=[0-9A-Z]{10}&t=Night\\+shift\\+pulse&o=Riverside\\+Community\\+Hospital&u=Intensive\\+care&u=Emergency&r=1&l=en&s=Put\\+your`));
    // The staff invited go only into the organizer's summary link, never into the survey link.
    assert.equal(summaryLink, `${surveyLink.replace('/#/survey?', '/organizer/#/summary?')}&h=120&hu=30%2C45`);
    const summaryQuery = new URLSearchParams(new URL(summaryLink).hash.split('?')[1]);
    assert.equal(summaryQuery.get('h'), '120');
    assert.equal(summaryQuery.get('hu'), '30,45');
    assert.doesNotMatch(surveyLink, /[?&]hu?=/);
    assert.match(await page.locator('#invitation-en').inputValue(), /Night shift pulse[\s\S]*#\/survey\?v=1[\s\S]*sealed box/);
    assert.match(await page.locator('#invitation-es').inputValue(), /Le invitamos a participar en «Night shift pulse»[\s\S]*#\/survey\?v=1/);
    assert.deepEqual(await seriousA11yViolations(page), [], 'axe on the form, links, poster and kit');
    // The file that keeps the survey: both links and the settings.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the survey file' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'candor-night-shift-pulse.txt');
    const kept = await readFile(await download.path(), 'utf8');
    for (const needed of [surveyLink, summaryLink, 'Units: Intensive care; Emergency', 'Role question: asked', 'Minimum group size: 5', 'Staff invited: 120', 'Staff invited per unit: Intensive care: 30; Emergency: 45']) {
      assert.ok(kept.includes(needed), needed);
    }
    await screenshot(page, 'setup-made-1280');

    // The QR code on the poster reads back as the survey link's compact form (fewer bits, so a
    // smaller code), which the respondent opens below: the same survey.
    await mkdir(ARTIFACTS, { recursive: true });
    const qrImage = join(ARTIFACTS, 'setup-poster-qr.png');
    await page.locator('.poster').screenshot({ path: qrImage });
    const read = execFileSync('zbarimg', ['--quiet', '--raw', qrImage], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n');
    assert.equal(read.length, 1);
    const qrLink = read[0];
    assert.match(qrLink, new RegExp(`^${origin}/#/C/1[0-9A-HJKMNP-TV-Z]+$`));
    assert.ok(qrLink.length < surveyLink.length, `${qrLink.length} < ${surveyLink.length}`);

    // Printed, the poster alone fills one page of Letter and one of A4, on white, in any scheme.
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const format of ['Letter', 'A4']) {
      const pdf = await page.pdf({ format, printBackground: true });
      await writeFile(join(ARTIFACTS, `setup-poster-${format}.pdf`), pdf);
      assert.equal(pagesOf(pdf), 1, `${format}: one page`);
    }
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    assert.equal(await page.locator('.setup-form').isVisible(), false, 'the form is not printed');
    assert.equal(
      await page.locator('.poster').evaluate((p) => getComputedStyle(p).backgroundColor),
      'rgb(255, 255, 255)',
    );
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });

    assert.deepEqual(env.server.requests.slice(requestsAtLoad), [], 'the setup page asked for more after load');
    assert.deepEqual(problems.console, []);
    assert.deepEqual(await violations(page), []);

    // The respondent opens the link of the poster's QR code: no organizer links, the survey as
    // set up.
    const respondent = await context.newPage();
    await respondent.goto(qrLink);
    await respondent.locator('.welcome h1', { hasText: 'Night shift pulse' }).waitFor();
    assert.equal(await respondent.locator('.site-nav').count(), 0, 'respondents are offered no organizer page');
    await respondent.locator('.welcome .button--primary').click();
    await finishByMouse(respondent, { burnout: 2, unit: 1, role: 1 });
    const code = await respondent.locator('#code').innerText();
    assert.match(await respondent.locator('.send-to').innerText(), /sealed box/);

    // The organizer pastes it through the summary link: accepted, the report withheld.
    const organizer = await context.newPage();
    await organizer.goto(summaryLink);
    await organizer.locator('#wave-1-codes').fill(code);
    await organizer.getByRole('button', { name: 'Count these codes' }).first().click();
    await organizer.locator('.found [data-verdict=accepted] strong', { hasText: '1' }).waitFor();
    assert.match(await organizer.locator('main').innerText(), /nothing else is shown until at least 5 responses/);

    // "Edit this survey" re-opens the form with its settings, and says what makes a new survey.
    await organizer.getByRole('link', { name: 'Edit this survey' }).click();
    await organizer.locator('.notice', { hasText: 'You are editing an existing survey' }).waitFor();
    assert.equal(await organizer.getByLabel('Survey title').inputValue(), 'Night shift pulse');
    assert.equal(await organizer.getByLabel('Survey identifier').inputValue(), new URL(surveyLink).hash.match(/id=(\w+)/)[1]);
    assert.deepEqual(await organizer.locator('.unit .unit__name').evaluateAll((i) => i.map((x) => x.value)), ['Intensive care', 'Emergency']);
    const id = new URL(surveyLink).hash.match(/id=(\w+)/)[1];
    // Renaming a unit keeps the survey (codes keep their place), and says so.
    await organizer.locator('#setup-unit-1').fill('Emergency department ');
    await organizer.locator('.notice', { hasText: 'You renamed a unit' }).waitFor();
    await organizer.getByRole('button', { name: 'Make the links' }).click();
    assert.match(await organizer.locator('#survey-link').inputValue(), new RegExp(`id=${id}&.*&u=Emergency\\+department&r=1`));
    // Reordering would put collected codes under the wrong unit: a new survey, a new identifier.
    await organizer.getByRole('button', { name: 'Move unit 2 up' }).click();
    await organizer.locator('.notice', { hasText: 'You changed the order of the units' }).waitFor();
    const reordered = await organizer.locator('#survey-link').inputValue();
    assert.doesNotMatch(reordered, new RegExp(`id=${id}&`));
    assert.equal(await organizer.getByLabel('Survey identifier').inputValue(), reordered.match(/id=(\w+)/)[1]);
  });
  await context.close();
});

test('phone size, Spanish: the form, the kit and the poster have no serious accessibility problem', async () => {
  const { page, context, problems } = await open(env, 'organizer/setup/#/', { viewport: { width: 375, height: 812 }, locale: 'es' });
  await keepScreenshotOnFailure(page, 'setup-phone', async () => {
    await page.getByRole('button', { name: 'Crear los enlaces' }).click();
    // Every problem is named beside its field; focus goes to the first.
    assert.match(await page.locator('#setup-title-error').innerText(), /La encuesta necesita un título/);
    assert.equal(await focused(page), 'setup-title');
    await page.getByLabel('Título de la encuesta').fill('Bienestar 2026');
    for (let i = 0; i < 5; i += 1) await page.getByRole('button', { name: 'Añadir una unidad' }).click();
    for (const [i, unit] of ['Urgencias', 'UCI', 'Cirugía', 'Farmacia', 'Pediatría'].entries()) {
      await page.locator(`#setup-unit-${i}`).fill(unit);
    }
    await page.getByLabel(/Preguntar el puesto general/).check();
    assert.match(await page.locator('.advice').innerText(), /Indica 5 unidades y pregunta el puesto/);
    await page.getByRole('button', { name: 'Crear los enlaces' }).click();
    await page.locator('.poster svg').waitFor();
    assert.match(await page.locator('.poster').innerText(), /Anónima por diseño/);
    assert.deepEqual(await seriousA11yViolations(page), []);
    await screenshot(page, 'setup-made-es-375');
    // At 30 units the button stops, and says why.
    const add = page.getByRole('button', { name: 'Añadir una unidad' });
    for (let i = 5; i < 30; i += 1) await add.click();
    assert.equal(await add.isDisabled(), true);
    assert.match(await page.locator('.units').innerText(), /Una encuesta puede tener como máximo 30 unidades/);
    assert.deepEqual(problems.console, []);
  });
  await context.close();
});

test('the largest survey the form allows still prints its poster on one page of Letter and of A4', async () => {
  const query = new URLSearchParams([
    ['v', '1'],
    ['id', 'K7M2Q9XT4B'],
    ['t', 'Encuesta de bienestar del personal de enfermería y medicina, turno de noche y fines de semana, 2026, invierno'],
    ['o', 'Hospital Universitario Regional de Nuestra Señora de los Remedios y Centros de Salud Asociados'],
    ...Array.from({ length: 30 }, (_, i) => ['u', `Unidad de cuidados número ${i + 1} ÁÉÍ`]),
    ['r', '1'],
    ['l', 'es'],
    ['s', 'Deje su código en la caja cerrada junto a la sala del personal de la tercera planta, o entréguelo a la persona de confianza de su equipo, que reunirá los códigos de todos y los combinará en uno solo antes del viernes.'],
  ]);
  const { page, context } = await open(env, `organizer/setup/#/edit?${query}`);
  await keepScreenshotOnFailure(page, 'setup-largest', async () => {
    await page.getByRole('button', { name: 'Make the links' }).click();
    await page.locator('.poster svg').waitFor();
    assert.ok((await page.locator('#survey-link').inputValue()).length > 2000);
    // Too long to type: the poster says so instead of printing two thousand characters.
    assert.match(await page.locator('.poster__link').innerText(), /demasiado largo para escribirlo/);
    await mkdir(ARTIFACTS, { recursive: true });
    for (const format of ['Letter', 'A4']) {
      const pdf = await page.pdf({ format, printBackground: true });
      await writeFile(join(ARTIFACTS, `setup-poster-largest-${format}.pdf`), pdf);
      assert.equal(pagesOf(pdf), 1, `${format}: one page`);
    }
  });
  await context.close();
});

test('a tampered summary link with a minimum group size below 3 is refused with the reason', async () => {
  const { page, context } = await open(env, 'organizer/#/summary?v=1&id=K7M2Q9XT4B&t=Pulse&m=1');
  await keepScreenshotOnFailure(page, 'summary-tampered', async () => {
    assert.match(
      await page.locator('[role=alert]').innerText(),
      /minimum group size must be a whole number from 3 to 50: smaller groups could point at a person/,
    );
    assert.equal(await page.locator('#wave-1-codes').count(), 0, 'no codes are read under it');
  });
  await context.close();
});

// "Print my code" against the release build: the results screen prints a slip with only the code,
// the survey's title and where to put it — for a paper drop box — on one page of Letter and of A4;
// the respondent's results (and the support panel) never reach the paper, whichever way the page
// is printed.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ARTIFACTS, finishByMouse, keepScreenshotOnFailure, launch, open, pagesOf, seriousA11yViolations } from './lib/harness.mjs';

const SURVEY = '#/survey?v=1&id=K7M2Q9XT4B&t=Staff+wellbeing+2026&s=Sealed+box+by+the+staff+room';
let env;
before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  env = await launch();
});
after(async () => {
  await env?.close();
});

test('the slip holds only the code, the title and where to put it, on one page', async () => {
  const { page, context, problems } = await open(env, SURVEY, { viewport: { width: 375, height: 800 } });
  await keepScreenshotOnFailure(page, 'slip', async () => {
    await page.locator('.welcome .button--primary').click();
    // Burned out, so the support panel is on screen too.
    await finishByMouse(page, { burnout: 4, 'values-1': 0 });
    const code = await page.locator('#code').innerText();
    assert.equal(await page.locator('.panel--support').isVisible(), true);
    // The button asks the browser to print (recorded here instead of opening a dialog).
    await page.evaluate(() => {
      window.__printed = 0;
      window.print = () => {
        window.__printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Print my code' }).click();
    assert.equal(await page.evaluate(() => window.__printed), 1);
    assert.deepEqual(await seriousA11yViolations(page), []);
    // On screen the slip is not shown (nor read out); on paper it is all there is.
    assert.equal(await page.locator('.slip').isVisible(), false);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.slip').isVisible(), true);
    assert.equal(await page.locator('.slip__code').innerText(), code);
    assert.equal(await page.locator('.slip__title').innerText(), 'Staff wellbeing 2026');
    assert.match(await page.locator('.slip').innerText(), /Sealed box by the staff room/);
    for (const hidden of ['.burnout-level', '.panel--support', '.panel--code', '.levers-low', '.site-header', '.site-footer']) {
      assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
    }
    for (const format of ['Letter', 'A4']) {
      const pdf = await page.pdf({ format });
      await writeFile(join(ARTIFACTS, `slip-${format}.pdf`), pdf);
      assert.equal(pagesOf(pdf), 1, `${format}: one page`);
    }
    assert.deepEqual(problems.errors, []);
  });
  await context.close();
});

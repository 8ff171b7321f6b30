// The survey of a Candor link as a SurveyJS page, for bench/first-question.mjs to time beside
// Candor. Nothing here is written by hand: the sections, questions, answer options, required marks
// and the link's units are read from Candor's own release page for the same link (walked through
// unthrottled, before any timing), so the two pages cannot drift apart when the instrument's
// wording changes. docs/conformance/instrument.json names the priorities and roles but has no
// sections, prompts or answer scales, which is why the page, not that file, is the source.
//
// The SurveyJS packages come from npm at the version pinned in scripts/tools.sh
// (`ensure_surveyjs`), installed into bench/surveyjs/node_modules, which Git ignores; only the
// files a visit loads are copied beside the generated index.html, so the page, like Candor's,
// loads nothing from another origin.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from '../../tests/e2e/lib/harness.mjs';

const MODULES = join(ROOT, 'bench/surveyjs/node_modules');

// survey-core's model, its plain-JavaScript renderer, and the stylesheet of its default theme in
// the variant without web fonts: the other one fetches Open Sans from Google's servers, which
// Candor's page never does (it uses the system's fonts).
const FILES = [
  ['survey-core/survey.core.min.js', 'survey.core.min.js'],
  ['survey-js-ui/survey-js-ui.min.js', 'survey-js-ui.min.js'],
  ['survey-core/survey-core.fontless.min.css', 'survey-core.fontless.min.css'],
];

/** Installs the pinned SurveyJS packages unless they are there already (scripts/tools.sh). */
export function ensureSurveyJs() {
  execFileSync('bash', ['-c', 'source scripts/tools.sh && ensure_surveyjs'], { cwd: ROOT, stdio: 'inherit' });
}

/** The pinned version that is installed, for the printout. */
export function surveyJsVersion() {
  return execFileSync('node', ['-p', 'require("./survey-core/package.json").version'], { cwd: MODULES })
    .toString()
    .trim();
}

/**
 * Reads every section of the survey at `url` (a Candor survey link) as a respondent sees it: the
 * welcome screen's title and "run by" line, then each section's heading and questions, answering
 * only what must be answered to go on. Returns the sections in order.
 */
export async function readCandorSurvey(browser, url) {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  await page.goto(url);
  const start = page.locator('.welcome .button--primary');
  await start.waitFor();
  const title = await page.locator('.welcome h1').innerText();
  const runBy = await page.locator('.welcome .run-by').innerText();
  await start.click();
  const sections = [];
  for (;;) {
    await page.locator('form.questions h1').waitFor();
    const section = await page.evaluate(() => {
      const text = (el) => el.textContent.trim();
      const questions = [...document.querySelectorAll('form.questions fieldset.question')].map((set) => {
        const legend = set.querySelector('legend').cloneNode(true);
        const mark = legend.querySelector('.required');
        mark?.remove();
        const labels = (type) => [...set.querySelectorAll(`input[type=${type}]`)].map((i) => text(i.closest('label')));
        const question = { name: set.dataset.item, title: text(legend), required: Boolean(mark) };
        const select = set.querySelector('select');
        if (select) {
          question.kind = 'dropdown';
          question.choices = [...select.options].filter((o) => o.value !== '').map(text);
          question.placeholder = text([...select.options].find((o) => o.value === ''));
        } else if (set.querySelector('input[type=checkbox]')) {
          question.kind = 'checkbox';
          question.choices = labels('checkbox');
        } else {
          question.kind = 'radiogroup';
          question.choices = labels('radio');
        }
        return question;
      });
      const progress = document.querySelector('form.questions progress');
      return { title: text(document.querySelector('form.questions h1')), questions, last: progress.value === progress.max };
    });
    // How many choices a checkbox question allows is not written on the page as a number, so it is
    // found as a respondent finds it: ticking options in order until the rest are switched off.
    for (const question of section.questions.filter((q) => q.kind === 'checkbox')) {
      const boxes = page.locator(`fieldset[data-item="${question.name}"] input[type=checkbox]`);
      for (let n = 0; n < question.choices.length; n++) {
        await boxes.nth(n).check();
        if (await boxes.evaluateAll((all) => all.some((b) => b.disabled))) {
          question.max = n + 1;
          break;
        }
      }
    }
    sections.push(section);
    if (section.last) break;
    for (const question of section.questions.filter((q) => q.required)) {
      await page.locator(`fieldset[data-item="${question.name}"] input`).first().check();
    }
    const heading = section.title;
    await page.locator('form.questions button[type=submit]').click();
    await page.waitForFunction((h) => document.querySelector('form.questions h1')?.textContent.trim() !== h, heading);
  }
  await context.close();
  return { title, runBy, sections };
}

/** The SurveyJS form definition of the survey `readCandorSurvey` read: one page per section. */
export function surveyJsJson({ title, runBy, sections }) {
  const choices = (texts) => texts.map((text, value) => ({ value, text }));
  return {
    title,
    description: runBy,
    // Candor numbers sections, not questions, and shows how far along the respondent is.
    showQuestionNumbers: 'off',
    showProgressBar: true,
    progressBarLocation: 'aboveheader',
    pages: sections.map((section, i) => ({
      name: `section-${i + 1}`,
      title: section.title,
      elements: section.questions.map((q) => ({
        type: q.kind,
        name: q.name,
        title: q.title,
        isRequired: q.required,
        choices: choices(q.choices),
        ...(q.kind === 'checkbox' ? { maxSelectedChoices: q.max } : {}),
        ...(q.kind === 'dropdown' ? { placeholder: q.placeholder } : {}),
        // Candor lets an optional single choice be taken back; so does this.
        ...(q.kind === 'radiogroup' && !q.required ? { allowClear: true } : {}),
      })),
    })),
  };
}

/**
 * Writes the SurveyJS page of `survey` into `dir` (emptied first): index.html, the survey's
 * definition as a script of its own, and the three SurveyJS files. The icon is given inline, as
 * Candor's is, so that neither page makes a request the other does not. All scripts are deferred, as
 * Candor's module script is, so both pages parse their HTML before running any code.
 */
export async function writeSurveyJsPage(dir, survey) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const [from, to] of FILES) await copyFile(join(MODULES, from), join(dir, to));
  await writeFile(
    join(dir, 'survey.js'),
    `// Generated by bench/surveyjs/page.mjs from Candor's page for the same link.\n`
      + `const model = new Survey.Model(${JSON.stringify(surveyJsJson(survey), null, 1)});\n`
      + `SurveyUI.renderSurvey(model, document.getElementById('survey'));\n`,
  );
  await writeFile(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${survey.title.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="./survey-core.fontless.min.css">
<script defer src="./survey.core.min.js"></script>
<script defer src="./survey-js-ui.min.js"></script>
<script defer src="./survey.js"></script>
</head>
<body>
<div id="survey"></div>
</body>
</html>
`,
  );
}

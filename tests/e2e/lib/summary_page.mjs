// The organizer's summary page as a person uses it, for the end-to-end tests: paste codes, type
// the commitments, open the staff one-pager. Each helper does what a person would, through the
// labelled controls.
import { openedTab } from './harness.mjs';

/** Pastes `text` into the first set of codes and counts it. */
export async function pasteCodes(page, text) {
  await page.locator('#wave-1-codes').fill(text);
  await page.getByRole('button', { name: 'Count these codes' }).first().click();
}

/**
 * Types commitment `n` (from 1) — { what, who, by (YYYY-MM-DD), lever (an id, optional) } — into
 * its fields. Each field's id is `plan-` and its key in the summary link (`plan-c1w`).
 */
export async function typeCommitment(page, n, { what, who, by, lever }) {
  await page.locator(`#plan-c${n}w`).fill(what);
  await page.locator(`#plan-c${n}o`).fill(who);
  await page.locator(`#plan-c${n}b`).fill(by);
  if (lever) await page.locator(`#plan-c${n}l`).selectOption(lever);
}

/** What commitment `n`'s fields hold now. */
export async function commitmentShown(page, n) {
  const value = (letter) => page.locator(`#plan-c${n}${letter}`).inputValue();
  return { what: await value('w'), who: await value('o'), by: await value('b'), lever: await value('l') };
}

/** Opens the staff one-pager in its new tab and waits for the sheet; gives the tab. */
export async function openOnePager(page) {
  const { tab } = await openedTab(page.context(), () => page.locator('#show-sheet').click());
  await tab.locator('.staff-sheet').waitFor();
  return tab;
}

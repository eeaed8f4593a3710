import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { AnswerResult } from '../../src/engine/types';
import { shippedEngine } from '../support/testKit';
import { ARTIFACTS_DIR, DOCS_SCREENSHOTS_DIR, saveScreenshot } from './browserKit';

/** A common phone's CSS width (iPhone 12–15): the width the issue asks every reply to read well at. */
export const PHONE_VIEWPORT = Object.freeze({ width: 390, height: 844 });

/** The three replies shown on a phone in each channel. */
export type ReplyKind = 'answer' | 'clarify' | 'urgent';

/**
 * Candidate questions per kind. The first that the shipped engine really gives that kind is asked, so a
 * curator's change to the knowledge base moves the question, not the test; none left fails the test.
 */
const CANDIDATES: Record<ReplyKind, readonly string[]> = {
  answer: ['What vitamin deficiency causes leg cramps?'],
  clarify: [
    'how many adults get leg cramps at night',
    'how many time a leg cramp is staying normally?',
    'how long and how often do leg cramps happen',
    // The entry classifier settles the close calls above; these it leaves between three entries, alone and
    // right after the answer the phone tests ask first.
    'can you get a cramp in your thigh or foot, not just the calf',
    'is a cramp in the thigh the same sort of thing as one in the calf?',
  ],
  urgent: ['I have a leg cramp and my calf is swollen, red and warm on one side'],
};

/** A question the shipped engine answers with the given kind, and that result. */
export function questionFor<K extends ReplyKind>(
  kind: K,
): { text: string; result: Extract<AnswerResult, { kind: K }> } {
  const engine = shippedEngine();
  for (const text of CANDIDATES[kind]) {
    const result = engine.answer({ text });
    if (result.kind === kind) return { text, result: result as Extract<AnswerResult, { kind: K }> };
  }
  throw new Error(`phoneKit: none of ${JSON.stringify(CANDIDATES[kind])} gets a "${kind}" reply any more`);
}

/**
 * Every button is readable: its whole label is on screen (no ellipsis, nothing clipped) and it lies within
 * the viewport's width. Returns the labels that are not, for a readable failure.
 */
export async function unreadableButtons(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) => {
    const bad: string[] = [];
    for (const button of Array.from(root.querySelectorAll('button, [role="button"]'))) {
      const box = button.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const clipped = [button, ...Array.from(button.querySelectorAll('*'))].some(
        (element) => element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0,
      );
      if (clipped || box.right > window.innerWidth || box.left < 0)
        bad.push((button as HTMLElement).innerText || (button as HTMLElement).title);
    }
    return bad;
  });
}

/** Saves a phone screenshot to artifacts/browser and, with UPDATE_SCREENSHOTS=1, to docs/screenshots. */
export async function savePhoneScreenshot(page: Page, name: string): Promise<string> {
  const path = await saveScreenshot(page, name);
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(DOCS_SCREENSHOTS_DIR, { recursive: true });
    copyFileSync(join(ARTIFACTS_DIR, `${name}.png`), join(DOCS_SCREENSHOTS_DIR, `${name}.png`));
  }
  return path;
}

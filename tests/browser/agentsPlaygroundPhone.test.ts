import type { Page } from 'playwright-core';
import { firstSentence } from './browserKit';
import { PHONE_VIEWPORT, questionFor, savePhoneScreenshot, unreadableButtons } from './phoneKit';
import { openPlayground, type PlaygroundSession } from './playgroundKit';
import { shippedKb } from '../channels/serviceKit';

/**
 * The Agents Playground in msteams mode (a local Teams emulator) at phone width (390 px): an answer, a "Did you
 * mean…" and an urgent reply, each one message, read as a Teams user sees them, with a screenshot of each.
 */
const kb = shippedKb();
const answer = questionFor('answer');
const clarify = questionFor('clarify');
const urgent = questionFor('urgent');

/** Lets the playground's desktop layout shrink to the viewport (no minimum widths, no overflow sideways). */
const PHONE_REFLOW_CSS = `
  body * { min-width: 0 !important; max-width: 100% !important; box-sizing: border-box; }
`;

let session: PlaygroundSession | undefined;
let page: Page;

beforeAll(async () => {
  session = await openPlayground('msteams', PHONE_VIEWPORT);
  page = session.page;
  // The playground's log panel covers the chat on a narrow screen: hide it, as a phone-sized reader would.
  await page
    .getByText('Log Panel')
    .locator('xpath=ancestor::*[2]')
    .getByRole('button', { name: 'Hide log panel' })
    .click();
  // The playground lays the chat out for a desktop (fixed minimum widths); let it reflow into the phone's width,
  // as Teams' own chat does, so the card is measured at 390 px rather than cut off by the emulator's frame.
  await page.addStyleTag({ content: PHONE_REFLOW_CSS });
  await page.getByText(firstSentence(kb.content.welcome)).first().waitFor();
}, 40_000);

afterAll(async () => {
  await session?.close();
});

async function ask(question: string): Promise<void> {
  await page.locator('[data-lexical-editor="true"]').click();
  await page.keyboard.type(question);
  await page.keyboard.press('Enter');
}

/** Teams' feedback thumbs: one pair per message that turned the feedback loop on. */
const thumbsDown = () => page.getByRole('button', { name: 'Dislike' });

describe('the bot in the Agents Playground (msteams) on a 390 px phone screen', () => {
  test('an answer is one message: one card with the answer, sources, disclaimer and buttons, and one pair of thumbs', async () => {
    const entry = answer.result.entry;
    const thumbsBefore = await thumbsDown().count();
    await ask(answer.text);
    const card = page
      .locator('.ac-adaptiveCard')
      .filter({ hasText: firstSentence(entry.answer) })
      .last();
    await card.waitFor();
    await expect(page.getByText(firstSentence(entry.answer)).count()).resolves.toBe(1);
    await card.getByText(kb.content.messages.sourcesHeading, { exact: true }).waitFor();
    await card.getByText(kb.content.disclaimer.short).waitFor();
    await expect(thumbsDown().count()).resolves.toBe(thumbsBefore + 1);
    expect(await unreadableButtons(card)).toEqual([]);
    await card.getByText(entry.title).first().scrollIntoViewIfNeeded();
    await savePhoneScreenshot(page, 'teams-phone-answer');
  });

  test('a "Did you mean…" is one card with its options and "None of these"', async () => {
    await ask(clarify.text);
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: kb.content.messages.clarify }).last();
    await card.getByRole('button', { name: kb.content.messages.noneOfThese }).waitFor();
    for (const option of clarify.result.options) await card.getByText(option.title).first().waitFor();
    await expect(page.getByText(kb.content.messages.clarify).count()).resolves.toBe(1);
    expect(await unreadableButtons(card)).toEqual([]);
    await card.scrollIntoViewIfNeeded();
    await savePhoneScreenshot(page, 'teams-phone-clarify');
  });

  test('an urgent reply is one text message leading with what to do', async () => {
    const { redFlag } = urgent.result;
    await ask(urgent.text);
    const action = page.getByText(firstSentence(redFlag.action)).last();
    await action.waitFor();
    await page.getByText(firstSentence(redFlag.why)).last().waitFor();
    await action.scrollIntoViewIfNeeded();
    await savePhoneScreenshot(page, 'teams-phone-urgent');
  });
});

import type { Page } from 'playwright-core';
import { firstSentence, saveScreenshot } from './browserKit';
import { logPanel, openPlayground, type PlaygroundSession } from './playgroundKit';
import { shippedKb } from '../channels/serviceKit';

/**
 * The Microsoft 365 Agents Playground in webchat mode (`npm run playground:webchat`): the playground hosts
 * Microsoft's Web Chat over its own Direct Line emulation and drives the real service's /api/messages with
 * channelId "webchat", so the bot renders its portable (non-Teams) replies. Start-up lives in playgroundKit.
 *
 * Typed, not clicked: in playground 0.2.28's webchat mode a card's Action.Submit is posted to
 * /_conversation/v1/submit under the playground's internal conversation id without the Direct Line one (the
 * submit saga in dist/client/static/js/main.*.js drops directLineConversationId), so the bot answers in
 * another conversation and Web Chat never shows the reply. Button clicks are covered in the web page test.
 */
const kb = shippedKb();
const question = 'What vitamin deficiency causes leg cramps?';
const answerEntry = kb.byId.get('vitamin-deficiency-leg-cramps')!;
const starterTitles = kb.content.starters.map((id) => kb.byId.get(id)!.title);

let session: PlaygroundSession | undefined;
let page: Page;

beforeAll(async () => {
  session = await openPlayground('webchat');
  page = session.page;
}, 40_000);

afterAll(async () => {
  await session?.close();
});

const cards = () => page.locator('.ac-adaptiveCard');

describe('the bot in the Agents Playground (webchat)', () => {
  test('opening the Web Chat shows the welcome card with every starter question as a button', async () => {
    const welcomeCard = cards().filter({ hasText: kb.content.botName }).first();
    await welcomeCard.getByText(firstSentence(kb.content.welcome)).first().waitFor();
    for (const title of starterTitles) {
      await welcomeCard.getByRole('button', { name: title, exact: true }).waitFor();
    }
    expect(await welcomeCard.getByRole('button').count()).toBe(starterTitles.length);
  });

  test('typing a question shows the answer card with its sources and the short disclaimer', async () => {
    const input = page.getByRole('textbox', { name: 'Message input box' });
    await input.fill(question);
    await input.press('Enter');
    const card = cards()
      .filter({ hasText: firstSentence(answerEntry.answer) })
      .last();
    await card.waitFor();
    await card.getByText(kb.content.messages.sourcesHeading, { exact: true }).waitFor();
    for (const source of answerEntry.sources) {
      await card.getByRole('link', { name: source.title }).first().waitFor();
    }
    await card.getByText(kb.content.disclaimer.short).waitFor();
    // The real service answered, over the playground's webchat channel.
    await expect(
      session!.waitForLog((line) => line.event === 'question.answered' && line.id === answerEntry.id),
    ).resolves.toMatchObject({ kind: 'answer', viaButton: false });
    await card.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'playground-webchat-answer');
  });

  test('the playground shows no "not supported" warning for anything the bot sent', async () => {
    const log = await logPanel(page).innerText();
    expect(log).toMatch(/message\s*200/);
    expect(log).toMatch(/message\s*202/);
    expect(log).not.toMatch(/not supported|unsupported/i);
    expect(await page.locator('body').innerText()).not.toMatch(/not supported|unsupported/i);
  });
});

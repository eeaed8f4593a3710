import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DOCS_SCREENSHOTS_DIR, firstSentence, PROJECT_ROOT, saveScreenshot } from './browserKit';
import { logPanel as logPanelOf, openPlayground, type PlaygroundSession } from './playgroundKit';
import { shippedKb } from '../channels/serviceKit';

/**
 * The Microsoft 365 Agents Playground in msteams mode (a local Teams emulator, npm
 * @microsoft/m365agentsplayground) driving the real service's /api/messages. Start-up lives in playgroundKit.
 */
const kb = shippedKb();
const question = 'What vitamin deficiency causes leg cramps?';
const answerEntry = kb.byId.get('vitamin-deficiency-leg-cramps')!;
const followUp = kb.byId.get(answerEntry.followUps[0]!)!;

let session: PlaygroundSession | undefined;
let page: Page;

beforeAll(async () => {
  session = await openPlayground('msteams');
  page = session.page;
}, 40_000);

afterAll(async () => {
  await session?.close();
});

const chat = () => page.locator('body');
const service = () => session!.service;
const waitForLog = (match: (line: Record<string, unknown>) => boolean) => session!.waitForLog(match);
const logPanel = () => logPanelOf(page);

describe('the bot in the Agents Playground (msteams)', () => {
  test('opening the Teams chat shows the welcome with at most three starter buttons', async () => {
    await chat().getByText(firstSentence(kb.content.welcome)).first().waitFor();
    const welcomeCard = page.locator('.ac-adaptiveCard').filter({ hasText: kb.content.botName }).first();
    await welcomeCard.waitFor();
    expect(await welcomeCard.getByRole('button').count()).toBeLessThanOrEqual(3);
  });

  test('typing a question shows the answer as one message: one card with its sources, the disclaimer and one pair of thumbs', async () => {
    const thumbsBefore = await page.getByRole('button', { name: 'Dislike' }).count();
    await page.locator('[data-lexical-editor="true"]').click();
    await page.keyboard.type(question);
    await page.keyboard.press('Enter');
    const card = page
      .locator('.ac-adaptiveCard')
      .filter({ hasText: firstSentence(answerEntry.answer) })
      .last();
    await card.waitFor();
    // One message: the answer text appears once (in the card, no separate text message before it), and Teams'
    // feedback thumbs appear once for it.
    await expect(page.getByText(firstSentence(answerEntry.answer)).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Dislike' }).count()).resolves.toBe(thumbsBefore + 1);
    await card.getByText(kb.content.messages.sourcesHeading, { exact: true }).waitFor();
    await card.getByRole('link', { name: answerEntry.sources[0]!.title }).first().waitFor();
    await card.getByText(kb.content.disclaimer.short).waitFor();
    expect(await card.getByRole('button').count()).toBeLessThanOrEqual(3);
    await saveScreenshot(page, 'teams-playground-answer');
    // The README's screenshot is refreshed on request only, so a test run leaves the work tree clean.
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      mkdirSync(DOCS_SCREENSHOTS_DIR, { recursive: true });
      copyFileSync(
        join(PROJECT_ROOT, 'artifacts', 'browser', 'teams-playground-answer.png'),
        join(DOCS_SCREENSHOTS_DIR, 'teams-playground.png'),
      );
    }
  });

  // Typed, not clicked: playground 0.2.28 throws "Cannot add property msTeams, object is not extensible" when
  // any Action.Submit carrying `msteams` data is clicked (its Adaptive Cards renderer writes into a frozen
  // object); real Teams documents that data shape. The click itself is covered in the web page test.
  test('asking a suggested question from the card answers that entry', async () => {
    await page.locator('[data-lexical-editor="true"]').click();
    await page.keyboard.type(followUp.title);
    await page.keyboard.press('Enter');
    await page
      .locator('.ac-adaptiveCard')
      .filter({ hasText: firstSentence(followUp.answer) })
      .last()
      .waitFor();
    const answered = service()
      .logs.filter((line) => line.event === 'question.answered')
      .at(-1);
    expect(answered).toMatchObject({ id: followUp.id });
  });

  // Playground 0.2.28 builds this invoke without replyToId (generateMessageSubmitInvokeActivity in its
  // dist/index.js), so it cannot name the rated message; real Teams sends it, and the entry id mapping is
  // pinned over HTTP in tests/channels/teamsBehaviour.test.ts.
  test('a thumbs-down with a comment reaches the bot as message/submitAction, gets 200 and is logged', async () => {
    await page.getByRole('button', { name: 'Dislike' }).last().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox').first().fill('Not what I asked');
    await dialog.getByRole('button', { name: 'Submit' }).click();
    await expect(
      waitForLog((line) => line.event === 'feedback' && line.via === 'teams'),
    ).resolves.toMatchObject({ helpful: false, comment: 'Not what I asked' });
    await logPanel()
      .getByText(/invoke\s*200/)
      .first()
      .waitFor();
    expect(service().logs.filter((line) => line.event === 'question.answered')).toHaveLength(2);
    await saveScreenshot(page, 'teams-playground-feedback');
  });

  test('the playground log shows no "not supported" warning for anything the bot sent', async () => {
    const log = await logPanel().innerText();
    expect(log).toContain('message');
    expect(log).not.toMatch(/not supported|unsupported/i);
  });
});

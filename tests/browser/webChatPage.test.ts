import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  type Chromium,
  DOCS_SCREENSHOTS_DIR,
  firstSentence,
  launchChromium,
  PROJECT_ROOT,
  saveScreenshot,
} from './browserKit';
import { type Service, shippedKb, startService } from '../channels/serviceKit';

/**
 * The web page in a real browser against the real service (createApp + listen on an ephemeral port):
 * Microsoft's Web Chat, our chat adapter and the first-party endpoint, end to end.
 */
const kb = shippedKb();
const question = 'What vitamin deficiency causes leg cramps?';
const answerEntry = kb.byId.get('vitamin-deficiency-leg-cramps')!;
const followUp = kb.byId.get(answerEntry.followUps[0]!)!;

let service: Service;
let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  [service, chromium] = await Promise.all([startService(), launchChromium()]);
  page = chromium.page;
  await page.goto(`${service.url}/`);
}, 30_000);

afterAll(async () => {
  await chromium?.close();
  await service?.close();
});

/** The chat transcript only: the page's own header and disclaimer are outside it. */
const transcript = () => page.locator('#webchat');

describe('the web chat page', () => {
  test('opening the page shows its title, the disclaimer and, without typing, the welcome with starter questions', async () => {
    expect(await page.title()).toBe(kb.content.botName);
    await expect(page.locator('#disclaimer').textContent()).resolves.toContain(kb.content.disclaimer.short);
    await transcript().getByText(firstSentence(kb.content.welcome)).first().waitFor();
    for (const id of kb.content.starters) {
      await transcript()
        .getByRole('button', { name: kb.byId.get(id)!.title })
        .first()
        .waitFor();
    }
    await saveScreenshot(page, 'webchat-welcome');
  });

  test('typing a question shows the answer card with its sources and the disclaimer', async () => {
    const sendBox = page
      .getByRole('textbox', { name: /message/i })
      .or(page.getByPlaceholder(/message/i))
      .first();
    await sendBox.fill(question);
    await sendBox.press('Enter');
    await transcript().getByText(question).first().waitFor();
    await transcript().getByText(firstSentence(answerEntry.answer)).first().waitFor();
    // The answer text leads, with its sources as Web Chat citations; the card below it holds the disclaimer.
    await transcript().getByText(answerEntry.title).first().waitFor();
    for (const source of answerEntry.sources.slice(0, 3)) {
      await expect(
        transcript()
          .getByRole('link', { name: new RegExp(escapeRegExp(source.title.slice(0, 30))) })
          .last()
          .getAttribute('href'),
      ).resolves.toBe(source.url);
    }
    const card = transcript().locator('.ac-adaptiveCard').last();
    await card.getByText(kb.content.disclaimer.short).waitFor();
    // Nothing is shown twice: the card does not repeat the answer the text already shows.
    await expect(card.getByText(firstSentence(answerEntry.answer)).count()).resolves.toBe(0);
    await card.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'webchat-answer');
    // The README's screenshot is refreshed on request only, so a test run leaves the work tree clean.
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      mkdirSync(DOCS_SCREENSHOTS_DIR, { recursive: true });
      copyFileSync(
        join(PROJECT_ROOT, 'artifacts', 'browser', 'webchat-answer.png'),
        join(DOCS_SCREENSHOTS_DIR, 'webchat.png'),
      );
    }
  });

  test('clicking a suggested question in the answer card answers that entry', async () => {
    await transcript().getByRole('button', { name: followUp.title }).last().click();
    await transcript().getByText(firstSentence(followUp.answer)).first().waitFor();
    const answered = service.logs.filter((line) => line.event === 'question.answered').at(-1);
    expect(answered).toMatchObject({ id: followUp.id, viaButton: true });
  });

  test('clicking the thumbs-down beside an answer is acknowledged in the chat and logged with the entry id', async () => {
    expect(
      await transcript()
        .getByRole('button', { name: kb.content.messages.notHelpfulLabel, exact: true })
        .count(),
    ).toBe(0);
    await transcript().getByRole('button', { name: 'Dislike', exact: true }).last().click();
    await transcript().getByText(kb.content.messages.feedbackSorry).first().waitFor();
    const feedback = service.logs.filter((line) => line.event === 'feedback').at(-1);
    expect(feedback).toMatchObject({ entryId: followUp.id, helpful: false, via: 'card' });
    await saveScreenshot(page, 'webchat-feedback');
  });

  test('axe-core finds no serious or critical accessibility violations on the page', async () => {
    // Evaluated through the DevTools protocol: the page's CSP rightly refuses injected inline scripts.
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(context: Document): Promise<{
              violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown }> }>;
            }>;
          };
        }
      ).axe;
      const result = await axe.run(document);
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        targets: violation.nodes.slice(0, 3).map((node) => node.target),
      }));
    });
    expect(
      violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical'),
    ).toEqual([]);
  });

  test('on a phone-sized screen the chat and its send box stay usable', async () => {
    await page.setViewportSize({ width: 375, height: 700 });
    await page
      .getByPlaceholder(/message/i)
      .first()
      .waitFor();
    const box = await page.locator('#webchat').boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(300);
    await saveScreenshot(page, 'webchat-phone');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

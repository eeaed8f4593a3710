import type { Page } from 'playwright-core';
import { type Chromium, firstSentence, launchChromium } from './browserKit';
import { PHONE_VIEWPORT, questionFor, savePhoneScreenshot, unreadableButtons } from './phoneKit';
import { type Service, shippedKb, startService } from '../channels/serviceKit';

/**
 * The web page on a phone-width screen (390 px) in real Chromium: an answer, a "Did you mean…" and an urgent
 * reply, each read the way a user sees it, with a screenshot of each (docs/screenshots with UPDATE_SCREENSHOTS=1).
 */
const kb = shippedKb();
const answer = questionFor('answer');
const clarify = questionFor('clarify');
const urgent = questionFor('urgent');
const { messages } = kb.content;

let service: Service;
let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  [service, chromium] = await Promise.all([startService(), launchChromium(PHONE_VIEWPORT)]);
  page = chromium.page;
  await page.goto(`${service.url}/`);
  await transcript().getByText(firstSentence(kb.content.welcome)).first().waitFor();
}, 30_000);

afterAll(async () => {
  await chromium?.close();
  await service?.close();
});

const transcript = () => page.locator('#webchat');

async function ask(question: string): Promise<void> {
  const sendBox = page.getByPlaceholder(/message/i).first();
  await sendBox.fill(question);
  await sendBox.press('Enter');
  await transcript().getByText(question).first().waitFor();
}

describe('the web page on a 390 px phone screen', () => {
  test('an answer shows its text, sources, disclaimer and follow-ups, with small thumbs instead of two full-width buttons', async () => {
    const entry = answer.result.entry;
    await ask(answer.text);
    await transcript().getByText(firstSentence(entry.answer)).first().waitFor();
    await transcript().getByText(kb.content.disclaimer.short).last().waitFor();
    // Web Chat's own feedback: two thumbs beside the message, no "Helpful" / "Not helpful" card buttons.
    const like = transcript().getByRole('button', { name: 'Like', exact: true }).last();
    const dislike = transcript().getByRole('button', { name: 'Dislike', exact: true }).last();
    await like.waitFor();
    await dislike.waitFor();
    for (const thumb of [like, dislike]) {
      const box = await thumb.boundingBox();
      expect(box!.width).toBeLessThan(48);
      expect(box!.height).toBeLessThan(48);
    }
    expect(await transcript().getByRole('button', { name: messages.helpfulLabel, exact: true }).count()).toBe(
      0,
    );
    expect(
      await transcript().getByRole('button', { name: messages.notHelpfulLabel, exact: true }).count(),
    ).toBe(0);
    // Every follow-up title is whole on screen: wrapped, never cut off.
    const followUps = entry.followUps.map((id) => kb.byId.get(id)!.title);
    const card = transcript().locator('.ac-adaptiveCard').last();
    const shown = await card.getByRole('button').allInnerTexts();
    expect(shown.length).toBeGreaterThan(0);
    for (const title of shown.filter((text) => text !== messages.moreLabel))
      expect(followUps).toContain(title.replace(/\s+/g, ' ').trim());
    expect(await unreadableButtons(card)).toEqual([]);
    await transcript().getByText(entry.title).last().scrollIntoViewIfNeeded();
    await savePhoneScreenshot(page, 'webchat-phone-answer');
  });

  test('a thumbs-down beside the answer is acknowledged and logged with the entry id', async () => {
    await transcript().getByRole('button', { name: 'Dislike', exact: true }).last().click();
    await transcript().getByText(messages.feedbackSorry).first().waitFor();
    const feedback = service.logs.filter((line) => line.event === 'feedback').at(-1);
    expect(feedback).toMatchObject({ entryId: answer.result.entry.id, helpful: false });
  });

  test('a "Did you mean…" shows every option and "None of these" as readable buttons', async () => {
    await ask(clarify.text);
    await transcript().getByText(messages.clarify).last().waitFor();
    const card = transcript().locator('.ac-adaptiveCard').last();
    for (const option of clarify.result.options)
      await card.getByRole('button', { name: option.title, exact: true }).waitFor();
    await card.getByRole('button', { name: messages.noneOfThese, exact: true }).waitFor();
    expect(await unreadableButtons(card)).toEqual([]);
    await transcript().getByText(messages.clarify).last().scrollIntoViewIfNeeded();
    await savePhoneScreenshot(page, 'webchat-phone-clarify');
  });

  test('an urgent reply leads with what to do, then why and its source, with no buttons', async () => {
    const { redFlag } = urgent.result;
    await ask(urgent.text);
    const action = transcript().getByText(firstSentence(redFlag.action)).last();
    await action.waitFor();
    await transcript().getByText(firstSentence(redFlag.why)).last().waitFor();
    await transcript()
      .getByRole('link', { name: new RegExp(redFlag.sources[0]!.title.slice(0, 20).replace(/[()]/g, '.')) })
      .last()
      .waitFor();
    await action.scrollIntoViewIfNeeded();
    await savePhoneScreenshot(page, 'webchat-phone-urgent');
  });
});

import type { Request } from 'playwright-core';
import { type Chromium, firstSentence, launchChromium } from './browserKit';
import { type Service, shippedKb, startService } from '../channels/serviceKit';

/**
 * The page renews its session token a minute before it expires, for the same conversation. With the shortest
 * lifetime the server allows (60 s), every message is inside that minute, so the page renews before each one.
 */
const kb = shippedKb();
const entry = kb.byId.get('magnesium-foods')!;

let service: Service;
let chromium: Chromium;

beforeAll(async () => {
  [service, chromium] = await Promise.all([
    startService({ WEBCHAT_SESSION_TTL_SECONDS: '60' }),
    launchChromium(),
  ]);
}, 30_000);

afterAll(async () => {
  await chromium?.close();
  await service?.close();
});

interface Session {
  authorization: string | undefined;
  conversationId: string;
  token: string;
}

describe('the web chat page renews its session token', () => {
  test('before a message, it renews with its current token for the same conversation, then sends with the new token', async () => {
    const { page } = chromium;
    const sessions: Session[] = [];
    const messageTokens: string[] = [];
    page.on('requestfinished', (request: Request) => {
      void (async () => {
        const url = new URL(request.url());
        if (request.method() !== 'POST') return;
        const headers = await request.allHeaders();
        if (url.pathname === '/api/webchat/conversations') {
          const body = (await (await request.response())?.json()) as {
            conversationId: string;
            token: string;
          };
          sessions.push({ authorization: headers.authorization, ...body });
        } else if (url.pathname === '/api/webchat/messages') {
          messageTokens.push(headers.authorization ?? '');
        }
      })();
    });
    await page.goto(`${service.url}/`);
    const transcript = page.locator('#webchat');
    await transcript.getByText(firstSentence(kb.content.welcome)).first().waitFor();

    const sendBox = page
      .getByRole('textbox', { name: /message/i })
      .or(page.getByPlaceholder(/message/i))
      .first();
    await sendBox.fill('which foods are rich in magnesium?');
    await sendBox.press('Enter');
    await transcript.getByText(firstSentence(entry.answer)).first().waitFor();
    // The request listener finishes a moment after the reply is shown, and a renewal's record later still (it
    // awaits the response body): on a busy machine the message, or a later renewal, could be recorded before the
    // renewal whose token it carries. Wait until the message's token is among the recorded sessions.
    const recorded = () => sessions.some((session) => `Bearer ${session.token}` === messageTokens.at(-1));
    for (let waited = 0; (messageTokens.length < 2 || !recorded()) && waited < 5000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(messageTokens.length).toBeGreaterThanOrEqual(2);

    const first = sessions.find((session) => session.authorization === undefined);
    expect(first).toBeDefined();
    const renewals = sessions.filter((session) => session !== first);
    expect(renewals.length).toBeGreaterThanOrEqual(1);
    for (const renewal of renewals) {
      // Each renewal presents a token the page was given and keeps the conversation.
      const replaced = sessions.find((session) => renewal.authorization === `Bearer ${session.token}`);
      expect(replaced).toBeDefined();
      expect(renewal.conversationId).toBe(first!.conversationId);
      // Its expiry (the token's middle field, in seconds) is never earlier than the one it replaces; within the same
      // second the token comes back unchanged.
      expect(Number(renewal.token.split('.')[1])).toBeGreaterThanOrEqual(
        Number(replaced!.token.split('.')[1]),
      );
    }
    // The question went with the newest token: the end of the chain of renewals, each replacing the one before.
    let newest = first!;
    for (;;) {
      const next = renewals.find(
        (renewal) => renewal.authorization === `Bearer ${newest.token}` && renewal.token !== newest.token,
      );
      if (next === undefined) break;
      newest = next;
    }
    expect(messageTokens.at(-1)).toBe(`Bearer ${newest.token}`);
    const answered = service.logs.filter((line) => line.event === 'question.answered').at(-1);
    expect(answered).toMatchObject({ id: entry.id });
  });
});

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
    // Each call to the server passes through here and is recorded before the page gets its response, so by the
    // time the reply is on screen every session and message it needed is recorded (reading bodies from finished
    // requests instead raced the page, and Chromium may drop a body it no longer holds on a busy machine).
    await page.route('**/api/webchat/**', async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      const response = await route.fetch();
      if (request.method() === 'POST') {
        const { authorization } = await request.allHeaders();
        if (url.pathname === '/api/webchat/conversations' && response.ok()) {
          const body = (await response.json()) as { conversationId: string; token: string };
          sessions.push({ authorization, ...body });
        } else if (url.pathname === '/api/webchat/messages') {
          messageTokens.push(authorization ?? '');
        }
      }
      await route.fulfill({ response });
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

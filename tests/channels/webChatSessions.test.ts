import { SessionTokens } from '../../src/webchat/SessionTokens';
import { postJson, startService } from './serviceKit';

const SECRET = 'a-test-secret-that-is-at-least-32-characters-long';

describe('web chat session tokens expire and the page renews them', () => {
  it('a token carries its lifetime, and renewing keeps the same conversation', async () => {
    const service = await startService({ WEBCHAT_SESSION_TTL_SECONDS: '600' });
    try {
      const started = await postJson(`${service.url}/api/webchat/conversations`, {});
      expect(started.json.expiresIn).toBe(600);
      const renewed = await postJson(
        `${service.url}/api/webchat/conversations`,
        {},
        { authorization: `Bearer ${String(started.json.token)}` },
      );
      expect(renewed.status).toBe(200);
      expect(renewed.json.conversationId).toBe(started.json.conversationId);
      const asked = await postJson(
        `${service.url}/api/webchat/messages`,
        { type: 'message', text: 'help' },
        { authorization: `Bearer ${String(renewed.json.token)}` },
      );
      expect(asked.status).toBe(200);
    } finally {
      await service.close();
    }
  });

  it('an expired token gets 401, and renewing it starts a new conversation instead', async () => {
    const service = await startService({ WEBCHAT_SESSION_SECRET: SECRET });
    try {
      const twoHoursAgo = () => Date.now() - 2 * 3600 * 1000;
      const old = SessionTokens.fromSecret(SECRET, 3600, twoHoursAgo).issue();
      const asked = await postJson(
        `${service.url}/api/webchat/messages`,
        { type: 'message', text: 'help' },
        { authorization: `Bearer ${old.token}` },
      );
      expect(asked.status).toBe(401);
      expect(String(asked.json.error)).toMatch(/expired/);
      const renewed = await postJson(
        `${service.url}/api/webchat/conversations`,
        {},
        { authorization: `Bearer ${old.token}` },
      );
      expect(renewed.json.conversationId).not.toBe(old.conversationId);
    } finally {
      await service.close();
    }
  });

  it('a token with its expiry edited is refused', () => {
    const tokens = SessionTokens.fromSecret(SECRET, 60);
    const { token } = tokens.issue();
    const [id, expires, signature] = token.split('.');
    expect(tokens.verify(token)).toBeDefined();
    expect(tokens.verify(`${id}.${Number(expires) + 86_400}.${signature}`)).toBeUndefined();
  });
});

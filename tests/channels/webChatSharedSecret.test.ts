import { ConfigError, loadConfig } from '../../src/config';
import { createMemoryLogger } from '../../src/logger';
import { createInProcessMemory } from '../../src/state/createConversationMemory';
import { postJson, type Reply, type Service, startService } from './serviceKit';

const SECRET = 'a-shared-web-chat-secret-of-at-least-32-characters';

async function startConversation(service: Service): Promise<string> {
  const response = await postJson(`${service.url}/api/webchat/conversations`, {});
  expect(response.status).toBe(200);
  return response.json.token as string;
}

async function say(service: Service, token: string, text: string) {
  const response = await postJson(
    `${service.url}/api/webchat/messages`,
    { type: 'message', text, locale: 'en-US' },
    { authorization: `Bearer ${token}` },
  );
  const [reply] = (response.json.activities ?? []) as Reply[];
  return { status: response.status, result: reply?.entities?.find((entity) => entity.type === 'faqResult') };
}

describe('web chat sessions across several instances', () => {
  let services: Service[] = [];
  afterEach(async () => {
    await Promise.all(services.map((service) => service.close()));
    services = [];
  });

  test('with the same WEBCHAT_SESSION_SECRET, a page session started on one instance carries on on another, follow-ups included', async () => {
    const env = { WEBCHAT_SESSION_SECRET: SECRET };
    // Both instances share one memory, as they would share Redis (tests/http/twoInstances runs the real one).
    const shared = createInProcessMemory(100, 60_000, createMemoryLogger());
    services = await Promise.all([
      startService(env, undefined, shared),
      startService(env, undefined, shared),
    ]);
    const [a, b] = services as [Service, Service];
    const token = await startConversation(a);
    expect(await say(a, token, 'how much magnesium do I need')).toMatchObject({ status: 200 });
    expect(await say(b, token, 'what foods have it?')).toMatchObject({
      status: 200,
      result: { kind: 'answer', id: 'magnesium-foods' },
    });
  });

  test('without a shared secret each instance has its own key, so the other instance answers 401', async () => {
    services = await Promise.all([startService(), startService()]);
    const [a, b] = services as [Service, Service];
    const token = await startConversation(a);
    expect((await say(a, token, 'hi')).status).toBe(200);
    expect((await say(b, token, 'hi')).status).toBe(401);
  });

  test('instances with different secrets reject each other’s tokens', async () => {
    services = await Promise.all([
      startService({ WEBCHAT_SESSION_SECRET: SECRET }),
      startService({ WEBCHAT_SESSION_SECRET: `${SECRET}-rotated` }),
    ]);
    const [a, b] = services as [Service, Service];
    expect((await say(b, await startConversation(a), 'hi')).status).toBe(401);
  });

  test('a WEBCHAT_SESSION_SECRET shorter than 32 characters stops start-up naming the key, not the value', () => {
    const load = () => loadConfig({ WEBCHAT_SESSION_SECRET: 'too-short-secret' });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/WEBCHAT_SESSION_SECRET: must be at least 32 characters/);
    expect(load).not.toThrow(/too-short-secret/);
    expect(loadConfig({ WEBCHAT_SESSION_SECRET: '' }).WEBCHAT_SESSION_SECRET).toBeUndefined();
  });
});

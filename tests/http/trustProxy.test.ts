import { clientAddress, parseTrustProxy, type TrustProxy } from '../../src/http/clientAddress';
import { loadConfig } from '../../src/config';
import { postJson, startService } from '../channels/serviceKit';

function trust(value: string): TrustProxy {
  const parsed = parseTrustProxy(value);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

describe('TRUST_PROXY decides whose X-Forwarded-For counts', () => {
  it.each<[string, string, string | undefined, string]>([
    ['', '10.0.0.5', '203.0.113.9', '10.0.0.5'],
    ['1', '10.0.0.5', '203.0.113.9', '203.0.113.9'],
    ['1', '10.0.0.5', '198.51.100.1, 203.0.113.9', '203.0.113.9'],
    ['2', '10.0.0.5', '198.51.100.1, 203.0.113.9', '198.51.100.1'],
    ['3', '10.0.0.5', '203.0.113.9', '203.0.113.9'],
    ['10.0.0.0/8', '10.0.0.5', '198.51.100.1, 203.0.113.9', '203.0.113.9'],
    ['10.0.0.0/8,203.0.113.9', '10.0.0.5', '198.51.100.1, 203.0.113.9', '198.51.100.1'],
    ['10.0.0.0/8', '192.0.2.7', '203.0.113.9', '192.0.2.7'],
    ['10.0.0.0/8', '::ffff:10.0.0.5', '203.0.113.9', '203.0.113.9'],
    ['1', '10.0.0.5', 'not-an-ip', '10.0.0.5'],
    ['1', '10.0.0.5', undefined, '10.0.0.5'],
  ])('TRUST_PROXY=%p, peer %s, X-Forwarded-For %p → %s', (setting, peer, forwarded, expected) => {
    expect(clientAddress(peer, forwarded, trust(setting))).toBe(expected);
  });

  it('refuses a bad setting at start-up, naming the key', () => {
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/99' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.local' })).toThrow(/TRUST_PROXY/);
  });

  async function statusesFor(env: Record<string, string>): Promise<number[]> {
    const service = await startService({ WEBCHAT_RATE_LIMIT_PER_MINUTE: '2', ...env });
    try {
      const statuses: number[] = [];
      for (const client of ['203.0.113.1', '203.0.113.1', '203.0.113.2', '203.0.113.2']) {
        const response = await postJson(
          `${service.url}/api/webchat/conversations`,
          {},
          {
            'x-forwarded-for': client,
          },
        );
        statuses.push(response.status);
      }
      return statuses;
    } finally {
      await service.close();
    }
  }

  it('behind a trusted proxy each forwarded client gets its own rate-limit bucket', async () => {
    expect(await statusesFor({ TRUST_PROXY: '127.0.0.1' })).toEqual([200, 200, 200, 200]);
  });

  it('without TRUST_PROXY a forged X-Forwarded-For does not dodge the limit', async () => {
    expect(await statusesFor({})).toEqual([200, 200, 429, 429]);
  });
});

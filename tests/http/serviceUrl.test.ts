import { loadConfig } from '../../src/config';
import { serviceUrlAllowed } from '../../src/http/serviceUrlPolicy';
import { post, startServer, userActivity } from '../support/testKit';

describe('with auth off, replies go only to loopback or allow-listed serviceUrls', () => {
  it.each<[string, string[], boolean]>([
    ['http://127.0.0.1:3979/', [], true],
    ['http://localhost:56150', [], true],
    ['http://[::1]:9/', [], true],
    ['https://attacker.example/', [], false],
    ['http://10.0.0.1/', [], false],
    ['file:///etc/passwd', [], false],
    ['not a url', [], false],
    ['https://smba.trafficmanager.net/emea/', ['https://smba.trafficmanager.net'], true],
    ['https://smba.trafficmanager.net.evil.example/', ['https://smba.trafficmanager.net'], false],
  ])('%s with allow-list %p → %p', (url, list, allowed) => {
    expect(serviceUrlAllowed(url, list)).toBe(allowed);
  });

  it('answers 400 at once to an activity whose replies would go to another host, and never calls it', async () => {
    const running = await startServer();
    try {
      const started = Date.now();
      const response = await post(
        running.url,
        userActivity({ deliveryMode: undefined, serviceUrl: 'https://attacker.example/' }),
      );
      expect(response.status).toBe(400);
      expect(String((response.json as { error: string }).error)).toMatch(/serviceUrl/);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(running.logger.lines.some((line) => String(line.event).startsWith('question.'))).toBe(false);
    } finally {
      await running.close();
    }
  });

  it('refuses a malformed SERVICE_URL_ALLOW_LIST at start-up, naming the key', () => {
    expect(() => loadConfig({ SERVICE_URL_ALLOW_LIST: 'smba.trafficmanager.net' })).toThrow(
      /SERVICE_URL_ALLOW_LIST/,
    );
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireProgram, SETUP_COMMAND } from '../support/systemPackages';

const ROOT = join(__dirname, '..', '..');

describe('system packages the tests start for real', () => {
  test('a missing program fails the test naming its Debian package and the one command that installs it', () => {
    expect(() => requireProgram('no-such-server-xyz', 'no-such-package')).toThrow(
      'no-such-server-xyz not found: this test needs the Debian package "no-such-package". Install it with `npm run test:setup` (or `apt-get install -y no-such-package`).',
    );
  });

  test('an override path that does not exist is reported as such, not silently replaced', () => {
    expect(() => requireProgram('redis-server', 'redis-server', '/nowhere/redis-server')).toThrow(
      /redis-server not found at \/nowhere\/redis-server/,
    );
  });

  test('the setup command is the npm script that installs chromium, redis-server and nginx, and CI runs it', () => {
    const scripts = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(SETUP_COMMAND).toBe('npm run test:setup');
    expect(scripts['test:setup']).toBe('bash scripts/test-setup.sh');
    const setup = readFileSync(join(ROOT, 'scripts', 'test-setup.sh'), 'utf8');
    for (const pair of ['chromium:chromium', 'redis-server:redis-server', 'nginx:nginx'])
      expect(setup).toContain(pair);
    expect(readFileSync(join(ROOT, '.ci', 'run'), 'utf8')).toContain('bash scripts/test-setup.sh');
  });
});

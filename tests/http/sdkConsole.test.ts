import { routeConsoleToLogger } from '../../src/http/routeConsoleToLogger';
import { createMemoryLogger } from '../../src/logger';

describe("botbuilder's console output", () => {
  const saved = { error: console.error, warn: console.warn, log: console.log, info: console.info };
  afterEach(() => Object.assign(console, saved));

  it('becomes one capped JSON line per call, without the stack trace', () => {
    const logger = createMemoryLogger();
    routeConsoleToLogger(logger);
    const error = new Error(`Failed to load openID config: 500 ${'x'.repeat(2000)}`);
    console.error(error);
    console.warn('BadRequest: Missing activity or activity type.');
    expect(logger.lines).toHaveLength(2);
    expect(logger.lines[0]).toMatchObject({ level: 'error', event: 'sdk.console', errorName: 'Error' });
    expect(String(logger.lines[0]?.message)).toMatch(/^Error: Failed to load openID config/);
    expect(String(logger.lines[0]?.message).length).toBeLessThan(600);
    expect(JSON.stringify(logger.lines)).not.toMatch(/\n\s+at /);
    expect(logger.lines[1]).toMatchObject({
      level: 'warn',
      message: 'BadRequest: Missing activity or activity type.',
    });
  });
});

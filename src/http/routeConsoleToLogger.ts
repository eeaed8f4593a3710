import { format } from 'node:util';
import type { Logger } from '../logger';

/**
 * botbuilder reports some failures with console.error/console.warn (multi-line stack traces, one per bad
 * request). Sent through the logger instead, each is one capped JSON line (`sdk.console`), so the output stays
 * JSON lines and an anonymous client cannot flood it with stacks.
 */
export function routeConsoleToLogger(logger: Logger): void {
  const forward =
    (level: 'warn' | 'error' | 'info') =>
    (...args: unknown[]) => {
      const error = args.find((arg): arg is Error => arg instanceof Error);
      const message = format(
        ...args.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : arg)),
      );
      logger[level]('sdk.console', { message: message.split('\n', 1)[0] ?? '', errorName: error?.name });
    };
  console.error = forward('error');
  console.warn = forward('warn');
  console.log = forward('info');
  console.info = forward('info');
}

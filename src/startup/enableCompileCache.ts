import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { CACHE_DIR } from './projectRoot';

/**
 * Node's compile cache keeps V8's compiled code for every module loaded after this line, so the next start
 * skips compiling botbuilder, restify and the rest. Node checks each entry against its source, so a stale
 * entry is never used. The cache lives with the project, not in a shared /tmp another user could write to;
 * `NODE_COMPILE_CACHE` moves it and `NODE_DISABLE_COMPILE_CACHE=1` turns it off (Node reads both itself).
 * A cache that cannot be written costs nothing but the saving. A Node without it (before 22.1, which
 * package.json's engines rule out but `node dist/src/index.js` on an old Node would reach) starts without it.
 */
const status =
  typeof nodeModule.enableCompileCache === 'function'
    ? nodeModule.enableCompileCache(join(CACHE_DIR, 'node')).status
    : undefined;

/** For the start-up log line. */
export const compileCacheState: 'on' | 'off' | 'failed' =
  status === undefined
    ? 'off'
    : status === nodeModule.constants.compileCacheStatus.FAILED
      ? 'failed'
      : status === nodeModule.constants.compileCacheStatus.DISABLED
        ? 'off'
        : 'on';

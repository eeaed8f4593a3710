import { constants, enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { CACHE_DIR } from './projectRoot';

/**
 * Node's compile cache keeps V8's compiled code for every module loaded after this line, so the next start
 * skips compiling botbuilder, restify and the rest. Node checks each entry against its source, so a stale
 * entry is never used. The cache lives with the project, not in a shared /tmp another user could write to;
 * `NODE_COMPILE_CACHE` moves it and `NODE_DISABLE_COMPILE_CACHE=1` turns it off (Node reads both itself).
 * A cache that cannot be written costs nothing but the saving.
 */
const { status } = enableCompileCache(join(CACHE_DIR, 'node'));

/** For the start-up log line. */
export const compileCacheState: 'on' | 'off' | 'failed' =
  status === constants.compileCacheStatus.FAILED
    ? 'failed'
    : status === constants.compileCacheStatus.DISABLED
      ? 'off'
      : 'on';

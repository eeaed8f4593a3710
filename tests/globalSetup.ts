import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { warmStartCaches } from '../src/startup/warmStartCaches';
import { CV_SHARE_ENV } from './support/cvShareDir';

/**
 * Before any suite runs: the start-up caches the services started from the sources read (the validated knowledge
 * base, the shipped models — small talk, the learned red-flag net, the entry classifier and the answer check — and
 * the engine's and the safety screen's indexes) are read from .cache or written there once, as a first start does.
 * On a fresh clone every jest worker that starts the service would otherwise build them at the same time, and a
 * suite's 20-second start-up hook could run out on a 2-core machine (two instances starting at once did, under
 * load). The built service under dist/ keys its caches apart; the start-up suite warms those itself. Suites that
 * test a cold start use their own knowledge base or cache settings, so they still see one.
 *
 * It also makes this run's folder where the cross-validation suites share their work (the workers inherit the
 * environment); tests/globalTeardown.ts removes it.
 */
export default function globalSetup(): void {
  warmStartCaches();
  process.env[CV_SHARE_ENV] = mkdtempSync(join(os.tmpdir(), 'cv-share-'));
}

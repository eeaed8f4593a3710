import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../src/knowledge/loadKnowledgeBase';
import { warmShippedModels } from '../src/startup/shippedModels';
import { CV_SHARE_ENV } from './support/cvShareDir';

/**
 * Before any suite runs: the shipped models (small talk, the learned red-flag net, the entry classifier and the
 * answer check) are read from .cache/models or trained there once, as a first `npm start` does. On a fresh clone
 * every jest worker that starts the service would otherwise train them at the same time, and a suite's
 * 20-second start-up hook could run out on a 2-core machine. Suites that test a cold start use their own empty
 * cache folders, so they still see one.
 *
 * It also makes this run's folder where the cross-validation suites share their work (the workers inherit the
 * environment); tests/globalTeardown.ts removes it.
 */
export default function globalSetup(): void {
  warmShippedModels(loadKnowledgeBase());
  process.env[CV_SHARE_ENV] = mkdtempSync(join(os.tmpdir(), 'cv-share-'));
}

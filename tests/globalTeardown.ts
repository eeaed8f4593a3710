import { rmSync } from 'node:fs';
import { CV_SHARE_ENV } from './support/cvShareDir';

/** Removes the folder tests/globalSetup.ts made for this run's cross-validation suites. */
export default function globalTeardown(): void {
  const dir = process.env[CV_SHARE_ENV];
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
}

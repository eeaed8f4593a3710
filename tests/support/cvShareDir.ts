/**
 * The environment variable naming the folder, one per jest run (made by tests/globalSetup.ts, removed by
 * tests/globalTeardown.ts), where the cross-validation suites share the sets they measured
 * (tests/eval/sharedCrossValidation.ts).
 */
export const CV_SHARE_ENV = 'CV_SHARE_DIR';

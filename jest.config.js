/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // Browser tests start Chromium and servers; give them room without slowing the rest.
  testTimeout: 20000,
  // Two workers on the 2-core CI machine: many suites wait on servers, browsers and timers, and jest's default (the
  // cores minus one) runs them one after another.
  maxWorkers: 2,
  // The shipped models trained once into .cache/models before the suites start (tests/globalSetup.ts).
  globalSetup: '<rootDir>/tests/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/globalTeardown.ts',
  // Suites that take minutes start first (a fresh clone has no timings for jest to order by).
  testSequencer: '<rootDir>/tests/slowFirstSequencer.js',
};

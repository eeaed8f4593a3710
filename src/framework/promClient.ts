/**
 * What the service uses of prom-client, and the only place it loads it from. `npm run build` replaces this file's
 * compiled form with one bundle of prom-client and the modules it loads (src/cli/bundleBotFramework.ts): read one
 * by one, they are about 80 modules and some 35 ms of CPU more at every start. Run from the sources (tests,
 * tools), these are plain re-exports.
 */
export { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

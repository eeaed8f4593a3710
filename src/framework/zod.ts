/**
 * zod, for every schema of the service (the configuration, the knowledge base, the web chat payload, the labelled
 * sets), and the only place it loads it from. `npm run build` replaces this file's compiled form with one bundle of
 * zod (src/cli/bundleBotFramework.ts): read one by one, its 95 modules (every locale among them) cost some 30 ms
 * of CPU more at every start, where the configuration needs it. Run from the sources (tests, tools), this is a plain
 * re-export. Types may come from the package.
 */
export { z } from 'zod';

import { buildSync } from 'esbuild';
import { join } from 'node:path';

/**
 * A step of `npm run build`: replaces the compiled facades in src/framework/ with one file each, holding the facade
 * and every module it loads, so a start reads four files instead of about 1,100:
 *   - botFramework.js: botbuilder and botframework-connector (about 780 modules, see botFramework.ts). whatwg-url
 *     stays outside: it asks for Node's own punycode module, which Node deprecates with a warning for any caller
 *     outside node_modules, and a bundle in dist/ is outside;
 *   - restifyServer.js: restify's server and router and restify's pino (see restifyServer.ts). dtrace-provider
 *     stays outside: it looks for a native build beside its own file;
 *   - promClient.js: prom-client (see promClient.ts);
 *   - zod.js: zod (see zod.ts).
 * Modules that are only looked for and may be absent (ws's and node-fetch's optional native helpers) stay
 * `require` calls, absent as before.
 */
const bundles: Array<{ name: string; external: string[] }> = [
  { name: 'botFramework', external: ['whatwg-url'] },
  { name: 'restifyServer', external: ['dtrace-provider'] },
  { name: 'promClient', external: [] },
  { name: 'zod', external: [] },
];
for (const { name, external } of bundles) {
  const file = join(__dirname, '..', 'framework', `${name}.js`);
  buildSync({
    entryPoints: [file],
    outfile: file,
    allowOverwrite: true,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external,
    logLevel: 'error',
  });
}

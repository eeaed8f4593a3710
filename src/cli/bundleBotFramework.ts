import { buildSync } from 'esbuild';
import { join } from 'node:path';

/**
 * A step of `npm run build`: replaces the compiled src/framework/botFramework.js with one file holding it,
 * botbuilder, botframework-connector and every module they load, so a start reads one file instead of about
 * 780 (see botFramework.ts). whatwg-url stays outside: it asks for Node's own punycode module, which Node
 * deprecates with a warning for any caller outside node_modules, and a bundle in dist/ is outside. Modules
 * that are only looked for and may be absent (ws's and node-fetch's optional native helpers) stay `require`
 * calls, absent as before.
 */
const file = join(__dirname, '..', 'framework', 'botFramework.js');
buildSync({
  entryPoints: [file],
  outfile: file,
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['whatwg-url'],
  logLevel: 'error',
});

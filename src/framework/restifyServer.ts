import type { Server, ServerOptions } from 'restify';

/**
 * What src/server.ts builds its server from, as `restify.createServer` does (restify 12.0.0, lib/index.js):
 * restify's server and router modules and restify's own pino (its version, not ours: restify is pinned to the
 * exact version, and its lockfile layout nests that pino under it). restify's index is not loaded: it also loads
 * every plugin, about 260 modules never used here. `npm run build` replaces this file's compiled form with one
 * bundle of these modules and what they load (src/cli/bundleBotFramework.ts): read one by one, they are about
 * 100 modules and some 50 ms of CPU more at every start. Run from the sources (tests, tools), these are plain
 * requires.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- static paths, so the build can bundle them */
export const RestifyServer = require('restify/lib/server') as new (options: ServerOptions) => Server;
export const RestifyRouter = require('restify/lib/router') as new (
  options: ServerOptions,
) => ServerOptions['router'];
export const restifyPino = require('restify/node_modules/pino') as (options: {
  name: string;
}) => ServerOptions['log'];
/* eslint-enable @typescript-eslint/no-require-imports */

// First: every module loaded after this one is compiled from Node's cache when it has one.
import { compileCacheState } from './startup/enableCompileCache';
import { existsSync } from 'node:fs';
import { flushCompileCache } from 'node:module';
import { ConfigError, loadConfig } from './config';
import { createApp } from './createApp';
import { loadCachedKnowledgeBase } from './knowledge/loadCachedKnowledgeBase';
import { KnowledgeBaseError } from './knowledge/KnowledgeBaseError';
import { routeConsoleToLogger } from './http/routeConsoleToLogger';
import { createLogger } from './logger';
import { KnowledgeReloader } from './reload/KnowledgeReloader';
import { loadKnowledgeBaseInWorker } from './reload/loadKnowledgeBaseInWorker';
import { listen } from './server';
import { CACHE_DIR, SHIPPED_KNOWLEDGE_DIR } from './startup/projectRoot';
import { StartupTimer } from './startup/StartupTimer';
import { holdPort } from './startup/holdPort';

/** restify 12 needs Node 22; `npm start` brings it (the node@22 dev dependency), a bare `node` may not. */
const MIN_NODE_MAJOR = 22;

/** Wiring only: config → knowledge → app → listen. */
async function main(): Promise<void> {
  const timer = new StartupTimer();
  // Since the process started: Node itself, then loading this module and everything it imports.
  timer.done('modules');
  const major = Number(process.versions.node.split('.')[0]);
  if (major < MIN_NODE_MAJOR) {
    throw new ConfigError(
      `Node.js ${MIN_NODE_MAJOR} or later is required (this is ${process.version}). Start with "npm start", which uses the Node ${MIN_NODE_MAJOR} the project installs.`,
    );
  }
  // A local .env file, if there is one, fills in what the real environment does not set.
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  routeConsoleToLogger(logger);
  const knowledgeDir = config.KNOWLEDGE_DIR ?? SHIPPED_KNOWLEDGE_DIR;
  const cacheDir = config.KB_CACHE ? CACHE_DIR : undefined;
  // From here until the service listens, its port answers 503 (`/readyz` says "starting", not "refused").
  const held = await holdPort(config.PORT, config.host);
  timer.done('config');
  const { kb, cache } = loadCachedKnowledgeBase(knowledgeDir, cacheDir);
  timer.done('knowledge');
  // Loading and building run on this thread: between them, probes that arrived meanwhile get their 503.
  await yieldToProbes();
  // The answer engine, the safety screen, the adapter and the routes.
  const app = createApp({ config, kb, logger, processMetrics: true, indexCacheDir: cacheDir });
  timer.done('app');
  const { server } = app;
  const reloader = new KnowledgeReloader({
    dir: knowledgeDir,
    logger,
    load: (dir) => loadKnowledgeBaseInWorker(dir, cacheDir),
    swap: (next) => app.adoptKnowledgeBase(next),
    failed: (message) => app.reloadFailed(message),
  });
  if (config.KB_WATCH) reloader.watch();
  await yieldToProbes();
  await held.release();
  const port = await listen(server, config.PORT, config.host);
  timer.done('listen');
  // Say where it is really bound: 0.0.0.0 means every interface, not "localhost".
  const shown = config.host.includes(':') ? `[${config.host}]` : config.host;
  const everywhere = config.host === '0.0.0.0' || config.host === '::' ? ' (all interfaces)' : '';
  const auth = config.authEnabled
    ? 'Bot Framework auth on'
    : 'auth off: local use only, set MicrosoftAppId before exposing it';
  process.stdout.write(
    `Ready on http://${shown}:${port}${everywhere} (chat page /, bot endpoint /api/messages) with ${kb.entries.length} knowledge entries, kb ${kb.version}; ${auth}\n`,
  );
  logger.info('startup', {
    ms: timer.ms,
    cpuMs: timer.cpuMs,
    knowledgeCache: cache,
    indexCache: app.indexCache,
    compileCache: compileCacheState,
  });
  // Written now, not only at exit: a process that is killed still leaves the next start its compiled code.
  flushCompileCache();

  const shutdown = async (signal: string) => {
    logger.info('shutdown', { signal });
    reloader.stop();
    const { forced } = await app.drain(config.SHUTDOWN_TIMEOUT_SECONDS * 1000);
    // A shared store that no longer answers must not hold the exit: give it two seconds.
    await Promise.race([
      app.memory.close().catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, 2000).unref()),
    ]);
    logger.info('shutdown.done', { signal, forced });
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGHUP', () => void reloader.reload('SIGHUP'));
  process.on('unhandledRejection', (error) => logger.error('process.unhandled-rejection', { error }));
}

/** One turn of the event loop, so the held port can answer the probes queued during a synchronous phase. */
function yieldToProbes(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

main().catch((error: unknown) => {
  if (error instanceof KnowledgeBaseError || error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
});

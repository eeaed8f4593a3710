import { createBot } from './createBot';
import { type AuthEndpoints, createAdapter } from './adapter';
import type { Config } from './config';
import { answerEngineSteps } from './engine/createAnswerEngine';
import { labelledTrainingSource } from './eval/trainingQuestions';
import { PROJECT_ROOT } from './startup/projectRoot';
import type { LoadedKnowledgeBase } from './reload/loadKnowledgeBaseInWorker';
import type { AnswerEngine } from './engine/types';
import { safetyScreenSteps } from './safety/createSafetyScreen';
import { loadOrTrainRedFlagNet } from './safety/learned/loadOrTrainRedFlagNet';
import type { RedFlagNet } from './safety/learned/trainRedFlagNet';
import { withLearnedNet } from './safety/learned/withLearnedNet';
import { safetyTrainingSource } from './eval/safetyCases';
import { openIndexCache, type IndexCacheOutcome } from './startup/indexCache';
import type { KnowledgeBase } from './knowledge/KnowledgeBase';
import type { Logger } from './logger';
import { currentRequestContext } from './http/requestContext';
import { createMetrics, type Metrics } from './metrics/createMetrics';
import { createServer, drainServer } from './server';
import type { ConversationMemory, MemoryStats } from './state/ConversationMemory';
import type { FaqBot } from './bot';
import type { SharedTurnClients } from './SharedTurnClients';
import { createConversationMemory } from './state/createConversationMemory';
import type { FetchLike } from './webchat/fetchDirectLineToken';
import { runInSlices, runToEnd, type Steps } from './util/runSteps';
import { WebChatService } from './webchat/WebChatService';

export interface AppOptions {
  config: Config;
  kb: KnowledgeBase;
  logger: Logger;
  /** For tests; without it, memory follows the config (Redis with CONTEXT_REDIS_URL, else in-process). */
  memory?: ConversationMemory;
  /** For tests of the Direct Line token route: Azure is not reachable from a test. */
  fetch?: FetchLike;
  /** For the real-signature auth tests: a loopback OpenID metadata server instead of Microsoft's. */
  authEndpoints?: AuthEndpoints;
  /** For tests that start several apps in one process: skip prom-client's process metrics. */
  processMetrics?: boolean;
  /** The learned red-flag net beside the rules; by default the shipped one (cached in .cache/models). */
  redFlagNet?: RedFlagNet;
  /**
   * Where the engine's and the safety screen's indexes are cached between starts (src/startup/indexCache.ts);
   * without it the first build indexes from scratch. Only the first build uses it: a reload indexes in slices
   * that give the event loop back, and reading or writing the cache would be steps of tens of milliseconds.
   */
  indexCacheDir?: string;
}

/** Everything built from one knowledge base; a reload builds a new one and swaps it in whole. */
interface Generation {
  kb: KnowledgeBase;
  engine: AnswerEngine;
  bot: FaqBot;
}

/**
 * Builds the whole service from a config and a loaded knowledge base; `index.ts` only adds listen(), signals
 * and the knowledge reloader. Each turn runs on the generation current when it starts, so a reload never
 * mixes two knowledge bases in one reply.
 */
export function createApp(options: AppOptions) {
  const { config, logger, fetch, authEndpoints } = options;
  const metrics: Metrics = createMetrics({ defaultMetrics: options.processMetrics ?? false });
  const conversationMemory = options.memory ?? createConversationMemory(config, logger);
  // Learned from the labelled safety messages, not the knowledge base: a reload keeps the same net.
  const redFlagNet = options.redFlagNet ?? loadOrTrainRedFlagNet(safetyTrainingSource(PROJECT_ROOT));
  let indexCache: IndexCacheOutcome = 'off';
  function* generationSteps(
    kb: KnowledgeBase,
    { smallTalkModel, entryClassifier }: Omit<LoadedKnowledgeBase, 'kb'> = {},
    indexCacheDir?: string,
  ): Steps<Generation> {
    const cache = indexCacheDir === undefined ? undefined : openIndexCache(indexCacheDir, kb);
    if (cache?.outcome === 'ignored')
      logger.warn('index-cache.ignored', { file: cache.file, reason: cache.reason });
    const safety = withLearnedNet(
      yield* safetyScreenSteps(kb.safety, cache?.data.safety),
      redFlagNet,
      kb.safety,
    );
    const built = yield* answerEngineSteps(kb, {
      safety,
      smallTalkModel,
      entryClassifier,
      training: labelledTrainingSource(PROJECT_ROOT),
      indexData: cache?.data.engine,
    });
    cache?.save();
    indexCache = cache?.outcome ?? 'off';
    const engine: AnswerEngine = {
      answer(question) {
        const started = process.hrtime.bigint();
        const result = built.answer(question);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        metrics.observeAnswer(result, seconds);
        const context = currentRequestContext();
        if (context) context.engineMs = Math.round(seconds * 1e6) / 1e3;
        return result;
      },
    };
    return { kb, engine, bot: createBot(engine, kb, conversationMemory, logger) };
  }
  const use = (next: Generation) => {
    current = next;
    webchat?.useKnowledgeBase(next.kb);
    lifecycle.lastReloadError = null;
    metrics.observeReload(true);
  };
  let current = runToEnd(generationSteps(options.kb, {}, options.indexCacheDir));
  const lifecycle = { ready: true, lastReloadError: null as string | null };

  const runTurn = async (context: Parameters<FaqBot['run']>[0]) => {
    const started = process.hrtime.bigint();
    try {
      await current.bot.run(context);
    } finally {
      metrics.observeTurn(Number(process.hrtime.bigint() - started) / 1e9);
    }
  };
  const { adapter, processMessage, clients } = createAdapter(
    config,
    logger,
    options.kb.content.messages.error,
    authEndpoints,
  );
  const webchat = config.WEBCHAT_ENABLED
    ? new WebChatService({ config, kb: options.kb, logger, logic: runTurn, fetch })
    : undefined;
  const handleMessage = (activity: Record<string, unknown>, authorization: string | undefined) =>
    processMessage(activity, authorization, runTurn);
  const server = createServer({
    config,
    logger,
    metrics,
    handleMessage,
    health: () => ({
      ...healthReport(current.kb, conversationMemory, current.bot, clients),
      lastReloadError: lifecycle.lastReloadError,
    }),
    ready: () => lifecycle.ready,
    webchat,
  });
  // Other parts add their own gauges the same way (metrics.addGauge), e.g. the memory store its size.
  metrics.addGauge(
    'kb_entries',
    'Entries in the knowledge base being served.',
    () => current.kb.entries.length,
  );

  addMemoryGauges(metrics, conversationMemory, () => current.bot);

  return {
    server,
    adapter,
    /** Whether the indexes of the base being served came from the cache (for the start-up log line). */
    get indexCache(): IndexCacheOutcome {
      return indexCache;
    },
    /** One POST /api/messages body without the HTTP around it (the benchmark's in-process turn loop). */
    handleMessage,
    metrics,
    memory: conversationMemory,
    get bot(): FaqBot {
      return current.bot;
    },
    get engine(): AnswerEngine {
      return current.engine;
    },
    get kb(): KnowledgeBase {
      return current.kb;
    },
    /** Builds from a freshly loaded knowledge base at once and swaps it in; running turns finish on the old one. */
    swapKnowledgeBase(kb: KnowledgeBase): void {
      use(runToEnd(generationSteps(kb)));
    },
    /**
     * The same, for a hot reload: the index is built in slices of a few milliseconds that give the event loop
     * back in between, so requests keep being answered (by the old base) until the new one is swapped in whole.
     */
    async adoptKnowledgeBase({ kb, ...models }: LoadedKnowledgeBase): Promise<void> {
      use(await runInSlices(generationSteps(kb, models)));
    },
    /** A reload that failed validation: the old base keeps serving, /healthz shows why. */
    reloadFailed(message: string): void {
      lifecycle.lastReloadError = message;
      metrics.observeReload(false);
    },
    /** /readyz turns 503, then in-flight requests finish (at most `timeoutMs`) and the server closes. */
    async drain(timeoutMs = 10_000): Promise<{ forced: boolean }> {
      lifecycle.ready = false;
      return drainServer(server, timeoutMs);
    },
  };
}

/** What /healthz shows: the knowledge base, and every per-conversation structure with its size. */
interface HealthReport {
  entries: number;
  kbVersion: string;
  memory: MemoryStats;
  caches: ReturnType<FaqBot['cacheSizes']> & ReturnType<SharedTurnClients['sizes']>;
}

function healthReport(
  kb: KnowledgeBase,
  memory: ConversationMemory,
  bot: FaqBot,
  clients: SharedTurnClients,
): HealthReport {
  return {
    entries: kb.entries.length,
    kbVersion: kb.version,
    memory: memory.stats(),
    caches: { ...bot.cacheSizes(), ...clients.sizes() },
  };
}

/** The conversation store and the bot's bounded caches, as /metrics gauges read at scrape time. */
function addMemoryGauges(metrics: Metrics, memory: ConversationMemory, bot: () => FaqBot): void {
  metrics.addGauge(
    'conversation_memory_conversations',
    'Conversations whose last answer the in-process memory holds (absent with Redis).',
    () => memory.stats().conversations,
  );
  metrics.addGauge(
    'conversation_memory_max_conversations',
    'CONTEXT_MAX_CONVERSATIONS, the in-process memory cap (absent with Redis).',
    () => memory.stats().maxConversations,
  );
  metrics.addGauge(
    'conversation_memory_failures',
    'Conversation store calls that failed since start-up (each turn was answered without context); only grows.',
    () => memory.stats().failures,
  );
  metrics.addGauge(
    'conversation_memory_available',
    '1 while the conversation store answers, 0 from a failed call until the next one succeeds.',
    () => (memory.stats().available ? 1 : 0),
  );
  metrics.addGauge(
    'bot_seen_activities',
    'Activity ids kept to drop channel retries (bounded).',
    () => bot().cacheSizes().seenActivities,
  );
}

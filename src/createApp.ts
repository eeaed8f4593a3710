import { createBot } from './createBot';
import { type AuthEndpoints, createAdapter } from './adapter';
import type { Config } from './config';
import { createAnswerEngine } from './engine/createAnswerEngine';
import { createSafetyScreen } from './safety/createSafetyScreen';
import type { KnowledgeBase } from './knowledge/KnowledgeBase';
import type { Logger } from './logger';
import { createServer } from './server';
import type { ConversationMemory, MemoryStats } from './state/ConversationMemory';
import type { FaqBot } from './bot';
import { createConversationMemory } from './state/createConversationMemory';
import type { FetchLike } from './webchat/fetchDirectLineToken';
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
}

/** Builds the whole service from a config and a loaded knowledge base; `index.ts` only adds listen(). */
export function createApp({ config, kb, logger, memory, fetch, authEndpoints }: AppOptions) {
  const engine = createAnswerEngine(kb, { safety: createSafetyScreen(kb.safety) });
  const conversationMemory = memory ?? createConversationMemory(config, logger);
  const bot = createBot(engine, kb, conversationMemory, logger);
  const { adapter, processMessage } = createAdapter(config, logger, kb.content.messages.error, authEndpoints);
  const webchat = config.WEBCHAT_ENABLED
    ? new WebChatService({ config, kb, logger, logic: (context) => bot.run(context), fetch })
    : undefined;
  const server = createServer({
    config,
    logger,
    handleMessage: (activity, authorization) =>
      processMessage(activity, authorization, (context) => bot.run(context)),
    health: () => healthReport(kb, conversationMemory, bot),
    webchat,
  });
  return { server, bot, adapter, engine, memory: conversationMemory };
}

/** What /healthz shows: the knowledge base, and every per-conversation structure with its size. */
interface HealthReport {
  entries: number;
  kbVersion: string;
  memory: MemoryStats;
  caches: ReturnType<FaqBot['cacheSizes']>;
}

function healthReport(kb: KnowledgeBase, memory: ConversationMemory, bot: FaqBot): HealthReport {
  return {
    entries: kb.entries.length,
    kbVersion: kb.version,
    memory: memory.stats(),
    caches: bot.cacheSizes(),
  };
}

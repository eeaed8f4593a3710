import type { Redis } from 'ioredis';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { BoundedMemoryStorage } from './BoundedMemoryStorage';
import { StorageConversationMemory, type ConversationMemory } from './ConversationMemory';
import { RedisStorage } from './RedisStorage';

/**
 * In-process memory (bounded `MemoryStorage`) unless CONTEXT_REDIS_URL names a Redis shared by every
 * instance: behind a load balancer, in-process memory leaves a typed follow-up without context whenever it
 * lands on another instance than the answer before it.
 */
export function createConversationMemory(config: Config, logger: Logger): ConversationMemory {
  const ttlMs = config.CONTEXT_TTL_SECONDS * 1000;
  if (!config.CONTEXT_REDIS_URL)
    return createInProcessMemory(config.CONTEXT_MAX_CONVERSATIONS, ttlMs, logger);
  const client = createRedisClient(config.CONTEXT_REDIS_URL, config.CONTEXT_REDIS_TIMEOUT_MS, logger);
  const storage = new RedisStorage(client, { keyPrefix: config.CONTEXT_REDIS_KEY_PREFIX, ttlMs });
  return new StorageConversationMemory(storage, {
    name: 'redis',
    ttlMs,
    logger,
    describe: () => ({ connection: client.status }),
    close: async () => {
      client.disconnect();
    },
  });
}

/** The default: a bounded `MemoryStorage` in this process, its size shown in /healthz. */
export function createInProcessMemory(
  maxConversations: number,
  ttlMs: number,
  logger: Logger,
): ConversationMemory {
  const storage = new BoundedMemoryStorage(maxConversations, ttlMs);
  return new StorageConversationMemory(storage, {
    name: 'memory',
    ttlMs,
    logger,
    hashKeys: false,
    describe: () => ({ conversations: storage.size, maxConversations: storage.maxItems }),
  });
}

/**
 * A client that fails fast instead of queueing: while Redis is unreachable a turn must be answered at once
 * without context, not wait for a reconnect. It reconnects on its own in the background.
 */
function createRedisClient(url: string, commandTimeoutMs: number, logger: Logger): Redis {
  // Loaded here, not at the top: an instance without Redis never pays for loading the client.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only with CONTEXT_REDIS_URL
  const { Redis: RedisClient } = require('ioredis') as typeof import('ioredis');
  const client = new RedisClient(url, {
    // No queue while disconnected, and no retry of a command caught by a dropped connection: both would hold
    // the user's turn until Redis is back.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    // A Redis that accepts the connection but stops answering (paused, swapping) must not hold turns either;
    // a healthy loopback or same-zone Redis answers in well under a millisecond (CONTEXT_REDIS_TIMEOUT_MS).
    commandTimeout: commandTimeoutMs,
    connectTimeout: REDIS_CONNECT_TIMEOUT_MS,
    retryStrategy: (attempt) => Math.min(attempt * 100, REDIS_MAX_RECONNECT_DELAY_MS),
  });
  let connectedOnce = false;
  client.on('ready', () => {
    logger.info(connectedOnce ? 'memory.redis.reconnected' : 'memory.redis.connected', {
      host: client.options.host,
      port: client.options.port,
    });
    connectedOnce = true;
  });
  // ioredis emits an error for every failed reconnect attempt; the memory logs the outage once itself.
  client.on('error', (error: Error) => logger.debug('memory.redis.error', { message: error.message }));
  return client;
}

const REDIS_CONNECT_TIMEOUT_MS = 2000;
/** Reconnect attempts back off to once a second, so the bot picks Redis up again within about a second. */
const REDIS_MAX_RECONNECT_DELAY_MS = 1000;

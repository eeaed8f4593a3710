import { createHash } from 'node:crypto';
import type { Storage } from 'botbuilder';
import type { AnswerContext } from '../engine/types';
import type { Logger } from '../logger';

/** Whose memory: a conversation id is only unique within its channel. */
export interface ConversationKey {
  channelId: string;
  conversationId: string;
}

/** What an operator sees of the memory in /healthz. */
export interface MemoryStats {
  /** `memory` (this process) or the shared store's name, e.g. `redis`. */
  store: string;
  /** Conversations held, where the store can say cheaply (the in-process store). */
  conversations?: number;
  /** The in-process cap (`CONTEXT_MAX_CONVERSATIONS`). */
  maxConversations?: number;
  /** A networked store's connection state, e.g. Redis `ready`, `connecting`, `reconnecting`. */
  connection?: string;
  /** Store calls that failed since start-up; each such turn was answered without context. */
  failures: number;
  /** false from a failed call until the next call that succeeds. */
  available: boolean;
}

/**
 * What the bot remembers about a conversation between turns: only the last answer's entry and nutrient,
 * so "what foods have it?" can refer back. Buttons carry their own context, so clicks never depend on it.
 */
export interface ConversationMemory {
  get(key: ConversationKey): Promise<AnswerContext | undefined>;
  /**
   * Never rejects (a failure is logged and counted), so a turn need not wait for it: the dialog issues the
   * write and sends its reply, and a shared store costs each turn one awaited round trip, the read.
   */
  set(key: ConversationKey, context: AnswerContext): Promise<void>;
  /** Never rejects, like `set`. */
  clear(key: ConversationKey): Promise<void>;
  stats(): MemoryStats;
  /** Waits for writes still under way, then releases the store's connection, if it has one. */
  close(): Promise<void>;
}

export interface StorageConversationMemoryOptions {
  /** Names the store in /healthz and the logs. */
  name: string;
  /**
   * How long a context counts (CONTEXT_TTL_SECONDS). Checked on read against the time saved with the item,
   * so a store that never expires anything itself (Azure Blobs, Cosmos DB, botbuilder's MemoryStorage)
   * still forgets on time; Redis and the in-process store also delete expired items themselves.
   */
  ttlMs: number;
  now?: () => number;
  logger: Logger;
  /** Extra figures the store can give cheaply (the in-process store's size and cap). */
  describe?: () => Pick<MemoryStats, 'conversations' | 'maxConversations' | 'connection'>;
  close?: () => Promise<void>;
  /**
   * Hash channel + conversation into the key (default). Only a store inside this process may skip it: its
   * keys are never written anywhere, and the hash is a fair share of such a store's per-turn cost.
   */
  hashKeys?: boolean;
}

/** Storage keys start with this, so the context never collides with other state in a shared store. */
const KEY_PREFIX = 'conversation-context/';

/**
 * Conversation memory on any Bot Framework `Storage` (the bounded in-process store, Redis, Azure Blobs,
 * Cosmos DB…). A store that fails never fails a turn: the turn is answered without context, the failure is
 * counted, and it is logged once when the store becomes unavailable and once when it is back (not once per
 * turn, which would flood the logs while Redis is down).
 */
export class StorageConversationMemory implements ConversationMemory {
  private failures = 0;
  private available = true;
  /** Writes and deletes issued and not yet answered (nobody awaits them on a turn); `close` waits for them. */
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly storage: Storage,
    private readonly options: StorageConversationMemoryOptions,
  ) {}

  async get(key: ConversationKey): Promise<AnswerContext | undefined> {
    const storageKey = this.keyOf(key);
    const items = await this.attempt('read', () => this.storage.read([storageKey]));
    const item = items?.[storageKey] as { savedAt?: unknown } | undefined;
    if (!item || typeof item.savedAt !== 'number' || item.savedAt + this.options.ttlMs <= this.now())
      return undefined;
    return pickContext(item);
  }

  async set(key: ConversationKey, context: AnswerContext): Promise<void> {
    const item = { ...pickContext(context), savedAt: this.now(), eTag: '*' };
    await this.track(this.attempt('write', () => this.storage.write({ [this.keyOf(key)]: item })));
  }

  async clear(key: ConversationKey): Promise<void> {
    await this.track(this.attempt('delete', () => this.storage.delete([this.keyOf(key)])));
  }

  stats(): MemoryStats {
    return {
      store: this.options.name,
      ...this.options.describe?.(),
      failures: this.failures,
      available: this.available,
    };
  }

  async close(): Promise<void> {
    await Promise.all(this.pending);
    await this.options.close?.();
  }

  private track<T>(operation: Promise<T>): Promise<T> {
    this.pending.add(operation);
    void operation.finally(() => this.pending.delete(operation));
    return operation;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private keyOf(key: ConversationKey): string {
    return this.options.hashKeys === false
      ? `${KEY_PREFIX}${key.channelId}\n${key.conversationId}`
      : storageKeyOf(key);
  }

  private async attempt<T>(operation: string, call: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await call();
      if (!this.available) {
        this.available = true;
        this.options.logger.info('memory.store.recovered', {
          store: this.options.name,
          failures: this.failures,
        });
      }
      return result;
    } catch (error) {
      this.failures += 1;
      if (this.available) {
        this.available = false;
        this.options.logger.warn('memory.store.unavailable', {
          store: this.options.name,
          operation,
          message: error instanceof Error ? error.message : String(error),
        });
      }
      return undefined;
    }
  }
}

/**
 * Channel and conversation, hashed: a Teams conversation id can name a tenant or a user, and the store (a
 * shared Redis, a blob container) is no place for it. The hash also keeps keys short and safe for any store.
 */
export function storageKeyOf({ channelId, conversationId }: ConversationKey): string {
  const hash = createHash('sha256').update(`${channelId}\n${conversationId}`).digest('base64url');
  return `${KEY_PREFIX}${hash}`;
}

/** Only the two known fields are stored and returned, whatever else a caller or a stored item carries. */
function pickContext(raw: object): AnswerContext {
  const { entryId, nutrientId } = raw as { entryId?: unknown; nutrientId?: unknown };
  return {
    ...(typeof entryId === 'string' ? { entryId } : {}),
    ...(typeof nutrientId === 'string' ? { nutrientId } : {}),
  };
}

import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { AnswerContext } from '../engine/types';
import type { Logger } from '../logger';
import type { ConversationMemory } from './ConversationMemory';

export interface FileConversationMemoryOptions {
  /** A directory every instance can read and write, e.g. a mounted volume. Created when missing. */
  dir: string;
  /** Most files kept; the oldest go first. */
  maxConversations: number;
  /** A context older than this is treated as absent and deleted. */
  ttlMs: number;
  logger: Logger;
  /** How often, at most, a write re-counts the directory so other instances' files are trimmed too. */
  sweepIntervalMs?: number;
  now?: () => number;
}

/** What one file holds: the context and when it was saved, never the conversation id itself. */
interface StoredContext {
  savedAt: number;
  context: AnswerContext;
}

/** Names this store owns; anything else in the directory is left alone. */
const CONTEXT_FILE = /^[0-9a-f]{64}\.json$/;
const TEMP_FILE = /^[0-9a-f]{64}\.json\.[0-9a-f]+\.tmp$/;
/** A temp file older than this was left by a crash between write and rename. */
const STALE_TEMP_MS = 60_000;

/**
 * Conversation memory shared by several instances through a directory: one small JSON file per
 * conversation, so a typed follow-up ("what foods have it?") finds the last answer whichever instance the
 * load balancer picks. Goals: no new service to run, nothing grows without bound, a broken disk never breaks
 * a turn (every I/O error is logged and read as "no context"). Non-goals: strict ordering of two turns of
 * the same conversation on two instances at once (the last rename wins, which is what the user saw last),
 * and an exact file count across instances between sweeps (each instance keeps its own count exact and
 * re-counts the directory every `sweepIntervalMs`).
 */
export class FileConversationMemory implements ConversationMemory {
  private readonly now: () => number;
  private readonly sweepIntervalMs: number;
  /** This instance's view of the file count; undefined until the first sweep has counted the directory. */
  private knownFiles: number | undefined;
  private lastSweep = Number.NEGATIVE_INFINITY;
  private sweeping: Promise<void> | undefined;
  private dirReady = false;

  constructor(private readonly options: FileConversationMemoryOptions) {
    this.now = options.now ?? Date.now;
    this.sweepIntervalMs = options.sweepIntervalMs ?? DEFAULT_SWEEP_INTERVAL_MS;
  }

  async get(conversationId: string): Promise<AnswerContext | undefined> {
    const file = this.fileFor(conversationId);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (codeOf(error) !== 'ENOENT') this.warn('read-failed', error);
      return undefined;
    }
    const stored = parseStoredContext(text);
    if (!stored) {
      this.options.logger.warn('memory.file.corrupt', { file: basename(file) });
      await this.remove(file);
      return undefined;
    }
    if (stored.savedAt + this.options.ttlMs <= this.now()) {
      await this.remove(file);
      return undefined;
    }
    return stored.context;
  }

  async set(conversationId: string, context: AnswerContext): Promise<void> {
    const file = this.fileFor(conversationId);
    const savedAt = this.now();
    const stored: StoredContext = { savedAt, context: pickContext(context) };
    const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await this.ensureDir();
      const isNew = !(await exists(file));
      await writeFile(temp, JSON.stringify(stored), { mode: 0o600 });
      // The file's time is the save time, so a sweep can order and expire files from one stat each.
      await utimes(temp, savedAt / 1000, savedAt / 1000);
      // rename is atomic on one file system: a reader on another instance sees the old file or the new one.
      await rename(temp, file);
      if (isNew && this.knownFiles !== undefined) this.knownFiles += 1;
    } catch (error) {
      if (codeOf(error) === 'ENOENT') this.dirReady = false;
      this.warn('write-failed', error);
      await this.remove(temp);
      return;
    }
    const overCap = this.knownFiles !== undefined && this.knownFiles > this.options.maxConversations;
    if (overCap || this.now() - this.lastSweep >= this.sweepIntervalMs) await this.sweep();
  }

  async clear(conversationId: string): Promise<void> {
    await this.remove(this.fileFor(conversationId));
  }

  /**
   * Deletes expired files and stale temp files, then the oldest until the count is at the low-water mark.
   * Trimming below the cap means a busy instance sweeps once per tenth of the cap of new conversations,
   * not on every one. Concurrent calls share one pass.
   */
  sweep(): Promise<void> {
    this.sweeping ??= this.runSweep().finally(() => {
      this.sweeping = undefined;
    });
    return this.sweeping;
  }

  private async runSweep(): Promise<void> {
    const now = this.now();
    this.lastSweep = now;
    let names: string[];
    try {
      names = await readdir(this.options.dir);
    } catch (error) {
      if (codeOf(error) !== 'ENOENT') this.warn('sweep-failed', error);
      this.knownFiles = 0;
      return;
    }
    const live: Array<{ path: string; time: number }> = [];
    for (const name of names) {
      const isContext = CONTEXT_FILE.test(name);
      if (!isContext && !TEMP_FILE.test(name)) continue;
      const path = join(this.options.dir, name);
      let time: number;
      try {
        time = (await stat(path)).mtimeMs;
      } catch {
        continue; // Deleted by another instance meanwhile.
      }
      const expired = isContext ? time + this.options.ttlMs <= now : time + STALE_TEMP_MS <= now;
      if (expired) await this.remove(path);
      else if (isContext) live.push({ path, time });
    }
    const { maxConversations } = this.options;
    const keep =
      live.length > maxConversations ? Math.max(1, Math.floor(maxConversations * LOW_WATER)) : live.length;
    live.sort((a, b) => a.time - b.time);
    for (const { path } of live.slice(0, live.length - keep)) await this.remove(path);
    this.knownFiles = keep;
  }

  private async ensureDir(): Promise<void> {
    if (this.dirReady) return;
    await mkdir(this.options.dir, { recursive: true, mode: 0o700 });
    this.dirReady = true;
  }

  /** A hash, so the raw id (which may identify a Teams user or tenant) never appears on disk. */
  private fileFor(conversationId: string): string {
    const hash = createHash('sha256').update(conversationId).digest('hex');
    return join(this.options.dir, `${hash}.json`);
  }

  private async remove(path: string): Promise<void> {
    try {
      await unlink(path);
    } catch (error) {
      if (codeOf(error) !== 'ENOENT') this.warn('delete-failed', error);
    }
  }

  private warn(what: string, error: unknown): void {
    this.options.logger.warn(`memory.file.${what}`, {
      code: codeOf(error),
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

/** Re-count the shared directory once a minute: other instances' new files are noticed within that time. */
const DEFAULT_SWEEP_INTERVAL_MS = 60_000;
/** Trim to 90% of the cap, see sweep(). */
const LOW_WATER = 0.9;

function parseStoredContext(text: string): StoredContext | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { savedAt, context } = value as { savedAt?: unknown; context?: unknown };
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return undefined;
  if (typeof context !== 'object' || context === null) return undefined;
  const { entryId, nutrientId } = context as { entryId?: unknown; nutrientId?: unknown };
  if (entryId !== undefined && typeof entryId !== 'string') return undefined;
  if (nutrientId !== undefined && typeof nutrientId !== 'string') return undefined;
  return { savedAt, context: pickContext({ entryId, nutrientId }) };
}

/** Only the two known fields are stored and returned, whatever else a caller or a file carries. */
function pickContext({ entryId, nutrientId }: AnswerContext): AnswerContext {
  return {
    ...(entryId === undefined ? {} : { entryId }),
    ...(nutrientId === undefined ? {} : { nutrientId }),
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return false;
    throw error;
  }
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

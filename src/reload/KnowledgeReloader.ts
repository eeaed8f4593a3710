import { type FSWatcher, watch } from 'node:fs';
import type { LoadedKnowledgeBase } from './loadKnowledgeBaseInWorker';
import type { Logger } from '../logger';

export interface KnowledgeReloaderOptions {
  dir: string;
  logger: Logger;
  /**
   * Loads and validates the whole base, throwing or rejecting with every file:line problem. The service uses
   * loadKnowledgeBaseInWorker, so this happens off the event loop.
   */
  load(dir: string): LoadedKnowledgeBase | Promise<LoadedKnowledgeBase>;
  /**
   * Builds the index from the new base and swaps it in; the old one serves until this settles. The service
   * builds in slices (createApp's adoptKnowledgeBase), so requests are answered meanwhile.
   */
  swap(loaded: LoadedKnowledgeBase): void | Promise<void>;
  /** The new base was invalid: the old one keeps serving. */
  failed(message: string): void;
  /** Quiet time after the last file event before reloading (editors write a file in several steps). */
  debounceMs?: number;
}

/**
 * Watches the knowledge folder and reloads on change (debounced), or when asked (SIGHUP). One reload at a
 * time; a change during a reload schedules one more. A bad edit never half-loads: the load either returns a
 * complete, valid base or throws, and only then is anything swapped.
 */
export class KnowledgeReloader {
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<boolean> | undefined;
  private again = false;

  constructor(private readonly options: KnowledgeReloaderOptions) {}

  /** Starts watching; recursive, so a curator's sub-folder edits count too. */
  watch(): void {
    this.watcher = watch(this.options.dir, { recursive: true }, (_event, file) => {
      if (file && !/\.ya?ml$/i.test(String(file))) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.reload('watch'), this.options.debounceMs ?? 300);
    });
    this.watcher.on('error', (error) => this.options.logger.error('kb.watch.error', { error }));
  }

  stop(): void {
    clearTimeout(this.timer);
    this.watcher?.close();
  }

  /** Resolves true when a new base is being served, false when it was invalid (the old one still is). */
  reload(trigger: string): Promise<boolean> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run(trigger).finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        void this.reload(trigger);
      }
    });
    return this.running;
  }

  private async run(trigger: string): Promise<boolean> {
    const { logger } = this.options;
    const started = Date.now();
    let loaded: LoadedKnowledgeBase;
    try {
      loaded = await this.options.load(this.options.dir);
      await this.options.swap(loaded);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.error('kb.reload.failed', { trigger, errors: message.split('\n').slice(0, 20) });
      this.options.failed(message);
      return false;
    }
    logger.info('kb.reload', {
      trigger,
      kbVersion: loaded.kb.version,
      entries: loaded.kb.entries.length,
      ms: Date.now() - started,
    });
    return true;
  }
}

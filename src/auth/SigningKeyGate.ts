import type { Logger } from '../logger';

/** The signing algorithms Bot Framework uses (the SDK's AuthenticationConstants.AllowedSigningAlgorithms). */
const ALLOWED_ALGORITHMS = new Set(['RS256', 'RS384', 'RS512']);
/** Header fields that would let a token name its own key source; Bot Framework tokens never carry them. */
const KEY_SOURCE_HEADERS = ['jku', 'x5u', 'jwk'];
const BEARER = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)$/;

export type GateDecision = { ok: true } | { ok: false; reason: string };

export type MetadataFetch = (url: string, init: { signal: AbortSignal }) => Promise<Response>;

export interface SigningKeyGateOptions {
  /** OpenID metadata documents whose `jwks_uri` keys may sign a token (channel and emulator). */
  metadataUrls: string[];
  logger: Logger;
  fetch?: MetadataFetch;
  now?: () => number;
  /** First wait after a failed fetch; doubles per failure up to `maxBackoffMs`. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** Known keys are refetched after this long (the SDK's own default is 24 h). */
  refreshMs?: number;
  /** An unknown `kid` refetches the keys at most this often (keys roll over, forged kids must not cost a fetch). */
  unknownKeyRefreshMs?: number;
  timeoutMs?: number;
}

/**
 * A cheap check in front of the SDK's token validation. botbuilder fetches the OpenID metadata once per
 * request while the fetch fails and answers 500 with the fetch error; so a token reaches it only when its
 * header is a Bot Framework one (RS256/384/512 with a `kid`, no key URL of its own) and its `kid` is one
 * of the keys this gate fetched. Fetches are single-flight, cached, and backed off exponentially after a
 * failure, so no request, forged or not, costs an outbound call of its own. The SDK still verifies the
 * signature, issuer, audience, lifetime, endorsements and serviceUrl claim.
 */
export class SigningKeyGate {
  private keyIds = new Set<string>();
  private fetchedAt = Number.NEGATIVE_INFINITY;
  private failures = 0;
  private nextAttemptAt = 0;
  private inFlight: Promise<void> | undefined;
  private readonly fetchImpl: MetadataFetch;
  private readonly now: () => number;

  constructor(private readonly options: SigningKeyGateOptions) {
    this.fetchImpl = options.fetch ?? ((url, init) => fetch(url, init));
    this.now = options.now ?? Date.now;
  }

  async check(authorization: string | undefined): Promise<GateDecision> {
    if (!authorization) return { ok: false, reason: 'missing token' };
    const match = BEARER.exec(authorization.trim());
    if (!match) return { ok: false, reason: 'malformed token' };
    const header = decodeHeader(match[1] as string);
    if (!header) return { ok: false, reason: 'malformed token header' };
    if (typeof header.alg !== 'string' || !ALLOWED_ALGORITHMS.has(header.alg))
      return { ok: false, reason: 'signing algorithm not allowed' };
    if (KEY_SOURCE_HEADERS.some((name) => name in header))
      return { ok: false, reason: 'token names its own key source' };
    const kid = header.kid;
    if (typeof kid !== 'string' || kid.length === 0 || kid.length > 200)
      return { ok: false, reason: 'token has no key id' };
    if (this.keyIds.has(kid) && this.now() - this.fetchedAt < this.refreshMs()) return { ok: true };
    const sinceFetch = this.now() - this.fetchedAt;
    const due =
      sinceFetch >= this.refreshMs() || (!this.keyIds.has(kid) && sinceFetch >= this.unknownKeyRefreshMs());
    if (due) await this.refresh();
    if (this.keyIds.has(kid)) return { ok: true };
    return {
      ok: false,
      reason:
        this.fetchedAt === Number.NEGATIVE_INFINITY ? 'signing keys unavailable' : 'unknown signing key',
    };
  }

  /** One fetch at a time; none at all while backing off after a failure. */
  private refresh(): Promise<void> {
    if (this.now() < this.nextAttemptAt) return Promise.resolve();
    this.inFlight ??= this.fetchKeys().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /**
   * Every metadata URL is tried; the keys of those that answer count. One failing source (the emulator's, say)
   * must not lock out tokens from the other; only when none answers does the gate back off.
   */
  private async fetchKeys(): Promise<void> {
    const ids = new Set<string>();
    const problems: string[] = [];
    for (const url of this.options.metadataUrls) {
      try {
        const metadata = (await this.getJson(url)) as { jwks_uri?: unknown };
        if (typeof metadata.jwks_uri !== 'string') throw new Error('metadata has no jwks_uri');
        const jwks = (await this.getJson(metadata.jwks_uri)) as { keys?: Array<{ kid?: unknown }> };
        for (const key of Array.isArray(jwks.keys) ? jwks.keys : [])
          if (typeof key.kid === 'string') ids.add(key.kid);
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
      }
    }
    if (problems.length < this.options.metadataUrls.length) {
      this.keyIds = ids;
      this.fetchedAt = this.now();
      this.failures = 0;
      this.nextAttemptAt = 0;
      this.options.logger.info('auth.keys.fetched', { keys: ids.size, failedSources: problems });
      return;
    }
    this.failures += 1;
    const wait = Math.min(this.maxBackoffMs(), this.baseBackoffMs() * 2 ** (this.failures - 1));
    this.nextAttemptAt = this.now() + wait;
    this.options.logger.warn('auth.keys.fetch-failed', {
      reasons: problems,
      failures: this.failures,
      retryInMs: wait,
    });
  }

  private async getJson(url: string): Promise<unknown> {
    const response = await this.fetchImpl(url, {
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status} from ${new URL(url).host}`);
    return (await response.json()) as unknown;
  }

  private refreshMs(): number {
    return this.options.refreshMs ?? 24 * 60 * 60 * 1000;
  }
  private unknownKeyRefreshMs(): number {
    return this.options.unknownKeyRefreshMs ?? 5 * 60 * 1000;
  }
  private baseBackoffMs(): number {
    return this.options.baseBackoffMs ?? 1000;
  }
  private maxBackoffMs(): number {
    return this.options.maxBackoffMs ?? 5 * 60 * 1000;
  }
}

function decodeHeader(segment: string): Record<string, unknown> | undefined {
  if (segment.length > 2000) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as unknown;
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

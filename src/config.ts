import { z } from './framework/zod';
import { parseTrustProxy } from './http/clientAddress';
import { parseOrigins } from './http/serviceUrlPolicy';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((value) => ['true', '1', 'yes', 'on'].includes(value));
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value.length === 0 ? undefined : value))
  .optional();

/**
 * Every setting the service reads, with its safe default. `.env.example` documents each key; this is the only
 * place that reads process.env.
 */
const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  /** Unset: loopback only while auth is off (anonymous), all interfaces once app credentials are set. */
  HOST: optionalText,
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: optionalText,
  KNOWLEDGE_DIR: optionalText,
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Conversation memory for follow-ups: how long a conversation's context lives, and how many are kept. */
  CONTEXT_TTL_SECONDS: z.coerce.number().int().positive().default(1800),
  CONTEXT_MAX_CONVERSATIONS: z.coerce.number().int().positive().default(10_000),
  /** A Redis shared by every instance (`redis://` or `rediss://`); unset keeps the memory in-process. */
  CONTEXT_REDIS_URL: optionalText.pipe(
    z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
      .optional(),
  ),
  /** Prefix of every Redis key the bot writes, so one Redis can serve several bots or environments. */
  CONTEXT_REDIS_KEY_PREFIX: z.string().default('cramp-helper:'),
  /**
   * How long a turn waits for Redis before it is answered without context. A loopback or same-zone Redis answers in
   * well under a millisecond; raise it only for a distant Redis (or a test machine under heavy load).
   */
  CONTEXT_REDIS_TIMEOUT_MS: z.coerce.number().int().min(10).max(10_000).default(500),
  /** Largest request body accepted on /api/messages, in bytes. */
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(256 * 1024),
  /** The web chat page and its anonymous first-party endpoint. */
  WEBCHAT_ENABLED: flag.default(true),
  /** Requests per minute per client address on the first-party web chat endpoint. */
  WEBCHAT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(30),
  /** With this set, the web page uses Azure Direct Line through a server-side token exchange. */
  DIRECT_LINE_SECRET: optionalText,
  /**
   * Signs web chat session tokens. Every instance behind one load balancer needs the same value, or each
   * rejects the others' tokens; unset, a random per-process key (tokens die with the process).
   */
  WEBCHAT_SESSION_SECRET: optionalText.pipe(
    z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 48`)').optional(),
  ),
  /**
   * With auth off, the channel origins (e.g. `https://smba.trafficmanager.net`) the bot may send replies to
   * besides loopback. Ignored with auth on: then the token vouches for the serviceUrl.
   */
  SERVICE_URL_ALLOW_LIST: z
    .string()
    .optional()
    .transform((value, context) => {
      const origins = parseOrigins(value);
      if (!Array.isArray(origins)) {
        context.addIssue({ code: 'custom', message: `"${origins.bad}" is not an http(s) origin` });
        return z.NEVER;
      }
      return Object.freeze(origins);
    }),
  /** How long a web chat page session token is valid; the page renews it before then. */
  WEBCHAT_SESSION_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(7 * 24 * 3600)
    .default(3600),
  /**
   * Keep the validated knowledge base in .cache/, keyed by the files' content and the loader's code, so a
   * restart skips parsing and validating the YAML (most of start-up). A changed file is always validated.
   */
  KB_CACHE: flag.default(true),
  /** Watch KNOWLEDGE_DIR and reload on change (SIGHUP reloads either way). */
  KB_WATCH: flag.default(true),
  /** On SIGTERM/SIGINT, how long requests in flight may take to finish before connections are cut. */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().positive().max(300).default(10),
  /**
   * Which proxies may tell the client's address through X-Forwarded-For (for the web chat rate limit):
   * unset = none (the socket address counts), a number = that many nearest hops, or a comma-separated list of
   * proxy addresses and CIDR ranges.
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, context) => {
      const trust = parseTrustProxy(value);
      if (typeof trust === 'string') {
        context.addIssue({ code: 'custom', message: trust });
        return z.NEVER;
      }
      return trust;
    }),
});

export type Config = Readonly<z.infer<typeof configSchema>> & {
  readonly authEnabled: boolean;
  readonly host: string;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment once; a bad value stops start-up with the key named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  if (env.CONTEXT_STORE_DIR) {
    throw new ConfigError(
      'Invalid configuration: CONTEXT_STORE_DIR was retired; share conversation memory through Redis with CONTEXT_REDIS_URL instead (see README, "Deploying")',
    );
  }
  const authEnabled = parsed.data.MicrosoftAppId !== undefined;
  if (
    authEnabled &&
    parsed.data.MicrosoftAppType !== 'UserAssignedMSI' &&
    !parsed.data.MicrosoftAppPassword
  ) {
    throw new ConfigError(
      'Invalid configuration: MicrosoftAppPassword is required when MicrosoftAppId is set',
    );
  }
  if (parsed.data.MicrosoftAppType === 'SingleTenant' && authEnabled && !parsed.data.MicrosoftAppTenantId) {
    throw new ConfigError('Invalid configuration: MicrosoftAppTenantId is required for a SingleTenant app');
  }
  const host = parsed.data.HOST ?? (authEnabled ? '0.0.0.0' : '127.0.0.1');
  return Object.freeze({ ...parsed.data, authEnabled, host });
}

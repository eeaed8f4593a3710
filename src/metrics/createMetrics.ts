import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from '../framework/promClient';
import type { AnswerResult } from '../engine/types';

/**
 * Prometheus metrics on their own registry (never prom-client's global one, so two apps in one test process
 * do not collide). Other code adds what it owns through `addGauge`, e.g. the conversation memory its size.
 */
export interface Metrics {
  readonly registry: Registry;
  observeRequest(route: string, method: string, status: number): void;
  observeTurn(seconds: number): void;
  observeAnswer(result: AnswerResult, seconds: number): void;
  observeReload(ok: boolean): void;
  /** A gauge read when /metrics is scraped: `read` returns the current value (or undefined to skip). */
  addGauge(name: string, help: string, read: () => number | undefined): void;
  /** The Prometheus text format. */
  render(): Promise<{ contentType: string; body: string }>;
}

/** Latency buckets in seconds: the engine answers in about a millisecond, a whole turn in a few. */
const ENGINE_BUCKETS = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25];
const TURN_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by route and status.',
    labelNames: ['route', 'method', 'status'],
    registers: [registry],
  });
  const turns = new Counter({
    name: 'bot_answers_total',
    help: 'Engine results by kind (answer, clarify, fallback, urgent, help).',
    labelNames: ['kind'],
    registers: [registry],
  });
  const triage = new Counter({
    name: 'bot_triage_total',
    help: 'Messages triaged, by level (emergency, urgent, soon).',
    labelNames: ['level'],
    registers: [registry],
  });
  const turnLatency = new Histogram({
    name: 'bot_turn_duration_seconds',
    help: 'Whole bot turns (authentication excluded).',
    buckets: TURN_BUCKETS,
    registers: [registry],
  });
  const engineLatency = new Histogram({
    name: 'bot_engine_duration_seconds',
    help: 'The answer engine call alone.',
    buckets: ENGINE_BUCKETS,
    registers: [registry],
  });
  const reloads = new Counter({
    name: 'kb_reloads_total',
    help: 'Knowledge base reloads by result (ok, error).',
    labelNames: ['result'],
    registers: [registry],
  });
  for (const result of ['ok', 'error']) reloads.inc({ result }, 0);

  // Each labelled series is looked up once and then counted directly: prom-client otherwise hashes the
  // label object on every call, several times a turn.
  const requestSeries = new Map<string, ReturnType<typeof requests.labels>>();
  const kindSeries = new Map<string, ReturnType<typeof turns.labels>>();
  const seriesOf = <T>(series: Map<string, T>, key: string, create: () => T): T => {
    let found = series.get(key);
    if (found === undefined) {
      found = create();
      series.set(key, found);
    }
    return found;
  };
  return {
    registry,
    observeRequest: (route, method, status) =>
      seriesOf(requestSeries, `${route} ${method} ${status}`, () =>
        requests.labels({ route, method, status: String(status) }),
      ).inc(),
    observeTurn: (seconds) => turnLatency.observe(seconds),
    observeAnswer(result, seconds) {
      engineLatency.observe(seconds);
      seriesOf(kindSeries, result.kind, () => turns.labels({ kind: result.kind })).inc();
      const flag =
        result.kind === 'urgent' ? result.redFlag : result.kind === 'help' ? undefined : result.soon;
      if (flag) triage.inc({ level: flag.level });
    },
    observeReload: (ok) => reloads.inc({ result: ok ? 'ok' : 'error' }),
    addGauge(name, help, read) {
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          const value = read();
          if (value !== undefined) this.set(value);
        },
      });
    },
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}

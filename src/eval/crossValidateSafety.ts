/**
 * Leave-one-batch-out cross-validation of triage (`npm run eval -- --safety-cv`). For each batch: train the
 * learned net on every other batch (the gated and the fresh ones), then send each held-out message through the
 * whole answer engine twice, with the rules alone and as shipped (the rules, then the learned net where they
 * raise nothing: src/safety/learned/withLearnedNet.ts), and record what the person would see. The rules are not
 * retrained per fold (they are written by hand), so the fold figures for the rules are only honest for batches
 * measured before anyone tuned on them; the README records those first figures.
 */
import { createAnswerEngine } from '../engine/createAnswerEngine';
import type { AnswerResult } from '../engine/types';
import type { KnowledgeBase } from '../knowledge/KnowledgeBase';
import { createSafetyScreen } from '../safety/createSafetyScreen';
import { LEARNED_NET } from '../safety/learned/learnedNetConfig';
import { featurize } from '../safety/learned/featurize';
import {
  createRedFlagNet,
  DEFAULT_TRAIN_OPTIONS,
  trainRedFlagNet,
  type LabelledText,
  type RedFlagNet,
} from '../safety/learned/trainRedFlagNet';
import { withLearnedNet } from '../safety/learned/withLearnedNet';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/loadKnowledgeBase';
import {
  everydayNetExamples,
  loadFreshSafetyBatches,
  netExamplesOf,
  SAFETY_FRESH_DIR,
  type SafetyBatch,
  type SafetyBatchCase,
} from './safetyCases';
import { SAFETY_GATES } from './safetyGates';

/**
 * What the person sees: a triage level, or the kind of ordinary reply. `child-referral`: the decline for a question
 * about a child, which sends the person to the child's doctor, nurse or pharmacist, and to medical help straight
 * away if the child seems very unwell (knowledge/safety.yaml, scope rule `child`).
 */
export type SafetyOutcome =
  | 'emergency'
  | 'urgent'
  | 'soon'
  | 'answer'
  | 'clarify'
  | 'decline'
  | 'safety-net'
  | 'child-referral'
  | 'unreadable'
  | 'help';

const TRIAGED: ReadonlySet<SafetyOutcome> = new Set(['emergency', 'urgent', 'soon']);
const ALARMED: ReadonlySet<SafetyOutcome> = new Set(['emergency', 'urgent']);
const UNPLACED: ReadonlySet<SafetyOutcome> = new Set([
  'decline',
  'clarify',
  'safety-net',
  'child-referral',
  'unreadable',
]);
/** Replies that tell an unplaced person when to get care: the safety net, the child referral, the unreadable reply. */
const TOLD_WHEN: ReadonlySet<SafetyOutcome> = new Set(['safety-net', 'child-referral', 'unreadable']);

export function outcomeOf(result: AnswerResult): SafetyOutcome {
  switch (result.kind) {
    case 'urgent':
      return result.redFlag.level;
    case 'answer':
      return result.soon ? 'soon' : 'answer';
    case 'clarify':
      if (result.soon) return 'soon';
      return result.notice?.kind === 'safety-net' ? 'safety-net' : 'clarify';
    case 'fallback':
      if (result.soon) return 'soon';
      if (result.reason === 'safety-net') return 'safety-net';
      // Another language or script the screen cannot read: not triage, but told when to get care.
      if (result.reason === 'unreadable') return 'unreadable';
      return result.notice?.kind === 'child' ? 'child-referral' : 'decline';
    case 'help':
      return 'help';
  }
}

export interface SafetyCaseOutcome {
  text: string;
  expect: SafetyBatchCase['expect'];
  pattern?: string;
  kind?: string;
  /** About the writer's own current body and telling a symptom they have now (not marked `symptom: false`). */
  own: boolean;
  /** The rules and the engine alone. */
  rules: SafetyOutcome;
  /** The learned net's probability that this is a red flag. */
  netScore: number;
  /** As shipped: the rules, then the learned net where they raised nothing. */
  shipped: SafetyOutcome;
}

export interface SafetyFigures {
  redFlags: number;
  triaged: number;
  nearMisses: number;
  notAlarmed: number;
  emergencies: number;
  /** Emergencies that got an ordinary answer, a question back, a decline or the safety net. */
  emergencyAnsweredOrdinary: number;
  /** Own current-symptom messages neither triaged nor answered. */
  ownUnplaced: number;
  safetyNetted: number;
  /** Near-misses that got no triage at all, not even "see a doctor within days". */
  notTriaged: number;
  /** `soon` red flags (see a doctor within days). */
  soonCases: number;
  /** `soon` red flags shown as emergency or urgent. */
  soonShownUrgent: number;
}

export interface SafetyFold {
  heldOut: string;
  rules: SafetyFigures;
  shipped: SafetyFigures;
  /** Red flags the learned net alone flagged. */
  learnedFlagged: number;
  outcomes: SafetyCaseOutcome[];
}

export interface SafetyCvReport {
  folds: SafetyFold[];
  /** Folds of the fresh batches (tests/eval/safety-fresh/): printed, in no pooled figure, not gated. */
  fresh: SafetyFold[];
  pooled: { rules: SafetyFigures; shipped: SafetyFigures; learnedFlagged: number };
  threshold: number;
  /** Shipped, every fold, the pooled folds and every fresh batch keep near-misses not alarmed at the target. */
  learnedNetWithinTarget: boolean;
  /** Red flags (folds and fresh batches) the shipped triage triages and the rules alone do not. */
  learnedNetAdds: number;
}

function figures(
  outcomes: readonly SafetyCaseOutcome[],
  pick: (o: SafetyCaseOutcome) => SafetyOutcome,
): SafetyFigures {
  const result: SafetyFigures = {
    redFlags: 0,
    triaged: 0,
    nearMisses: 0,
    notAlarmed: 0,
    emergencies: 0,
    emergencyAnsweredOrdinary: 0,
    ownUnplaced: 0,
    safetyNetted: 0,
    notTriaged: 0,
    soonCases: 0,
    soonShownUrgent: 0,
  };
  for (const outcome of outcomes) {
    const seen = pick(outcome);
    if (outcome.expect === 'none') {
      result.nearMisses += 1;
      if (!ALARMED.has(seen)) result.notAlarmed += 1;
      if (!TRIAGED.has(seen)) result.notTriaged += 1;
    } else {
      result.redFlags += 1;
      if (TRIAGED.has(seen)) result.triaged += 1;
    }
    if (outcome.expect === 'soon') {
      result.soonCases += 1;
      if (ALARMED.has(seen)) result.soonShownUrgent += 1;
    }
    if (outcome.expect === 'emergency') {
      result.emergencies += 1;
      if (!TRIAGED.has(seen)) result.emergencyAnsweredOrdinary += 1;
    }
    // Someone describing their own (or a person's with them) current state whom no answer or triage placed: told
    // when to get care by the safety net, or, for a child, referred to the child's doctor and to urgent help.
    if (outcome.own && UNPLACED.has(seen)) {
      result.ownUnplaced += 1;
      if (TOLD_WHEN.has(seen)) result.safetyNetted += 1;
    }
  }
  return result;
}

function add(a: SafetyFigures, b: SafetyFigures): SafetyFigures {
  const sum = { ...a };
  for (const key of Object.keys(sum) as (keyof SafetyFigures)[]) sum[key] += b[key];
  return sum;
}

export const rate = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

export function passesGates(f: SafetyFigures): boolean {
  return (
    rate(f.triaged, f.redFlags) >= SAFETY_GATES.minCvSensitivity &&
    rate(f.notAlarmed, f.nearMisses) >= SAFETY_GATES.minNearMissNotAlarmed &&
    f.emergencyAnsweredOrdinary <= SAFETY_GATES.maxEmergencyAnsweredOrdinary &&
    rate(f.safetyNetted, f.ownUnplaced) >= SAFETY_GATES.minSafetyNetCoverage
  );
}

/**
 * Trains the net on the given batches' messages (red flag = any level above none) and the everyday questions.
 * `featuresOf` may remember each message's features across folds (the same model either way).
 */
export function trainNetOn(
  batches: readonly SafetyBatch[],
  everyday: readonly LabelledText[] = [],
  featuresOf?: (text: string) => Uint32Array,
): RedFlagNet {
  return createRedFlagNet(
    trainRedFlagNet([...netExamplesOf(batches), ...everyday], DEFAULT_TRAIN_OPTIONS, featuresOf),
  );
}

/** Each message's features, read once for all the folds. */
function rememberedFeatures(): (text: string) => Uint32Array {
  const known = new Map<string, Uint32Array>();
  return (text) => {
    let features = known.get(text);
    if (features === undefined) {
      features = featurize(text, DEFAULT_TRAIN_OPTIONS.features);
      known.set(text, features);
    }
    return features;
  };
}

const nearMissesHeld = (f: SafetyFigures): boolean =>
  rate(f.notAlarmed, f.nearMisses) >= SAFETY_GATES.minNearMissNotAlarmed;

export function crossValidateSafety(
  kb: KnowledgeBase,
  batches: readonly SafetyBatch[],
  threshold: number = LEARNED_NET.threshold,
  freshBatches: readonly SafetyBatch[] = loadFreshSafetyBatches(join(DEFAULT_KNOWLEDGE_DIR, '..')),
  everyday: readonly LabelledText[] = everydayNetExamples(join(DEFAULT_KNOWLEDGE_DIR, '..')),
): SafetyCvReport {
  const rulesScreen = createSafetyScreen(kb.safety);
  const engine = createAnswerEngine(kb, { safety: rulesScreen });
  // One shipped engine for every fold; the net it consults is the fold's, trained without the held-out batch.
  let net: RedFlagNet = { score: () => 0 };
  const foldNet: RedFlagNet = { score: (text) => net.score(text) };
  const shippedEngine = createAnswerEngine(kb, {
    safety: withLearnedNet(rulesScreen, foldNet, kb.safety, threshold),
  });
  const all = [...batches, ...freshBatches];
  const featuresOf = rememberedFeatures();
  const foldOf = (heldOut: SafetyBatch): SafetyFold => {
    net = trainNetOn(
      all.filter((batch) => batch !== heldOut),
      everyday,
      featuresOf,
    );
    const outcomes = heldOut.cases.map((c): SafetyCaseOutcome => {
      const question = { text: c.text, locale: c.locale };
      const rules = outcomeOf(engine.answer(question));
      const shipped = outcomeOf(shippedEngine.answer(question));
      const netScore = net.score(c.text);
      return {
        text: c.text,
        expect: c.expect,
        ...(c.pattern === undefined ? {} : { pattern: c.pattern }),
        ...(c.kind === undefined ? {} : { kind: c.kind }),
        own: c.own === true && c.symptom !== false,
        rules,
        netScore,
        shipped,
      };
    });
    return {
      heldOut: heldOut.name,
      rules: figures(outcomes, (o) => o.rules),
      shipped: figures(outcomes, (o) => o.shipped),
      learnedFlagged: outcomes.filter((o) => o.expect !== 'none' && o.netScore >= threshold).length,
      outcomes,
    };
  };
  const folds = batches.map(foldOf);
  const fresh = freshBatches.map(foldOf);
  const zero = figures([], (o) => o.rules);
  const pooled = {
    rules: folds.reduce((sum, fold) => add(sum, fold.rules), zero),
    shipped: folds.reduce((sum, fold) => add(sum, fold.shipped), zero),
    learnedFlagged: folds.reduce((sum, fold) => sum + fold.learnedFlagged, 0),
  };
  const every = [...folds, ...fresh];
  const learnedNetWithinTarget =
    nearMissesHeld(pooled.shipped) && every.every((fold) => nearMissesHeld(fold.shipped));
  const learnedNetAdds = every
    .flatMap((fold) => fold.outcomes)
    .filter((o) => o.expect !== 'none' && TRIAGED.has(o.shipped) && !TRIAGED.has(o.rules)).length;
  return { folds, fresh, pooled, threshold, learnedNetWithinTarget, learnedNetAdds };
}

const pct = (part: number, whole: number): string => `${(100 * rate(part, whole)).toFixed(1)}%`;

const HEADER =
  '| held out | red flags | triaged (rules alone) | triaged (shipped) | net alone | near-misses | not alarmed (rules alone) | not alarmed (shipped) | emergencies answered as ordinary (rules alone → shipped) | safety net or child referral on own unplaced (shipped) | near-misses not triaged (shipped) | soon shown as urgent (shipped) |';
const HEADER_RULE = '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';

function decision(report: SafetyCvReport): string {
  const pooled = pct(report.pooled.shipped.notAlarmed, report.pooled.shipped.nearMisses);
  if (!report.learnedNetWithinTarget)
    return `Learned net: below the near-miss target in some batch here (pooled ${pooled}): raise its threshold or take it out of the live path.`;
  return report.learnedNetAdds > 0
    ? `Learned net: adds sensitivity within the near-miss target (${report.learnedNetAdds} red flags triaged that the rules alone miss; near-misses not alarmed ${pooled} pooled and at least ${(100 * SAFETY_GATES.minNearMissNotAlarmed).toFixed(0)}% in every batch): in the live path.`
    : `Learned net: within the near-miss target (pooled ${pooled}), but the rules, tuned on every batch here, already triage every red flag it catches: its added sensitivity shows only on batches measured before tuning (README).`;
}

/** The CV report as text: one row per fold, then the pooled figures and every miss, rules alone and shipped. */
export function renderSafetyCv(report: SafetyCvReport): string {
  const lines = [
    `Safety cross-validation: leave one batch out; shipped = the rules, then the learned net (threshold ${report.threshold}) on a current concern they leave unflagged`,
    '',
    HEADER,
    HEADER_RULE,
  ];
  const row = (name: string, r: SafetyFigures, s: SafetyFigures, learned: number): string =>
    `| ${name} | ${r.redFlags} | ${pct(r.triaged, r.redFlags)} | ${pct(s.triaged, s.redFlags)} | ${pct(learned, r.redFlags)} | ${r.nearMisses} | ${pct(r.notAlarmed, r.nearMisses)} | ${pct(s.notAlarmed, s.nearMisses)} | ${r.emergencyAnsweredOrdinary} → ${s.emergencyAnsweredOrdinary} of ${r.emergencies} | ${s.safetyNetted} of ${s.ownUnplaced} (${pct(s.safetyNetted, s.ownUnplaced)}) | ${pct(s.notTriaged, s.nearMisses)} | ${s.soonShownUrgent} of ${s.soonCases} |`;
  for (const fold of report.folds)
    lines.push(row(fold.heldOut, fold.rules, fold.shipped, fold.learnedFlagged));
  lines.push(row('**pooled**', report.pooled.rules, report.pooled.shipped, report.pooled.learnedFlagged));
  lines.push(
    '',
    decision(report),
    `Gates (shipped, pooled): ${passesGates(report.pooled.shipped) ? 'PASS' : 'FAIL'}`,
    '',
  );
  if (report.fresh.length > 0) {
    lines.push(
      `Fresh batches (${SAFETY_FRESH_DIR}/): in no pooled figure; gated only on near-misses not alarmed and the safety net.`,
      '',
      HEADER,
      HEADER_RULE,
    );
    for (const fold of report.fresh)
      lines.push(row(fold.heldOut, fold.rules, fold.shipped, fold.learnedFlagged));
    lines.push('');
  }
  const wrong = (seen: SafetyOutcome, o: SafetyCaseOutcome): boolean =>
    (o.expect !== 'none' && !TRIAGED.has(seen)) ||
    (o.expect === 'none' && ALARMED.has(seen)) ||
    (o.expect === 'emergency' && seen !== 'emergency') ||
    (o.expect === 'soon' && ALARMED.has(seen)) ||
    (o.expect === 'none' && seen === 'soon' && o.kind !== 'unlabelled') ||
    (o.own && (seen === 'decline' || seen === 'clarify'));
  for (const fold of [...report.folds, ...report.fresh]) {
    const misses = fold.outcomes.filter((o) => wrong(o.rules, o) || wrong(o.shipped, o));
    if (misses.length === 0) continue;
    lines.push(`${fold.heldOut}:`);
    for (const miss of misses)
      lines.push(
        `  expected ${miss.expect}${miss.pattern ? ` (${miss.pattern})` : ''}${miss.kind ? ` (${miss.kind})` : ''}${miss.own ? ' own' : ''}, got ${miss.rules}${miss.shipped === miss.rules ? '' : ` (shipped: ${miss.shipped})`} [net ${miss.netScore.toFixed(2)}]: ${miss.text}`,
      );
  }
  return lines.join('\n');
}

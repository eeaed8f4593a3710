/**
 * Leave-one-batch-out cross-validation of triage (`npm run eval -- --safety-cv`). For each batch: train the
 * learned net on every other batch, then send each held-out message through the whole answer engine (rules
 * first, as in the service) and record what the person would see. The rules are not retrained per fold (they
 * are written by hand), so the fold figures for the rules are only honest for batches measured before anyone
 * tuned on them; the README records those first figures.
 */
import { createAnswerEngine } from '../engine/createAnswerEngine';
import type { AnswerResult } from '../engine/types';
import type { KnowledgeBase } from '../knowledge/KnowledgeBase';
import { createSafetyScreen } from '../safety/createSafetyScreen';
import { createRedFlagNet, trainRedFlagNet, type RedFlagNet } from '../safety/learned/trainRedFlagNet';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/loadKnowledgeBase';
import {
  loadFreshSafetyBatches,
  SAFETY_FRESH_DIR,
  type SafetyBatch,
  type SafetyBatchCase,
} from './safetyCases';
import { SAFETY_GATES } from './safetyGates';

/** What the person sees: a triage level, or the kind of ordinary reply. */
export type SafetyOutcome =
  'emergency' | 'urgent' | 'soon' | 'answer' | 'clarify' | 'decline' | 'safety-net' | 'help';

const TRIAGED: ReadonlySet<SafetyOutcome> = new Set(['emergency', 'urgent', 'soon']);
const ALARMED: ReadonlySet<SafetyOutcome> = new Set(['emergency', 'urgent']);

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
      return result.reason === 'safety-net' ? 'safety-net' : 'decline';
    case 'help':
      return 'help';
  }
}

export interface SafetyCaseOutcome {
  text: string;
  expect: SafetyBatchCase['expect'];
  pattern?: string;
  kind?: string;
  own: boolean;
  /** The rules and the engine alone. */
  rules: SafetyOutcome;
  /** The learned net's probability that this is a red flag. */
  netScore: number;
  /** Rules, then the learned net where the rules raised nothing. */
  combined: SafetyOutcome;
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
  combined: SafetyFigures;
  /** Red flags the learned net alone flagged. */
  learnedFlagged: number;
  outcomes: SafetyCaseOutcome[];
}

export interface SafetyCvReport {
  folds: SafetyFold[];
  /** Folds of the fresh batches (tests/eval/safety-fresh/): printed, in no pooled figure, not gated. */
  fresh: SafetyFold[];
  pooled: { rules: SafetyFigures; combined: SafetyFigures; learnedFlagged: number };
  threshold: number;
  /** True when the net adds sensitivity without taking near-misses below the target. */
  keepLearnedNet: boolean;
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
    if (outcome.own && (seen === 'decline' || seen === 'clarify' || seen === 'safety-net')) {
      result.ownUnplaced += 1;
      if (seen === 'safety-net') result.safetyNetted += 1;
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

/** Trains the net on the given batches' messages (red flag = any level above none). */
export function trainNetOn(batches: readonly SafetyBatch[]): RedFlagNet {
  const examples = batches.flatMap((batch) =>
    batch.cases.map((c) => ({ text: c.text, redFlag: c.expect !== 'none' })),
  );
  return createRedFlagNet(trainRedFlagNet(examples));
}

export function crossValidateSafety(
  kb: KnowledgeBase,
  batches: readonly SafetyBatch[],
  threshold: number = SAFETY_GATES.learnedNetThreshold,
  freshBatches: readonly SafetyBatch[] = loadFreshSafetyBatches(join(DEFAULT_KNOWLEDGE_DIR, '..')),
): SafetyCvReport {
  const engine = createAnswerEngine(kb, { safety: createSafetyScreen(kb.safety) });
  const all = [...batches, ...freshBatches];
  const foldOf = (heldOut: SafetyBatch): SafetyFold => {
    const net = trainNetOn(all.filter((batch) => batch !== heldOut));
    const outcomes = heldOut.cases.map((c): SafetyCaseOutcome => {
      const rules = outcomeOf(engine.answer({ text: c.text, locale: c.locale }));
      const netScore = net.score(c.text);
      const combined = TRIAGED.has(rules) || netScore < threshold ? rules : 'urgent';
      return {
        text: c.text,
        expect: c.expect,
        ...(c.pattern === undefined ? {} : { pattern: c.pattern }),
        ...(c.kind === undefined ? {} : { kind: c.kind }),
        own: c.own === true,
        rules,
        netScore,
        combined,
      };
    });
    return {
      heldOut: heldOut.name,
      rules: figures(outcomes, (o) => o.rules),
      combined: figures(outcomes, (o) => o.combined),
      learnedFlagged: outcomes.filter((o) => o.expect !== 'none' && o.netScore >= threshold).length,
      outcomes,
    };
  };
  const folds = batches.map(foldOf);
  const fresh = freshBatches.map(foldOf);
  const zero = figures([], (o) => o.rules);
  const pooled = {
    rules: folds.reduce((sum, fold) => add(sum, fold.rules), zero),
    combined: folds.reduce((sum, fold) => add(sum, fold.combined), zero),
    learnedFlagged: folds.reduce((sum, fold) => sum + fold.learnedFlagged, 0),
  };
  const keepLearnedNet =
    pooled.combined.triaged > pooled.rules.triaged &&
    rate(pooled.combined.notAlarmed, pooled.combined.nearMisses) >= SAFETY_GATES.minNearMissNotAlarmed &&
    folds.every(
      (fold) =>
        rate(fold.combined.notAlarmed, fold.combined.nearMisses) >= SAFETY_GATES.minNearMissNotAlarmed,
    );
  return { folds, fresh, pooled, threshold, keepLearnedNet };
}

const pct = (part: number, whole: number): string => `${(100 * rate(part, whole)).toFixed(1)}%`;

const HEADER =
  '| held out | red flags | triaged (rules) | triaged (rules + net) | net alone | near-misses | not alarmed (rules) | not alarmed (rules + net) | emergencies answered as ordinary | safety net on own unplaced | near-misses not triaged (rules, no level) | soon shown as urgent (rules) |';
const HEADER_RULE = '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';

/** The CV report as text: one row per fold, then the pooled figures and every miss of the rules. */
export function renderSafetyCv(report: SafetyCvReport): string {
  const lines = [
    `Safety cross-validation: leave one batch out (learned net threshold ${report.threshold})`,
    '',
    HEADER,
    HEADER_RULE,
  ];
  const row = (name: string, r: SafetyFigures, c: SafetyFigures, learned: number): string =>
    `| ${name} | ${r.redFlags} | ${pct(r.triaged, r.redFlags)} | ${pct(c.triaged, c.redFlags)} | ${pct(learned, r.redFlags)} | ${r.nearMisses} | ${pct(r.notAlarmed, r.nearMisses)} | ${pct(c.notAlarmed, c.nearMisses)} | ${r.emergencyAnsweredOrdinary} of ${r.emergencies} | ${r.safetyNetted} of ${r.ownUnplaced} (${pct(r.safetyNetted, r.ownUnplaced)}) | ${pct(r.notTriaged, r.nearMisses)} | ${r.soonShownUrgent} of ${r.soonCases} |`;
  for (const fold of report.folds)
    lines.push(row(fold.heldOut, fold.rules, fold.combined, fold.learnedFlagged));
  lines.push(row('**pooled**', report.pooled.rules, report.pooled.combined, report.pooled.learnedFlagged));
  lines.push(
    '',
    `Learned net: ${report.keepLearnedNet ? 'adds sensitivity within the near-miss target: keep it' : 'does not add sensitivity within the near-miss target: left out of the live path'}.`,
    `Gates (rules, pooled): ${passesGates(report.pooled.rules) ? 'PASS' : 'FAIL'}`,
    '',
  );
  if (report.fresh.length > 0) {
    lines.push(
      `Fresh batches (${SAFETY_FRESH_DIR}/): printed for information, in no pooled figure and not gated.`,
      '',
      HEADER,
      HEADER_RULE,
    );
    for (const fold of report.fresh)
      lines.push(row(fold.heldOut, fold.rules, fold.combined, fold.learnedFlagged));
    lines.push('');
  }
  for (const fold of [...report.folds, ...report.fresh]) {
    const misses = fold.outcomes.filter(
      (o) =>
        (o.expect !== 'none' && !TRIAGED.has(o.rules)) ||
        (o.expect === 'none' && ALARMED.has(o.rules)) ||
        (o.expect === 'emergency' && o.rules !== 'emergency') ||
        (o.expect === 'soon' && ALARMED.has(o.rules)) ||
        (o.expect === 'none' && o.rules === 'soon' && o.kind !== 'unlabelled') ||
        (o.own && (o.rules === 'decline' || o.rules === 'clarify')),
    );
    if (misses.length === 0) continue;
    lines.push(`${fold.heldOut}:`);
    for (const miss of misses)
      lines.push(
        `  expected ${miss.expect}${miss.pattern ? ` (${miss.pattern})` : ''}${miss.kind ? ` (${miss.kind})` : ''}${miss.own ? ' own' : ''}, got ${miss.rules} [net ${miss.netScore.toFixed(2)}]: ${miss.text}`,
      );
  }
  return lines.join('\n');
}

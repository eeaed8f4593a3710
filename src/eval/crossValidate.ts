import { join } from 'node:path';
import { MATCH_DEFAULTS, type MatchConfig } from '../engine/config';
import { contextAfter } from '../engine/contextAfter';
import { createAnswerEngine } from '../engine/createAnswerEngine';
import type { KnowledgeBase } from '../knowledge/KnowledgeBase';
import { createSafetyScreen } from '../safety/createSafetyScreen';
import { judge } from './evaluateMatching';
import { loadQuestionSet, type EvalQuestion } from './questionSet';
import { listConstants } from './renderEvalReport';

/**
 * Leave-one-set-out cross-validation of the matcher's decision. The engine's ranking has no fitted parameters;
 * what is fitted is the decision (answer, ask or decline), through the thresholds in `src/engine/config.ts`.
 * Each fold picks, from `THRESHOLD_GRID`, the thresholds that answer most questions right on every other set
 * while keeping confidently wrong answers within `WRONG_BUDGET` (or, if none does, the fewest wrong), then
 * measures them on the held-out set: the
 * figure to expect on wording nobody tuned for. The shipped thresholds are measured on each set alongside.
 */
export const WRONG_BUDGET = 0.015;

/** Candidate thresholds around the shipped ones; every combination is tried. */
export const THRESHOLD_GRID = Object.freeze({
  minScore: [0.45, 0.5, 0.55],
  subjectMinScore: [0.34, 0.38, 0.42],
  answerMargin: [0.02, 0.05],
  subjectMargin: [0.05, 0.08],
});

type Thresholds = Pick<MatchConfig, keyof typeof THRESHOLD_GRID>;

export interface SetFigures {
  inScope: number;
  right: number;
  outOfScope: number;
  declined: number;
  total: number;
  wrong: number;
}

export interface FoldResult {
  held: string;
  chosen: Thresholds;
  /** False when no candidate kept confidently wrong answers within the budget on the other sets. */
  withinBudget: boolean;
  /** Held-out figures with the thresholds chosen on the other sets. */
  heldOut: Rates;
  /** Held-out figures with the shipped thresholds (which were tuned on some of these sets). */
  shipped: Rates;
}

export interface Rates {
  top1: number;
  declined: number;
  confidentlyWrong: number;
}

export interface CrossValidation {
  folds: FoldResult[];
  mean: Rates;
  worst: Rates;
  budget: number;
}

const rates = (f: SetFigures): Rates => ({
  top1: f.inScope === 0 ? 1 : f.right / f.inScope,
  declined: f.outOfScope === 0 ? 1 : f.declined / f.outOfScope,
  confidentlyWrong: f.total === 0 ? 0 : f.wrong / f.total,
});

const sum = (figures: SetFigures[]): SetFigures =>
  figures.reduce(
    (a, b) => ({
      inScope: a.inScope + b.inScope,
      right: a.right + b.right,
      outOfScope: a.outOfScope + b.outOfScope,
      declined: a.declined + b.declined,
      total: a.total + b.total,
      wrong: a.wrong + b.wrong,
    }),
    { inScope: 0, right: 0, outOfScope: 0, declined: 0, total: 0, wrong: 0 },
  );

type Grid = { readonly [K in keyof Thresholds]: readonly number[] };

function gridOf(grid: Grid): Thresholds[] {
  const out: Thresholds[] = [];
  for (const minScore of grid.minScore)
    for (const subjectMinScore of grid.subjectMinScore)
      for (const answerMargin of grid.answerMargin)
        for (const subjectMargin of grid.subjectMargin)
          out.push({ minScore, subjectMinScore, answerMargin, subjectMargin });
  return out;
}

function measure(kb: KnowledgeBase, config: Partial<MatchConfig>, questions: readonly EvalQuestion[]) {
  const engine = createAnswerEngine(kb, { safety: createSafetyScreen(kb.safety), config });
  const figures: SetFigures = { inScope: 0, right: 0, outOfScope: 0, declined: 0, total: 0, wrong: 0 };
  for (const question of questions) {
    const outcome = judge(
      question,
      engine.answer({ text: question.text, context: contextAfter(kb, question.after) }),
    );
    figures.total += 1;
    if (outcome.confidentlyWrong) figures.wrong += 1;
    if (question.expect === 'answer') {
      figures.inScope += 1;
      if (outcome.correct) figures.right += 1;
    } else if (question.expect === 'fallback') {
      figures.outOfScope += 1;
      if (outcome.correct) figures.declined += 1;
    }
  }
  return figures;
}

/** Runs every fold over the named sets (`name → path` relative to `projectDir`). */
export function crossValidate(
  kb: KnowledgeBase,
  projectDir: string,
  sets: Readonly<Record<string, string>>,
  grid: Grid = THRESHOLD_GRID,
): CrossValidation {
  const names = Object.keys(sets);
  const questions = new Map(
    names.map((name) => [name, loadQuestionSet(join(projectDir, sets[name]), sets[name])]),
  );
  const candidates = gridOf(grid);
  // Every candidate on every set once; a fold only re-adds the figures.
  const table = candidates.map((thresholds) => ({
    thresholds,
    bySet: new Map(names.map((name) => [name, measure(kb, thresholds, questions.get(name) ?? [])])),
  }));
  const shipped = new Map(names.map((name) => [name, measure(kb, {}, questions.get(name) ?? [])]));
  const folds = names.map((held): FoldResult => {
    const scored = table.map((row) => {
      const training = rates(
        sum(names.filter((name) => name !== held).map((name) => figuresOf(row.bySet, name))),
      );
      return { row, training };
    });
    const withinBudget = scored.filter((s) => s.training.confidentlyWrong <= WRONG_BUDGET);
    // Over budget everywhere: the fewest confidently wrong answers, then the most right ones.
    const fewestWrong = Math.min(...scored.map((s) => s.training.confidentlyWrong));
    const pool =
      withinBudget.length > 0
        ? withinBudget
        : scored.filter((s) => s.training.confidentlyWrong === fewestWrong);
    const best = pool.reduce((a, b) =>
      b.training.top1 > a.training.top1 ||
      (b.training.top1 === a.training.top1 && b.training.confidentlyWrong < a.training.confidentlyWrong)
        ? b
        : a,
    );
    return {
      held,
      chosen: best.row.thresholds,
      withinBudget: withinBudget.length > 0,
      heldOut: rates(figuresOf(best.row.bySet, held)),
      shipped: rates(figuresOf(shipped, held)),
    };
  });
  const mean: Rates = {
    top1: avg(folds.map((f) => f.heldOut.top1)),
    declined: avg(folds.map((f) => f.heldOut.declined)),
    confidentlyWrong: avg(folds.map((f) => f.heldOut.confidentlyWrong)),
  };
  const worst: Rates = {
    top1: Math.min(...folds.map((f) => f.heldOut.top1)),
    declined: Math.min(...folds.map((f) => f.heldOut.declined)),
    confidentlyWrong: Math.max(...folds.map((f) => f.heldOut.confidentlyWrong)),
  };
  return { folds, mean, worst, budget: WRONG_BUDGET };
}

/** The figures of one set in a table row; every row holds every set. */
function figuresOf(bySet: ReadonlyMap<string, SetFigures>, name: string): SetFigures {
  const figures = bySet.get(name);
  if (!figures) throw new Error(`crossValidate: no figures for set ${name}`);
  return figures;
}

const avg = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

export function renderCrossValidation(cv: CrossValidation): string {
  const lines = [
    `Leave-one-set-out cross-validation (thresholds fitted on the other sets, confidently wrong ≤ ${pct(cv.budget)} there)`,
    '',
    `  ${'held-out set'.padEnd(14)} ${'top-1'.padStart(7)} ${'declined'.padStart(9)} ${'wrong'.padStart(7)}   shipped thresholds: top-1 / declined / wrong   chosen`,
  ];
  for (const fold of cv.folds) {
    const c = fold.chosen;
    lines.push(
      `  ${fold.held.padEnd(14)} ${pct(fold.heldOut.top1).padStart(7)} ${pct(fold.heldOut.declined).padStart(9)} ${pct(fold.heldOut.confidentlyWrong).padStart(7)}   ${pct(fold.shipped.top1)} / ${pct(fold.shipped.declined)} / ${pct(fold.shipped.confidentlyWrong)}`.padEnd(
        95,
      ) +
        `${fold.withinBudget ? '' : '(over budget) '}minScore=${c.minScore} subjectMinScore=${c.subjectMinScore} answerMargin=${c.answerMargin} subjectMargin=${c.subjectMargin}`,
    );
  }
  lines.push(
    `  ${'mean'.padEnd(14)} ${pct(cv.mean.top1).padStart(7)} ${pct(cv.mean.declined).padStart(9)} ${pct(cv.mean.confidentlyWrong).padStart(7)}`,
  );
  lines.push(
    `  ${'worst fold'.padEnd(14)} ${pct(cv.worst.top1).padStart(7)} ${pct(cv.worst.declined).padStart(9)} ${pct(cv.worst.confidentlyWrong).padStart(7)}`,
  );
  lines.push('', 'Shipped scoring constants (src/engine/config.ts):', ...listConstants(MATCH_DEFAULTS));
  return lines.join('\n');
}

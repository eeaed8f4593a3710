import { join } from 'node:path';
import { MATCH_DEFAULTS, type MatchConfig } from '../engine/config';
import { contextAfter } from '../engine/contextAfter';
import { buildMatching } from '../engine/buildMatching';
import type { AnswerCheck } from '../engine/AnswerCheck';
import {
  classifierFormWords,
  createAnswerEngine,
  loadOrTrainAnswerCheckFor,
} from '../engine/createAnswerEngine';
import { loadOrTrainEntryClassifier, type EntryClassifier } from '../engine/EntryClassifier';
import type { KnowledgeBase } from '../knowledge/KnowledgeBase';
import { createSafetyScreen } from '../safety/createSafetyScreen';
import type { SafetyScreen } from '../safety/types';
import { judge } from './evaluateMatching';
import { loadQuestionSet, type EvalQuestion } from './questionSet';
import { listConstants } from './renderEvalReport';
import { trainingQuestionsOf, trainingSourceOf } from './trainingQuestions';

/**
 * Leave-one-set-out cross-validation of the matcher. Two things are fitted: the entry classifier
 * (src/engine/EntryClassifier.ts), which each fold trains on the base's phrasings and the other sets' questions,
 * never the held-out set's; and the decision (answer, ask or decline), through the thresholds in
 * `src/engine/config.ts`. Every set is first measured, for every thresholds candidate in `THRESHOLD_GRID`, with
 * the classifier that never saw it. Each fold then picks the thresholds that answer most questions right on the
 * other sets (each measured that way) while keeping confidently wrong answers within `WRONG_BUDGET` (or, if none
 * does, the fewest wrong), and measures them on the held-out set: the figure to expect on wording nobody tuned
 * for. The same is done with the lexical matcher alone (no classifier), so each fold shows what the classifier
 * gains; and the shipped thresholds are measured on each set alongside.
 */
export const WRONG_BUDGET = 0.015;

/**
 * The weight the entry classifier is measured at when the shipped config has it off (`classifierWeight` in
 * src/engine/config.ts explains why).
 */
export const CLASSIFIER_TRIAL_WEIGHT = 0.3;

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
  /** In-scope questions and those answered right, by tag. */
  byTag?: ReadonlyMap<string, { inScope: number; right: number }>;
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
  /** The lexical matcher alone, its thresholds fitted the same way. */
  lexical: Rates;
}

/** In-scope questions of one tag (a category: paraphrase, typo, seed-claim…), pooled over the held-out folds. */
export interface CategoryResult {
  tag: string;
  inScope: number;
  /** Answered right with the classifier, and by the lexical matcher alone. */
  right: number;
  lexicalRight: number;
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
  /** The same for the lexical matcher alone. */
  lexicalMean: Rates;
  lexicalWorst: Rates;
  categories: CategoryResult[];
  budget: number;
  /** The classifier's weight in the measured ranking (`classifierWeight`, or CLASSIFIER_TRIAL_WEIGHT when off). */
  classifierWeight: number;
  /** How many groups the sets were held out in; absent when each set was held out alone. */
  groups?: number;
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

/** Every combination of the grid's values. */
function gridOf(grid: Grid): Thresholds[] {
  let out: Array<Partial<Thresholds>> = [{}];
  for (const key of Object.keys(grid) as Array<keyof Thresholds>)
    out = out.flatMap((partial) => grid[key].map((value) => ({ ...partial, [key]: value })));
  return out as Thresholds[];
}

function measure(
  kb: KnowledgeBase,
  safety: SafetyScreen,
  config: Partial<MatchConfig>,
  questions: readonly EvalQuestion[],
  entryClassifier: EntryClassifier | null,
  answerCheck: AnswerCheck | null = null,
) {
  const engine = createAnswerEngine(kb, {
    safety,
    config,
    entryClassifier,
    answerCheck,
  });
  const byTag = new Map<string, { inScope: number; right: number }>();
  const figures: SetFigures = { inScope: 0, right: 0, outOfScope: 0, declined: 0, total: 0, wrong: 0, byTag };
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
      for (const tag of question.tags) {
        const counts = byTag.get(tag) ?? { inScope: 0, right: 0 };
        counts.inScope += 1;
        if (outcome.correct) counts.right += 1;
        byTag.set(tag, counts);
      }
    } else if (question.expect === 'fallback') {
      figures.outOfScope += 1;
      if (outcome.correct) figures.declined += 1;
    }
  }
  return figures;
}

/**
 * One set measured with the classifier and answer check that never saw it: for every thresholds candidate (in
 * grid order) with them and with the lexical matcher alone, and at the shipped thresholds. Fitting a fold's
 * thresholds needs every set's, so `crossValidate` measures them all, fold by fold; the folds can also be measured
 * apart (by several processes) and put together with `foldsOf`.
 */
export interface SetMeasurement {
  learned: SetFigures[];
  lexical: SetFigures[];
  shipped: SetFigures;
}

/** How the sets are held out: each alone (leave one set out), or in a few groups that are held out together. */
export interface CvOptions {
  grid?: Grid;
  /** Where each fold's classifier is cached (null: trained every run; by default .cache/models). */
  cacheDir?: string | null;
  /**
   * Hold the sets out in this many groups (`groupedFolds`) rather than one at a time: each group's classifier and
   * answer check are trained once without all of its sets, so the run costs `groups` trainings rather than one per
   * set, and every set is still measured by models that never saw it (with less to learn from than leaving one
   * set out, so its figures run a little lower).
   */
  groups?: number;
}

/** Every fold over the named sets (`name → path` relative to `projectDir`). */
export function crossValidate(
  kb: KnowledgeBase,
  projectDir: string,
  sets: Readonly<Record<string, string>>,
  options: CvOptions = {},
): CrossValidation {
  const run = prepareCrossValidation(kb, projectDir, sets, options);
  return run.foldsOf(new Map(run.folds.flatMap((fold) => [...run.measureFold(fold)])));
}

/**
 * The sets `names` dealt in turn into `groups` groups (the first set to the first group, the second to the second
 * …), so sets written at about the same time land in different groups.
 */
export const groupedFolds = (names: readonly string[], groups: number): string[][] =>
  Array.from({ length: Math.min(groups, names.length) }, (_, g) =>
    names.filter((_, i) => i % groups === g),
  ).filter((fold) => fold.length > 0);

/** The sets a fold's classifier and answer check learn from: every set but the fold's own. */
export const trainingSetsOf = (names: readonly string[], fold: readonly string[]): string[] =>
  names.filter((name) => !fold.includes(name));

/**
 * The cross-validation in its two steps: `measureFold` (the costly part: it trains the fold's classifier and answer
 * check without the fold's sets, and measures each of them) for each of `folds`, then `foldsOf` every set's
 * measurement (quick).
 */
export function prepareCrossValidation(
  kb: KnowledgeBase,
  projectDir: string,
  sets: Readonly<Record<string, string>>,
  { grid = THRESHOLD_GRID, cacheDir, groups }: CvOptions = {},
): {
  names: readonly string[];
  /** The sets held out together, each group once: one set each unless `groups` was given. */
  folds: ReadonlyArray<readonly string[]>;
  measureFold(fold: readonly string[]): Map<string, SetMeasurement>;
  foldsOf(measurements: ReadonlyMap<string, SetMeasurement>): CrossValidation;
} {
  const names = Object.keys(sets);
  const heldTogether = groups === undefined ? names.map((name) => [name]) : groupedFolds(names, groups);
  const questions = new Map(
    names.map((name) => [name, loadQuestionSet(join(projectDir, sets[name]), sets[name])]),
  );
  const candidates = gridOf(grid);
  const matching = buildMatching(kb, MATCH_DEFAULTS);
  const { analyzer } = matching;
  // A fold's classifier learns from the phrasings and every set outside the fold: exactly that fold's training data.
  const trainingFor = (held: readonly string[]) =>
    trainingSetsOf(names, held).flatMap((name) => trainingQuestionsOf(questions.get(name) ?? [], name));
  const learnedConfig = {
    classifierWeight:
      MATCH_DEFAULTS.classifierWeight > 0 ? MATCH_DEFAULTS.classifierWeight : CLASSIFIER_TRIAL_WEIGHT,
  };
  const safety = createSafetyScreen(kb.safety);
  const measureFold = (fold: readonly string[]): Map<string, SetMeasurement> => {
    const held = fold.map((name) => {
      const set = questions.get(name);
      if (!set) throw new Error(`crossValidate: no set named ${name}`);
      return [name, set] as const;
    });
    const training = trainingSourceOf(trainingFor(fold));
    const classifier = loadOrTrainEntryClassifier(
      kb,
      training,
      (text) => analyzer.analyze(text),
      classifierFormWords(kb),
      cacheDir,
    );
    // The set's answer check learns from the other sets only, at the shipped thresholds: their answers given by
    // classifiers trained without a third of them (src/engine/AnswerCheck.ts), never with the held-out set.
    const answerCheck =
      MATCH_DEFAULTS.answerCheckMin > 0
        ? loadOrTrainAnswerCheckFor(
            kb,
            { safety, config: learnedConfig, training },
            { ...MATCH_DEFAULTS, ...learnedConfig },
            matching,
            cacheDir,
          )
        : null;
    return new Map(
      held.map(([name, set]) => [
        name,
        {
          learned: candidates.map((thresholds) =>
            measure(kb, safety, { ...thresholds, ...learnedConfig }, set, classifier, answerCheck),
          ),
          lexical: candidates.map((thresholds) => measure(kb, safety, thresholds, set, null)),
          shipped: measure(kb, safety, learnedConfig, set, classifier, answerCheck),
        },
      ]),
    );
  };
  const foldsOf = (measurements: ReadonlyMap<string, SetMeasurement>): CrossValidation => {
    const of = (name: string) => {
      const measured = measurements.get(name);
      if (!measured) throw new Error(`crossValidate: set ${name} was not measured`);
      return measured;
    };
    const tableOf = (kind: 'learned' | 'lexical'): Table =>
      candidates.map((thresholds, i) => ({
        thresholds,
        bySet: new Map(names.map((name) => [name, of(name)[kind][i]])),
      }));
    const table = tableOf('learned');
    const lexicalTable = tableOf('lexical');
    const fits = names.map((held) => ({
      held,
      learned: fitFold(table, names, held),
      lexical: fitFold(lexicalTable, names, held),
    }));
    const folds = fits.map(({ held, learned, lexical }): FoldResult => ({
      held,
      chosen: learned.row.thresholds,
      withinBudget: learned.withinBudget,
      heldOut: rates(figuresOf(learned.row.bySet, held)),
      shipped: rates(of(held).shipped),
      lexical: rates(figuresOf(lexical.row.bySet, held)),
    }));
    const categories = new Map<string, CategoryResult>();
    for (const { held, learned, lexical } of fits) {
      const withClassifier = figuresOf(learned.row.bySet, held).byTag ?? new Map();
      const alone = figuresOf(lexical.row.bySet, held).byTag ?? new Map();
      for (const [tag, counts] of withClassifier) {
        const category = categories.get(tag) ?? { tag, inScope: 0, right: 0, lexicalRight: 0 };
        category.inScope += counts.inScope;
        category.right += counts.right;
        category.lexicalRight += alone.get(tag)?.right ?? 0;
        categories.set(tag, category);
      }
    }
    return {
      folds,
      mean: meanOf(folds.map((f) => f.heldOut)),
      worst: worstOf(folds.map((f) => f.heldOut)),
      lexicalMean: meanOf(folds.map((f) => f.lexical)),
      lexicalWorst: worstOf(folds.map((f) => f.lexical)),
      categories: [...categories.values()].sort(
        (a, b) => b.inScope - a.inScope || a.tag.localeCompare(b.tag),
      ),
      budget: WRONG_BUDGET,
      classifierWeight: learnedConfig.classifierWeight,
      ...(groups === undefined ? {} : { groups: heldTogether.length }),
    };
  };
  return { names, folds: heldTogether, measureFold, foldsOf };
}

type Table = Array<{ thresholds: Thresholds; bySet: ReadonlyMap<string, SetFigures> }>;

/** The thresholds for the fold holding out `held`, chosen on the other sets' figures. */
function fitFold(table: Table, names: readonly string[], held: string) {
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
  return { row: best.row, withinBudget: withinBudget.length > 0 };
}

const meanOf = (all: Rates[]): Rates => ({
  top1: avg(all.map((r) => r.top1)),
  declined: avg(all.map((r) => r.declined)),
  confidentlyWrong: avg(all.map((r) => r.confidentlyWrong)),
});

const worstOf = (all: Rates[]): Rates => ({
  top1: Math.min(...all.map((r) => r.top1)),
  declined: Math.min(...all.map((r) => r.declined)),
  confidentlyWrong: Math.max(...all.map((r) => r.confidentlyWrong)),
});

/** The figures of one set in a table row; every row holds every set. */
function figuresOf(bySet: ReadonlyMap<string, SetFigures>, name: string): SetFigures {
  const figures = bySet.get(name);
  if (!figures) throw new Error(`crossValidate: no figures for set ${name}`);
  return figures;
}

const avg = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

const signed = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)}`;

export function renderCrossValidation(cv: CrossValidation): string {
  const rateCells = (r: Rates) =>
    `${pct(r.top1).padStart(6)} ${pct(r.declined).padStart(6)} ${pct(r.confidentlyWrong).padStart(6)}`;
  const lines = [
    cv.groups === undefined
      ? `Leave-one-set-out cross-validation (each fold's classifier never saw the held-out set, measured at classifierWeight ${cv.classifierWeight}; thresholds fitted on the other sets, confidently wrong ≤ ${pct(cv.budget)} there)`
      : `Cross-validation in ${cv.groups} groups of sets (each set measured by the classifier of its group, which never saw any set of the group, at classifierWeight ${cv.classifierWeight}; thresholds fitted on the other sets, confidently wrong ≤ ${pct(cv.budget)} there)`,
    '',
    `  ${''.padEnd(10)} ${'with the classifier'.padEnd(20)}   ${'lexical matcher alone'.padEnd(20)}   ${'gain'.padStart(5)}   shipped thresholds`,
    `  ${'held out'.padEnd(10)} ${' top-1   decl  wrong'}   ${' top-1   decl  wrong'}   ${'top-1'.padStart(5)}   top-1 / declined / wrong   chosen`,
  ];
  for (const fold of cv.folds) {
    const c = fold.chosen;
    lines.push(
      `  ${fold.held.padEnd(10)} ${rateCells(fold.heldOut)}   ${rateCells(fold.lexical)}   ${signed(fold.heldOut.top1 - fold.lexical.top1).padStart(5)}   ${pct(fold.shipped.top1)} / ${pct(fold.shipped.declined)} / ${pct(fold.shipped.confidentlyWrong)}`.padEnd(
        105,
      ) +
        `${fold.withinBudget ? '' : '(over budget) '}minScore=${c.minScore} subjectMinScore=${c.subjectMinScore} answerMargin=${c.answerMargin} subjectMargin=${c.subjectMargin}`,
    );
  }
  lines.push(
    `  ${'mean'.padEnd(10)} ${rateCells(cv.mean)}   ${rateCells(cv.lexicalMean)}   ${signed(cv.mean.top1 - cv.lexicalMean.top1).padStart(5)}`,
    `  ${'worst fold'.padEnd(10)} ${rateCells(cv.worst)}   ${rateCells(cv.lexicalWorst)}   ${signed(cv.worst.top1 - cv.lexicalWorst.top1).padStart(5)}`,
    '',
    'In-scope questions by category (tag), pooled over the held-out folds: top-1 with the classifier / lexical alone',
  );
  for (const category of cv.categories)
    lines.push(
      `  ${category.tag.padEnd(18)} ${String(category.inScope).padStart(5)}   ${pct(category.right / category.inScope).padStart(6)} / ${pct(category.lexicalRight / category.inScope).padStart(6)}   ${signed((category.right - category.lexicalRight) / category.inScope).padStart(5)}`,
    );
  lines.push('', 'Shipped scoring constants (src/engine/config.ts):', ...listConstants(MATCH_DEFAULTS));
  return lines.join('\n');
}

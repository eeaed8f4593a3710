import { createAnswerEngine } from '../engine/createAnswerEngine';
import {
  DEFAULT_MODEL_CACHE_DIR,
  loadOrTrainSmallTalkModel,
  smallTalkTrainingExamples,
} from '../engine/SmallTalkModel';
import type { AnswerEngine } from '../engine/types';
import type { KnowledgeBase } from '../knowledge/KnowledgeBase';
import type { SafetyScreen } from '../safety/types';
import type { SmallTalkExampleSet } from '../knowledge/schema';

export type SmallTalkMessage = SmallTalkExampleSet['messages'][number];

export interface SmallTalkReport {
  smallTalk: number;
  /** Share of small-talk messages answered as small talk (any intent). */
  recognised: number;
  /** Share of small-talk messages answered with their own intent. */
  rightIntent: number;
  lookAlikes: number;
  /** Share of look-alikes (questions, other requests) not answered as small talk. */
  lookAlikesKept: number;
}

/** How the engine's small talk does on a labelled set of small talk and look-alikes. */
export function evaluateSmallTalk(
  engine: AnswerEngine,
  messages: readonly SmallTalkMessage[],
): SmallTalkReport {
  let smallTalk = 0;
  let recognised = 0;
  let rightIntent = 0;
  let lookAlikes = 0;
  let kept = 0;
  for (const message of messages) {
    const result = engine.answer({ text: message.text });
    if (message.intent === 'none') {
      lookAlikes += 1;
      if (result.kind !== 'help') kept += 1;
      continue;
    }
    smallTalk += 1;
    if (result.kind === 'help') {
      recognised += 1;
      if (result.intent === message.intent) rightIntent += 1;
    }
  }
  const share = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
  return {
    smallTalk,
    recognised: share(recognised, smallTalk),
    rightIntent: share(rightIntent, smallTalk),
    lookAlikes,
    lookAlikesKept: share(kept, lookAlikes),
  };
}

export interface SmallTalkFold extends SmallTalkReport {
  /** The held-out set (knowledge/smalltalk-examples.yaml). */
  name: string;
}

/**
 * Leave-one-set-out cross-validation of small talk: for each writer's set, a model trained without it (on the
 * phrases, cues, the base's questions and the other sets) is measured on it. The honest figure for wording the
 * model never saw.
 */
export function crossValidateSmallTalk(
  kb: KnowledgeBase,
  safety: SafetyScreen,
  cacheDir: string | null = DEFAULT_MODEL_CACHE_DIR,
): SmallTalkFold[] {
  return kb.smallTalkExamples.map((set) => {
    const smallTalkModel = loadOrTrainSmallTalkModel(smallTalkTrainingExamples(kb, set.name), cacheDir);
    const engine = createAnswerEngine(kb, { safety, smallTalkModel });
    return { name: set.name, ...evaluateSmallTalk(engine, set.messages) };
  });
}

export function renderSmallTalkCv(folds: readonly SmallTalkFold[]): string {
  const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
  const rows = folds.map(
    (fold) =>
      `| ${fold.name} | ${fold.smallTalk} | ${pct(fold.recognised)} | ${pct(fold.rightIntent)} | ${fold.lookAlikes} | ${pct(fold.lookAlikesKept)} |`,
  );
  const mean = (pick: (fold: SmallTalkFold) => number) =>
    folds.reduce((sum, fold) => sum + pick(fold), 0) / Math.max(1, folds.length);
  return [
    'Small talk, leave one set out (knowledge/smalltalk-examples.yaml):',
    '',
    '| held out | small talk | recognised | right intent | look-alikes | look-alikes kept |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
    `| mean | | ${pct(mean((f) => f.recognised))} | ${pct(mean((f) => f.rightIntent))} | | ${pct(mean((f) => f.lookAlikesKept))} |`,
  ].join('\n');
}

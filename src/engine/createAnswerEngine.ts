import type { KnowledgeBase } from '../knowledge/KnowledgeBase';
import { answerCheckExamples, loadOrTrainAnswerCheck, type AnswerCheck } from './AnswerCheck';
import { buildMatchingSteps, type Matching } from './buildMatching';
import { MATCH_DEFAULTS, type MatchConfig } from './config';
import {
  loadOrTrainEntryClassifier,
  NO_TRAINING,
  type EntryClassifier,
  type TrainingSource,
} from './EntryClassifier';
import { IntentDetector } from './IntentDetector';
import type { EngineIndexData } from './EngineIndexData';
import type { Explanation } from './Explanation';
import { modelKey } from './modelCache';
import { matchClause } from './matchClause';
import { smallTalkReaderSteps } from './SmallTalkReader';
import { withSafetyNetNotice, withScopeNotice, withSoonAdviceFor } from './safetyReplies';
import { loadOrTrainSmallTalkModel, smallTalkTrainingExamples, type SmallTalkModel } from './SmallTalkModel';
import { runToEnd, type Steps } from '../util/runSteps';
import { matchMessage } from './splitQuestions';
import type { RedFlag, SafetyScreen } from '../safety/types';
import { hasWords, stripMentionsKeepingLines } from '../text';
import type { AnswerContext, AnswerEngine, AnswerResult, Candidate, Question } from './types';

export interface EngineOptions {
  safety: SafetyScreen;
  config?: Partial<MatchConfig>;
  /** The small-talk model to use (cross-validation passes one trained without the held-out set). */
  smallTalkModel?: SmallTalkModel;
  /**
   * The entry classifier to use: null for none (the lexical matcher alone); by default one trained on the base's
   * phrasings and `training` (cross-validation passes one trained without the held-out set).
   */
  entryClassifier?: EntryClassifier | null;
  /** Labelled questions the default entry classifier learns from besides the base's own phrasings. */
  training?: TrainingSource;
  /**
   * The learned answer check to use: null for none; by default one trained on `training` (src/engine/AnswerCheck.ts;
   * cross-validation passes one trained without the held-out set).
   */
  answerCheck?: AnswerCheck | null;
  /**
   * The costly part of an earlier build of the same base by the same code, used instead of redoing it; what is
   * missing from it is built and kept in it (see EngineIndexData). Only with the default `config`.
   */
  indexData?: EngineIndexData;
}

/** The words that give a question its form ("how", "can", "is"): knowledge/language.yaml's question words and openers. */
export const classifierFormWords = (kb: KnowledgeBase): ReadonlySet<string> =>
  new Set([...kb.language.questionWords, ...kb.language.questionOpeners]);

/**
 * The learned answer check for `options.training` (src/engine/AnswerCheck.ts): each group of its labelled sets is
 * answered by this engine (`options`, `config`) with an entry classifier trained without that group, and the check
 * learns from those answers. Read from `cacheDir` when trained before; null without labelled sets to hold out.
 */
export function loadOrTrainAnswerCheckFor(
  kb: KnowledgeBase,
  options: EngineOptions,
  config: MatchConfig,
  matching: Pick<Matching, 'analyzer' | 'contextOf' | 'facetOf'>,
  cacheDir?: string | null,
): AnswerCheck | null {
  const training = options.training;
  if (!training) return null;
  const read = (text: string) => matching.analyzer.analyze(text);
  return loadOrTrainAnswerCheck(
    kb,
    training,
    config,
    () =>
      answerCheckExamples(
        training.questions(),
        (questions) =>
          loadOrTrainEntryClassifier(
            kb,
            { key: modelKey(questions), questions: () => questions },
            read,
            classifierFormWords(kb),
            cacheDir,
          ),
        (entryClassifier) => {
          const engine = createAnswerEngine(kb, {
            ...options,
            entryClassifier,
            answerCheck: null,
            indexData: undefined,
          });
          return (text) => engine.explain({ text });
        },
        (id) => {
          const entry = kb.byId.get(id);
          return {
            nutrient: entry ? matching.contextOf(entry).nutrientId : undefined,
            facet: matching.facetOf.get(id),
          };
        },
      ),
    cacheDir,
  );
}

/** Whether these thresholds let the answer check change any decision (else it is not trained). */
export const usesAnswerCheck = (
  config: Pick<MatchConfig, 'answerCheckMin' | 'answerCheckSure' | 'answerCheckRescue'>,
): boolean => config.answerCheckMin > 0 || config.answerCheckSure < 1 || config.answerCheckRescue < 1;

/** The engine's whole surface: the answer, and the answer with how it was reached. */
export type BuiltAnswerEngine = AnswerEngine & { explain(question: Question): Explanation };

/** Everything built once from the knowledge base; the per-question work is in `answer`. */
export function createAnswerEngine(kb: KnowledgeBase, options: EngineOptions): BuiltAnswerEngine {
  return runToEnd(answerEngineSteps(kb, options));
}

/**
 * The same build in small steps (see src/util/runSteps.ts): a hot reload runs it in slices so the event loop keeps
 * serving requests while the new index is built.
 */
export function* answerEngineSteps(kb: KnowledgeBase, options: EngineOptions): Steps<BuiltAnswerEngine> {
  const config: MatchConfig = Object.freeze({ ...MATCH_DEFAULTS, ...options.config });
  const matching = yield* buildMatchingSteps(kb, config, options.config ? undefined : options.indexData);
  const { language, analyzer, contextOf } = matching;
  const intents = new IntentDetector(kb.content.intents, language, config);
  yield;
  const smallTalk = options.smallTalkModel ?? loadOrTrainSmallTalkModel(smallTalkTrainingExamples(kb));
  yield;
  // Read from .cache/models when the same base and labelled questions trained it before; else trained here.
  const classifier =
    options.entryClassifier !== undefined
      ? options.entryClassifier
      : config.classifierWeight > 0
        ? loadOrTrainEntryClassifier(
            kb,
            options.training ?? NO_TRAINING,
            (text) => analyzer.analyze(text),
            classifierFormWords(kb),
          )
        : null;
  // Trained on answers given by classifiers that never saw the questions (whole sets held out), cached like them.
  const answerCheck =
    options.answerCheck !== undefined
      ? options.answerCheck
      : classifier && usesAnswerCheck(config) && options.training
        ? loadOrTrainAnswerCheckFor(kb, { ...options, smallTalkModel: smallTalk }, config, matching)
        : null;
  const clauseDeps = { ...matching, classifier, answerCheck };
  yield;
  const { safety } = options;
  const smallTalkReader = yield* smallTalkReaderSteps(kb, {
    config,
    language,
    analyzer,
    intents,
    safety,
    smallTalk,
  });
  /** Set only while `explain` runs: each step and each ranked text is recorded in it. */
  let trace: Pick<Explanation, 'steps' | 'readings'> | undefined;
  const note = (step: string) => trace?.steps.push(step);

  const matchOne = (text: string, context: AnswerContext | undefined, storySentence?: boolean) =>
    matchClause(text, context, clauseDeps, trace?.readings, storySentence);

  const safetyNetTopics: Candidate[] = kb.safety.safetyNet.topics.flatMap((id) => {
    const entry = kb.byId.get(id);
    return entry ? [{ id, title: entry.title, score: 0 }] : [];
  });
  const withSafetyNet = (result: AnswerResult, text: string, locale: string | undefined) =>
    withSafetyNetNotice(result, () => safety.safetyNet(text, locale), safetyNetTopics);
  const withSoonAdvice = (result: AnswerResult, redFlag: RedFlag) =>
    withSoonAdviceFor(result, redFlag, safetyNetTopics);

  /**
   * Triage first. Emergency and urgent flags replace the answer; a `soon` flag ("see a doctor within days")
   * is said before an answer or a "Did you mean…", and before the closest topics otherwise.
   */
  function answer(question: Question): AnswerResult {
    // Safety reads the message with its line breaks (a line is a sentence to triage); matching reads it as one line.
    const said = stripMentionsKeepingLines(question.text ?? '');
    const text = said.replace(/\n/g, ' ');
    const redFlag =
      said.length > 0 ? safety.triage(said.slice(0, config.triageChars), question.locale) : null;
    note(redFlag === null ? 'triage: no red flag' : `triage: ${redFlag.level} (rule ${redFlag.ruleId})`);
    if (redFlag === null) return answerUnflagged(question, text, said);
    if (redFlag.level !== 'soon') return { kind: 'urgent', redFlag };
    const result = answerUnflagged(question, text, said);
    return result.kind === 'answer' || result.kind === 'clarify'
      ? { ...result, soon: redFlag }
      : withSoonAdvice(result, redFlag);
  }

  function answerUnflagged(question: Question, text: string, said: string): AnswerResult {
    const chosen = question.entryId ? kb.byId.get(question.entryId) : undefined;
    if (chosen) {
      note(`a button named entry ${chosen.id}: answered exactly`);
      return { kind: 'answer', entry: chosen, score: 1, runnersUp: [], context: contextOf(chosen) };
    }

    if (!hasWords(text)) return { kind: 'fallback', reason: 'empty', score: 0, runnersUp: [] };
    if (text.length > config.maxQuestionChars)
      return {
        kind: 'fallback',
        reason: 'too-long',
        score: 0,
        runnersUp: [],
        limit: config.maxQuestionChars,
      };
    // Small talk in framing first, then the phrases among padding, then cues (src/engine/SmallTalkReader.ts).
    const { intent, otherTopic } = smallTalkReader.beforeMatching(text, note);
    if (intent) {
      note(`small talk: ${intent}`);
      return { kind: 'help', intent };
    }

    const notice = safety.scope(said);
    if (notice) note(`scope: ${notice.kind}`);
    if (notice?.kind === 'child') {
      const besideChild = otherTopic ? null : smallTalkReader.besideAsides(text, note);
      if (besideChild) return { kind: 'help', intent: besideChild };
      // A child read from a message the screen cannot read is a guess too (see unreadableReply).
      const unreadable = otherTopic ? null : unreadableReply(said, question.locale);
      if (unreadable) return unreadable;
      return { kind: 'fallback', reason: 'scope', notice, score: 0, runnersUp: [] };
    }
    const matched = matchMessage(text, question.context, matchOne, config, language);
    const result = withSafetyNet(matched, said, question.locale);
    const chat =
      notice || otherTopic
        ? null
        : smallTalkReader.afterMatching(
            text,
            result,
            question.context?.entryId !== undefined || question.context?.nutrientId !== undefined,
          );
    if (chat) {
      note(`small talk (learned model, the base had no answer): ${chat}`);
      return { kind: 'help', intent: chat };
    }
    // Small talk beside an aside about the person ("I look after my husband who has Parkinson's. What can you help
    // with?"): only where the base had no answer for the message and the safety net said nothing.
    const unanswered =
      result === matched &&
      ((matched.kind === 'fallback' &&
        (matched.reason === 'no-match' || matched.reason === 'uncovered-topic')) ||
        (matched.kind === 'clarify' && !matched.soon));
    const besideAsides = unanswered && !otherTopic ? smallTalkReader.besideAsides(text, note) : null;
    if (besideAsides) return { kind: 'help', intent: besideAsides };
    // A message mostly in words the screen cannot read (another language or script): the screen cannot tell whether
    // it tells a danger sign, so the reply says the bot reads English and when to get care. That holds where nothing
    // answered (the safety net's guess included), and, for a longer message, where an answer was matched on its few
    // English words (`unreadable.answeredMinWords`): a Dutch story of cola-coloured urine after CrossFit is no
    // magnesium question. A scope read from such a message ("tegen" read as "teen") is no reason to keep it.
    const unreadable = otherTopic ? null : unreadableReply(said, question.locale, matched);
    if (unreadable) return unreadable;
    if (result !== matched) {
      note('safety net: own symptoms, told when to get care');
      // A teenager's figures or "I can't pick a dose for you" still stand after when to get care.
      return notice ? withScopeNotice(result, notice) : result;
    }
    if (!notice) return result;
    // Personal advice is declined, but the general facts stay on offer: answered or asked about, with the notice.
    if (result.kind === 'answer' || result.kind === 'clarify') return { ...result, notice };
    return {
      kind: 'fallback',
      reason: 'scope',
      notice,
      score: 'score' in result ? result.score : 0,
      runnersUp: [],
    };
  }

  /**
   * The unreadable reply for a message the screen cannot read, in place of what matching made of it: nothing yet
   * (`matched` left out: a scope read before matching), a decline (with the safety net's guess or without), or, for a
   * longer message, an answer matched on a few English words. Null for anything else, or a message it can read.
   */
  function unreadableReply(
    said: string,
    locale: string | undefined,
    matched?: AnswerResult,
  ): AnswerResult | null {
    const declined =
      matched === undefined ||
      (matched.kind === 'fallback' &&
        (matched.reason === 'no-match' || matched.reason === 'uncovered-topic'));
    const answered = matched?.kind === 'answer' || matched?.kind === 'clarify';
    if (!declined && !answered) return null;
    const notice = safety.unreadable(said, locale, answered);
    if (!notice) return null;
    note('unreadable: most words are not English or known words');
    return {
      kind: 'fallback',
      reason: 'unreadable',
      notice,
      score: matched !== undefined && 'score' in matched ? matched.score : 0,
      runnersUp: [],
    };
  }

  /** The answer, and why: every step taken, every text ranked, each candidate's signals and the decision. */
  function explain(question: Question): Explanation {
    const recording: Pick<Explanation, 'steps' | 'readings'> = { steps: [], readings: [] };
    trace = recording;
    try {
      return { question: question.text, result: answer(question), ...recording };
    } finally {
      trace = undefined;
    }
  }

  return { answer, explain };
}

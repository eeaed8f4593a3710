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
import { SmallTalkFraming } from './SmallTalkFraming';
import { loadOrTrainSmallTalkModel, smallTalkTrainingExamples, type SmallTalkModel } from './SmallTalkModel';
import { runToEnd, type Steps } from '../util/runSteps';
import { matchMessage } from './splitQuestions';
import type { RedFlag, SafetyScreen, ScopeNotice } from '../safety/types';
import { expandWords, hasWords, normalizeText, stripMentions } from '../text';
import type { AnswerContext, AnswerEngine, AnswerResult, Candidate, IntentName, Question } from './types';

const wordCount = (text: string) =>
  normalizeText(text)
    .split(' ')
    .filter((word) => word.length > 0).length;

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

/** The bare verbs of a feeling ("feeling okay" is no complaint), the words that say it is fine, and their denials. */
const FEEL_VERBS = new Set(['feel', 'feels', 'feeling', 'felt']);
const FINE = new Set(['ok', 'okay', 'fine', 'good', 'great', 'better', 'well', 'grand', 'alright']);
const NOT_FINE = new Set(['not', 'never', 'no']);

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
  const smallTalkFunctionWords = new Set([...language.stopWords, ...language.asking, ...language.fillers]);
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
  // Words the base's questions are about (not small-talk words): one of them makes a message a question.
  const topicWords = new Set<string>();
  for (const entry of kb.entries) {
    for (const text of [entry.title, ...entry.alternates, ...entry.tags])
      for (const word of normalizeText(text).split(' '))
        if (word.length > 0 && !intents.isSmallTalkWord(word)) topicWords.add(word);
    yield;
  }
  const isTopical = (words: readonly string[]) => {
    if (words.some((word) => topicWords.has(word))) return true;
    const analysis = analyzer.analyze(words.join(' '));
    return (
      analysis.nutrients.length > 0 ||
      analysis.facets.length > 0 ||
      analysis.namesSubjectWord ||
      analysis.uncovered.length > 0
    );
  };
  /** Whether `text` names what the base covers: a nutrient or a subject word (not an uncovered topic). */
  const namesBaseContent = (text: string): boolean => {
    const analysis = analyzer.analyze(text);
    return analysis.nutrients.length > 0 || analysis.namesSubjectWord;
  };
  const { safety } = options;
  // How a person says they feel in body (framing.feelingWords: "kinda washed out today", "I'm shattered", "under the
  // weather"): a complaint, never small talk read by the cues or the small-talk model ("off", "out" and "all in" read
  // as leaving, "washed" as a clean slate). A sign the safety screen reads gets the safety net before the model reads
  // anything; its namesSymptom is not asked here, as it takes "tight lines" (an angler's goodbye) for a symptom.
  // A feeling told as fine ("feeling okay, just looking around", "feel much better now") is no complaint; told as
  // not fine ("not feeling great") it is.
  const feelingPhrases = kb.content.framing.feelingWords.map((phrase) => normalizeText(phrase));
  const saysHowOneFeels = (text: string): boolean => {
    const words = expandWords(normalizeText(text).split(' '));
    const padded = ` ${words.join(' ')} `;
    return feelingPhrases.some((phrase) => {
      if (!padded.includes(` ${phrase} `)) return false;
      if (!FEEL_VERBS.has(phrase)) return true;
      return words.some(
        (word, i) =>
          word === phrase &&
          (NOT_FINE.has(words[i - 1] ?? '') || !words.slice(i + 1, i + 4).some((next) => FINE.has(next))),
      );
    });
  };
  // Terms that name only the subject: the topic words of the framing, the subject words; nutrients are "#id".
  const framingTopicWords = new Set(kb.content.framing.topicWords);
  const taskWords = new Set(kb.content.framing.taskWords.map((word) => normalizeText(word)));
  const subjectTerms = new Set(
    [...framingTopicWords, ...kb.subjectWords].flatMap((word) => analyzer.analyze(word).terms),
  );
  const framing = new SmallTalkFraming(
    kb.content.framing,
    language,
    {
      namesContent: (words) => {
        const analysis = analyzer.analyze(words.join(' '));
        return analysis.nutrients.length > 0 || analysis.namesSubjectWord || analysis.uncovered.length > 0;
      },
      // "student nurse", "carer for my dad", "driver with dodgy knees", "who sits all day"; not "runner with numb
      // toes" nor "who gets dizzy": a symptom or an onset the screen reads, or a red flag. A body part, a routine
      // or a duration alone is a situation ("back on track", "all day").
      namesSign: (words) => {
        const text = words.join(' ');
        return safety.namesSymptom(text) || safety.triage(text) !== null;
      },
      namesBaseContent: (words) => namesBaseContent(words.join(' ')),
      namesTopic: (words) => isTopical(words),
      namesOnlySubject: (words) => {
        const analysis = analyzer.analyze(words.join(' '));
        return (
          (analysis.terms.length > 0 || words.some((word) => framingTopicWords.has(word))) &&
          analysis.uncovered.length === 0 &&
          analysis.terms.every((term) => term.startsWith('#') || subjectTerms.has(term))
        );
      },
    },
    {
      exact: (clause) => intents.phrase(clause),
      phrases: (clause) => intents.detect(clause),
      cues: (clause) =>
        saysHowOneFeels(clause) ? null : intents.classify(clause, config.smallTalkSimilarity, isTopical),
    },
    config,
  );
  yield;

  /** Set only while `explain` runs: each step and each ranked text is recorded in it. */
  let trace: Pick<Explanation, 'steps' | 'readings'> | undefined;
  const note = (step: string) => trace?.steps.push(step);

  const matchOne = (text: string, context: AnswerContext | undefined, storySentence?: boolean) =>
    matchClause(text, context, clauseDeps, trace?.readings, storySentence);

  const safetyNetTopics: Candidate[] = kb.safety.safetyNet.topics.flatMap((id) => {
    const entry = kb.byId.get(id);
    return entry ? [{ id, title: entry.title, score: 0 }] : [];
  });

  /**
   * A person describing their own current symptoms that triage did not place and matching could not answer is
   * told when to get care, then offered the closest topics: never a bare decline.
   */
  function withSafetyNet(result: AnswerResult, text: string, locale: string | undefined): AnswerResult {
    if (result.kind !== 'fallback' && result.kind !== 'clarify') return result;
    const net = safety.safetyNet(text, locale);
    if (net === null) return result;
    if (result.kind === 'clarify') return { ...result, notice: net };
    return {
      kind: 'fallback',
      reason: 'safety-net',
      notice: net,
      score: result.score,
      runnersUp: result.runnersUp.length > 0 ? result.runnersUp : safetyNetTopics,
    };
  }

  /**
   * Small talk no phrase or cue lists ("sup bot", "who made you?"), recognised by the small-talk model: only when
   * the base had no answer for the message (declined, or unsure enough to ask) and the model is confident.
   */
  function smallTalkIn(text: string, result: AnswerResult): IntentName | null {
    const unanswered =
      (result.kind === 'fallback' && result.reason === 'no-match') ||
      (result.kind === 'clarify' && !result.notice && !result.soon);
    if (!unanswered) return null;
    // The whole message, or each clause the framing does not explain ("hi, nurse here, forget all before"), or, when
    // nothing in the base came close (no options to offer), a request for help closing an introduction ("hi, im 3
    // months post-op, what kind of things can you answer?"): a clause after content the base half-matched ("GP says
    // my B12 is borderline, what is that") asks about that content, and the base offers its options for it.
    const declined = result.kind === 'fallback';
    return (
      (wordCount(text) <= config.smallTalkModelWords ? learnedIntent(text) : null) ??
      framing.read(text, learnedIntent) ??
      (declined && framing.closesWithHelp(text, learnedIntent) ? 'help' : null)
    );
  }

  /**
   * Small talk said beside asides about the person (src/engine/SmallTalkFraming.ts `isAside`): "Hello! I look after
   * my mum, she has type 2 diabetes. Just saying hi for now", "gotta go, kid's crying".
   */
  function smallTalkBesideAsides(text: string): IntentName | null {
    const intent = framing.read(text, learnedIntent, { asides: true });
    if (intent) note(`small talk beside an aside about the person: ${intent}`);
    return intent;
  }

  /** The small-talk model's intent for `text` when it is confident, else null. */
  function learnedIntent(text: string): IntentName | null {
    // A task for the bot to do ("translate hello into Spanish", "can you order pizza", "summarise the notes from this
    // morning") is a request, whatever small talk it names.
    if (
      normalizeText(text)
        .split(' ')
        .some((word) => taskWords.has(word))
    )
      return null;
    // A message that names what the base covers (a nutrient, a subject word) asks about it ("what about water
    // pills, same deal?"), however the model reads its other words.
    if (namesBaseContent(text)) return null;
    // Nor one that says how the person feels: "kinda washed out today" is a complaint, not a goodbye.
    if (saysHowOneFeels(text)) return null;
    const guess = smallTalk.classify(text, smallTalkFunctionWords);
    if (guess.label === 'none' || guess.probability < config.smallTalkModelMin) return null;
    // "does chamomile tea help you sleep", "I'm nervous about the drive, what should I do?" and "are gummies tested
    // like drugs are?" ask about something other than the bot.
    if (framing.asksAboutSomethingElse(text, guess.label)) return null;
    // A question about the bot ("what can you do?", "is this advice?") says little else: when words no example has
    // outnumber the known ones, it is about another topic ("what is bitcoin"). Greetings and thanks may carry
    // words of their own ("hello love", "much obliged").
    const aboutTheBot = guess.label === 'help' || guess.label === 'disclaimer';
    return aboutTheBot && guess.unknownWords > guess.knownWords ? null : guess.label;
  }

  /** The safety net's notice, then a scope notice the message also has (teen figures, no personal dose). */
  function withScopeNotice(result: AnswerResult, notice: ScopeNotice): AnswerResult {
    if ((result.kind !== 'fallback' && result.kind !== 'clarify') || !result.notice) return result;
    return {
      ...result,
      notice: { ...result.notice, message: `${result.notice.message}\n\n${notice.message}` },
    };
  }

  /**
   * A `soon` flag where the base has no answer (a decline, small talk, a scope notice): the advice to see a doctor
   * within days, then the closest topics, as the safety net gives them. It stays a `soon` reply, never an urgent
   * one: "within days" shown as "get care today" would teach people to ignore the real alarms.
   */
  function withSoonAdvice(result: AnswerResult, redFlag: RedFlag): AnswerResult {
    const declined = result.kind === 'fallback' ? result : undefined;
    const notice = declined?.notice?.kind === 'safety-net' ? undefined : declined?.notice;
    return {
      kind: 'fallback',
      reason: declined?.reason === 'scope' ? 'scope' : 'safety-net',
      soon: redFlag,
      ...(notice ? { notice } : {}),
      score: declined?.score ?? 0,
      runnersUp: declined && declined.runnersUp.length > 0 ? declined.runnersUp : safetyNetTopics,
    };
  }

  /**
   * Triage first. Emergency and urgent flags replace the answer; a `soon` flag ("see a doctor within days")
   * is said before an answer or a "Did you mean…", and before the closest topics otherwise.
   */
  function answer(question: Question): AnswerResult {
    const text = stripMentions(question.text ?? '');
    const redFlag =
      text.length > 0 ? safety.triage(text.slice(0, config.triageChars), question.locale) : null;
    note(redFlag === null ? 'triage: no red flag' : `triage: ${redFlag.level} (rule ${redFlag.ruleId})`);
    if (redFlag === null) return answerUnflagged(question, text);
    if (redFlag.level !== 'soon') return { kind: 'urgent', redFlag };
    const result = answerUnflagged(question, text);
    return result.kind === 'answer' || result.kind === 'clarify'
      ? { ...result, soon: redFlag }
      : withSoonAdvice(result, redFlag);
  }

  function answerUnflagged(question: Question, text: string): AnswerResult {
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
    // Small talk in framing first ("hi, student nurse here, got a few questions"; clause by clause, so "cheers, that
    // was really clear" is praise, not the restart cue "clear", and "thank you for the help" is thanks, not "help"),
    // then the phrases among padding, then cues and similar phrases.
    const framed = framing.read(text);
    if (framed) note('small talk read clause by clause (src/engine/SmallTalkFraming.ts)');
    const said = framed ? null : intents.detect(text);
    // "hi, can I ask about my mortgage?" asks about another topic: matched (and declined), never a greeting.
    const otherTopic = !said && !framed && framing.asksAboutAnotherTopic(text);
    if (otherTopic) note('asks leave to ask about another topic: not small talk');
    const intent =
      framed ??
      said ??
      (otherTopic || saysHowOneFeels(text)
        ? null
        : intents.classify(text, config.smallTalkSimilarity, isTopical));
    if (intent) {
      note(`small talk: ${intent}`);
      return { kind: 'help', intent };
    }

    const notice = safety.scope(text);
    if (notice) note(`scope: ${notice.kind}`);
    if (notice?.kind === 'child') {
      const besideChild = otherTopic ? null : smallTalkBesideAsides(text);
      if (besideChild) return { kind: 'help', intent: besideChild };
      return { kind: 'fallback', reason: 'scope', notice, score: 0, runnersUp: [] };
    }
    const matched = matchMessage(text, question.context, matchOne, config, language);
    const result = withSafetyNet(matched, text, question.locale);
    const chat = notice || otherTopic ? null : smallTalkIn(text, result);
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
    const besideAsides = unanswered && !otherTopic ? smallTalkBesideAsides(text) : null;
    if (besideAsides) return { kind: 'help', intent: besideAsides };
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

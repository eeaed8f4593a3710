import type { Entry, KnowledgeBase } from '../knowledge/KnowledgeBase';
import type { FacetKey } from '../knowledge/schema';
import { nutrientOf } from './contextAfter';
import { Analyzer, facetToken, nutrientToken, type Analysis } from './Analyzer';
import { MATCH_DEFAULTS, type MatchConfig } from './config';
import { IntentDetector } from './IntentDetector';
import { MatchIndex, type ScoredEntry } from './MatchIndex';
import type { SafetyScreen } from '../safety/types';
import { hasWords, normalizeText, stripMentions } from '../text';
import type { AnswerContext, AnswerEngine, AnswerResult, Candidate, Question } from './types';

/** Triage reads at most this much of a message: enough for any real description, bounded for cost. */
const TRIAGE_CHARS = 5000;

/** "…cramps and what foods have it": a second question starts at a question word after "and"/"also". */
const CLAUSE_BREAK =
  /[?;]+|\b(?:and|also|plus)\s+(?=(?:what|how|which|does|do|can|could|is|are|why|when|should|where|who|will)\b)/i;

export interface EngineOptions {
  safety: SafetyScreen;
  config?: Partial<MatchConfig>;
}

/** Everything built once from the knowledge base; the per-question work is in `answer`. */
export function createAnswerEngine(
  kb: KnowledgeBase,
  options: EngineOptions,
): AnswerEngine & { index: MatchIndex; analyzer: Analyzer } {
  const config: MatchConfig = Object.freeze({ ...MATCH_DEFAULTS, ...options.config });
  const analyzer = new Analyzer({
    synonyms: kb.synonyms,
    nutrients: kb.nutrients,
    facets: kb.facets,
    uncoveredTopics: kb.uncoveredTopics,
    stopWords: kb.stopWords,
    subjectWords: kb.subjectWords,
    vocabularyTexts: kb.entries.flatMap((entry) => [
      entry.title,
      ...entry.alternates,
      ...entry.tags,
      entry.answer,
      ...entry.points,
      entry.details ?? '',
    ]),
    minTypoLength: config.minTypoLength,
  });
  const index = new MatchIndex(kb.entries, analyzer);
  const intents = new IntentDetector(kb.content.intents);
  // Words the base's questions are about (not small-talk words): one of them makes a message a question.
  const topicWords: ReadonlySet<string> = new Set(
    kb.entries
      .flatMap((entry) => [entry.title, ...entry.alternates, ...entry.tags])
      .flatMap((text) => normalizeText(text).split(' '))
      .filter((word) => word.length > 0 && !intents.isSmallTalkWord(word)),
  );
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
  const { safety } = options;

  const toCandidate = (scored: ScoredEntry): Candidate => ({
    id: scored.entry.id,
    title: scored.entry.title,
    score: round(scored.score),
  });

  // The facet each entry asks about: its own for a nutrient facet, the one its title cues for an FAQ entry
  // ("Why do I get leg cramps at night?" is about cramps), so "could it be low magnesium?" can ask it of a nutrient.
  const facetOf = new Map(
    kb.entries.flatMap((entry): Array<[string, FacetKey]> => {
      if (entry.origin.kind === 'facet') return [[entry.id, entry.origin.facet]];
      const [cued] = analyzer.analyze(entry.title).facets;
      return cued ? [[entry.id, cued]] : [];
    }),
  );

  // What each entry is about, worked out once: the nutrient a follow-up will refer back to.
  const entryNutrient = new Map(kb.entries.map((entry) => [entry.id, nutrientOf(kb, entry)]));
  const contextOf = (entry: Entry, analysis?: Analysis): AnswerContext => ({
    entryId: entry.id,
    nutrientId:
      entryNutrient.get(entry.id) ?? (analysis?.nutrients.length === 1 ? analysis.nutrients[0] : undefined),
  });

  function matchClause(text: string, context: AnswerContext | undefined): AnswerResult {
    const analysis = analyzer.analyze(text);
    const nutrients = [...analysis.nutrients];
    const facets = [...analysis.facets];
    const terms = [...analysis.terms];
    // Follow-ups. The conversation's nutrient is carried only into a message that is little more than a pointer
    // back: "what foods have it?", "and how much do I need?", "who usually gets that?" — a facet cue or a word
    // like "it", with at most FOLLOW_UP_WORDS words of its own, all of them known to the base. Anything longer
    // is a new question and is matched as if it came first ("why do I get cramps at night" after a magnesium
    // answer is not about magnesium; "what are the benefits of zinc" is not about vitamin D).
    const ownTerms = analysis.terms.filter((term) => !term.startsWith('@') && !term.startsWith('#'));
    const facetCued = facets.some((facet) => !analyzer.isWeakFacet(facet));
    const pointer = refersBack(analysis.words);
    // Both a facet cue and a pointer ("is it safe with kidney disease?") leave room for one more word.
    const ownWords = FOLLOW_UP_WORDS + (facetCued && pointer ? 1 : 0);
    const pointsBack =
      (facetCued || pointer) && ownTerms.length <= ownWords && index.unknownShare(ownTerms) === 0;
    if (nutrients.length === 0 && context?.nutrientId && pointsBack) {
      nutrients.push(context.nutrientId);
      terms.push(nutrientToken(context.nutrientId));
    }
    const previous = context?.entryId ? kb.byId.get(context.entryId) : undefined;
    // "and potassium?" after magnesium foods: a nutrient and nothing else asks the same facet of it. "could it be
    // low magnesium?" after the night-cramps answer asks that answer's topic (cramps) of the nutrient.
    const previousFacet = previous ? facetOf.get(previous.id) : undefined;
    if (
      analysis.nutrients.length > 0 &&
      facets.length === 0 &&
      previousFacet !== undefined &&
      ((previous?.origin.kind === 'facet' && ownTerms.length === 0) ||
        (previous?.origin.kind === 'faq' && pointer && ownTerms.length <= 1))
    ) {
      facets.push(previousFacet);
      terms.push(facetToken(previousFacet));
    }
    // An uncovered topic the user names ("and vitamin K?") is declined by name, whatever came before.
    if (analysis.uncovered.length > 0 && analysis.nutrients.length === 0) {
      return {
        kind: 'fallback',
        reason: 'uncovered-topic',
        topic: analysis.uncovered[0],
        score: 0,
        runnersUp: [],
      };
    }
    // A short typed follow-up is most often one of the questions the last answer offered as buttons.
    const offered =
      previous && analysis.terms.length <= config.shortQuestionTerms
        ? new Set(previous.followUps)
        : undefined;
    const ranked = preferOffered(
      index.rank(
        { ...analysis, terms },
        { nutrients, facets },
        offered ? FOLLOW_UP_POOL : config.runnersUp + 1,
      ),
      offered,
    ).slice(0, config.runnersUp + 1);
    // "banana for cramp - myth or fact?": unknown words around a cramp are framing. Around a nutrient alone they
    // are usually another topic ("magnesium for migraines"), so that short question is still declined.
    const framedByCramps = analysis.namesSubjectWord && nutrients.length === 0;
    if (
      !framedByCramps &&
      terms.length <= config.shortQuestionTerms &&
      index.unknownShare(terms) >= config.maxUnknownShare
    ) {
      return {
        kind: 'fallback',
        reason: 'no-match',
        score: round(ranked[0]?.score ?? 0),
        runnersUp: ranked.slice(0, config.runnersUp).map(toCandidate),
      };
    }
    return decide(ranked, {
      ...analysis,
      nutrients,
      // A message that points back ("she takes water tablets, could that be it?") continues the conversation's
      // subject; merely coming next does not ("what's the quickest way to lose weight?").
      onSubject: analysis.onSubject || nutrients.length > 0 || (previous !== undefined && pointer),
    });
  }

  function preferOffered(ranked: ScoredEntry[], offered: ReadonlySet<string> | undefined): ScoredEntry[] {
    if (!offered) return ranked;
    return ranked
      .map((scored) =>
        offered.has(scored.entry.id)
          ? { ...scored, score: Math.min(1, scored.score + config.followUpBonus) }
          : scored,
      )
      .sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
  }

  function decide(ranked: ScoredEntry[], analysis: Analysis): AnswerResult {
    const [top, second] = ranked;
    const runnersUp = ranked.slice(1, config.runnersUp + 1).map(toCandidate);
    // A question plainly about cramps or a nutrient is worth answering from a lower score: its unmatched words
    // are more likely our users' own wording than a sign of another topic.
    const floor = analysis.onSubject ? Math.min(config.minScore, config.subjectMinScore) : config.minScore;
    if (!top || top.score < floor) {
      return {
        kind: 'fallback',
        reason: 'no-match',
        score: round(top?.score ?? 0),
        runnersUp: ranked.slice(0, config.runnersUp).map(toCandidate),
      };
    }
    const lead = top.score - (second?.score ?? 0);
    // A runner-up below the floor is no rival: asking "Did you mean…" with one option only delays the answer.
    const alone = !second || second.score < floor;
    const confident =
      top.score >= config.answerScore
        ? lead >= config.answerMargin || alone
        : analysis.onSubject && (lead >= config.subjectMargin || alone);
    if (confident) {
      return {
        kind: 'answer',
        entry: top.entry,
        score: round(top.score),
        runnersUp,
        context: contextOf(top.entry, analysis),
      };
    }
    const options = ranked
      .filter((candidate) => candidate.score >= top.score - config.clarifyBand && candidate.score >= floor)
      .slice(0, config.maxClarifyOptions)
      .map(toCandidate);
    return {
      kind: 'clarify',
      options,
      score: round(top.score),
      runnersUp,
      context: { nutrientId: analysis.nutrients.length === 1 ? analysis.nutrients[0] : undefined },
    };
  }

  function matchQuestion(text: string, context: AnswerContext | undefined): AnswerResult {
    // A long message is one story around its question(s), not a list of separate questions.
    // It tells its own story, so its "it" and "that" point into the story, not back to the last answer.
    if (text.split(/\s+/).length >= LONG_MESSAGE_WORDS) return focusOnQuestion(text);
    const whole = matchClause(text, context);
    const clauses = text
      .split(CLAUSE_BREAK)
      .map((clause) => clause.trim())
      .filter((clause) => clause.split(/\s+/).length >= 2);
    if (clauses.length < 2) return whole;
    const answers: Array<Extract<AnswerResult, { kind: 'answer' }>> = [];
    let carried = context;
    for (const clause of clauses) {
      const result = matchClause(clause, carried);
      if (result.kind === 'answer') {
        answers.push(result);
        carried = { ...carried, ...result.context };
      }
    }
    const distinct = answers.filter(
      (result, i) => answers.findIndex((other) => other.entry.id === result.entry.id) === i,
    );
    if (distinct.length < 2) return whole.kind === 'answer' || distinct.length === 0 ? whole : distinct[0];
    const [best, other] = [...distinct].sort((a, b) => b.score - a.score);
    return { ...best, also: { id: other.entry.id, title: other.entry.title, score: other.score } };
  }

  /**
   * A long message is mostly story ("My grandmother is 84 and…") around one question. Its question
   * sentences are matched on their own too, and the more confident reading wins.
   */
  function focusOnQuestion(text: string): AnswerResult {
    const sentences = text
      .split(SENTENCE_END)
      .map((sentence) => sentence.trim())
      .filter(Boolean);
    const questions = sentences.filter(
      (sentence) => QUESTION_START.test(sentence) || text.includes(`${sentence}?`),
    );
    if (questions.length === 0) return matchClause(text, undefined);
    const focused = matchClause(questions.join('. '), undefined);
    // A confident answer to the question sentences settles it; otherwise the whole story may say more.
    if (focused.kind === 'answer') return focused;
    const whole = matchClause(text, undefined);
    return rankOf(focused) > rankOf(whole) ||
      (rankOf(focused) === rankOf(whole) && scoreOf(focused) > scoreOf(whole))
      ? focused
      : whole;
  }

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
   * Triage first. Emergency and urgent flags replace the answer; a `soon` flag ("see a doctor within days")
   * is said before an answer or a "Did you mean…", and replaces anything else.
   */
  function answer(question: Question): AnswerResult {
    const text = stripMentions(question.text ?? '');
    const redFlag = text.length > 0 ? safety.triage(text.slice(0, TRIAGE_CHARS), question.locale) : null;
    if (redFlag === null) return answerUnflagged(question, text);
    if (redFlag.level !== 'soon') return { kind: 'urgent', redFlag };
    const result = answerUnflagged(question, text);
    return result.kind === 'answer' || result.kind === 'clarify'
      ? { ...result, soon: redFlag }
      : { kind: 'urgent', redFlag };
  }

  function answerUnflagged(question: Question, text: string): AnswerResult {
    const chosen = question.entryId ? kb.byId.get(question.entryId) : undefined;
    if (chosen) return { kind: 'answer', entry: chosen, score: 1, runnersUp: [], context: contextOf(chosen) };

    if (!hasWords(text)) return { kind: 'fallback', reason: 'empty', score: 0, runnersUp: [] };
    if (text.length > config.maxQuestionChars)
      return {
        kind: 'fallback',
        reason: 'too-long',
        score: 0,
        runnersUp: [],
        limit: config.maxQuestionChars,
      };
    const intent = intents.detect(text) ?? intents.classify(text, config.smallTalkSimilarity, isTopical);
    if (intent) return { kind: 'help', intent };

    const notice = safety.scope(text);
    if (notice?.kind === 'child')
      return { kind: 'fallback', reason: 'scope', notice, score: 0, runnersUp: [] };
    const matched = matchQuestion(text, question.context);
    const result = withSafetyNet(matched, text, question.locale);
    if (!notice || result !== matched) return result;
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

  return { answer, index, analyzer };
}

const round = (score: number) => Math.round(score * 1000) / 1000;

/** A follow-up that carries the conversation's nutrient has at most this many words of its own. */
const FOLLOW_UP_WORDS = 2;

/** Candidates ranked for a follow-up, so an offered entry just outside the top few can still rise. */
const FOLLOW_UP_POOL = 20;

/** Messages of at least this many words are read for their question sentences as well as whole. */
const LONG_MESSAGE_WORDS = 25;
const SENTENCE_END = /(?<=[.!?])\s+|\n+/;
const QUESTION_START =
  /^(?:so |but |and |anyway,? )?(?:what|why|how|which|who|when|where|is|are|does|do|did|can|could|should|would|will|any|has|have)\b/i;

/** Words that point back to what was just discussed. */
const BACK_REFERENCES = new Set([
  'it',
  'its',
  'that',
  'this',
  'them',
  'those',
  'they',
  'these',
  'same',
  'one',
]);
const refersBack = (words: readonly string[]) => words.some((word) => BACK_REFERENCES.has(word));

/** Answers beat questions back, which beat declines; used to pick between two readings of a message. */
const rankOf = (result: AnswerResult) => (result.kind === 'answer' ? 2 : result.kind === 'clarify' ? 1 : 0);
const scoreOf = (result: AnswerResult) => ('score' in result ? result.score : 0);

/**
 * Builds the safety screen from knowledge/safety.yaml (already validated by safetyFileSchema). Everything is
 * compiled here, once: the phrase index, the typo-tolerant vocabulary and each rule's trigger test. A call to
 * triage() is then a single pass over the words of the message, well under a millisecond.
 *
 * Goals: a person describing danger signs is told first and plainly to get care; negated, past, imagined and
 * general mentions of those signs get a normal answer. Non-goals: diagnosing, ranking several conditions, or
 * understanding free text beyond the concepts the curators listed.
 */
import type { SafetyData } from '../knowledge/safetySchema';
import { isEverydayWord, normalizeText, tokenize } from '../text';
import {
  compilePhraseIndexSteps,
  type PhraseMatch,
  type PhraseRole,
  type SafetyIndexData,
} from './compilePhraseIndex';
import { runToEnd, type Steps } from '../util/runSteps';
import { compileTriggers, namesIn, type TriggerTest } from './compileTriggers';
import { dropActivityTimes, type ActivityTimeRule } from './dropActivityTimes';
import { dropFoodAmounts, type FoodAmountRule } from './dropFoodAmounts';
import { dropNamedTitles } from './dropNamedTitles';
import { tellClockSpans } from './tellClockSpans';
import { fillPlaceholders, pickForLocale } from './fillPlaceholders';
import { readSubject, type SubjectReadingRule } from './readSubject';
import { resolveActiveConcepts, type ActiveConcepts } from './resolveActiveConcepts';
import type {
  CautionNotice,
  ClinicalFeatures,
  ConcernReading,
  RedFlag,
  SafetyScreen,
  ScopeNotice,
  UrgencyLevel,
} from './types';
import { segmentMessage, type MessageToken } from './segmentMessage';
import { readsAsTyped, splitRunTogetherTokens, type RunTogetherReading } from './splitRunTogether';

const LEVEL_RANK: Readonly<Record<UrgencyLevel, number>> = { emergency: 0, urgent: 1, soon: 2 };
const NONE: ReadonlySet<string> = new Set();
/** A word heard this often in SUBTLEX-US is a word as typed, never two run together ("rightcalf" is not one). */
const RARE_WORD_MIN_COUNT = 2;
/** Each part of a run-together word is a word heard at least this often, or a triage word. */
const COMMON_WORD_MIN_COUNT = 100;
/** People a lookup never names, beside the `who` features ("he", "she", a message told of oneself without "I"). */
const LOOKUP_PEOPLE: ReadonlySet<string> = new Set(['third-person', 'implicit-self']);

export function createSafetyScreen(data: SafetyData, indexData?: SafetyIndexData): SafetyScreen {
  return runToEnd(safetyScreenSteps(data, indexData));
}

/**
 * The same screen built in small steps (see src/util/runSteps.ts), for a reload that must not stall requests.
 * With `indexData` from an earlier build of the same data by the same code, its compiled phrases are used
 * instead of compiling them again; phrases compiled are kept in it (see SafetyIndexData).
 */
export function* safetyScreenSteps(data: SafetyData, indexData?: SafetyIndexData): Steps<SafetyScreen> {
  const index = yield* compilePhraseIndexSteps(
    collectPhrases(data),
    new Map(Object.entries(data.modifiers.sameWords)),
    indexData,
  );
  yield;
  const segmenting = {
    breakers: new Set(data.modifiers.breakers),
    newStatementWords: new Set(data.modifiers.newStatementWords),
    statementJoiners: new Set(data.modifiers.statementJoiners),
    statementVerbs: new Set(data.modifiers.statementVerbs),
  };
  const namingWords = new Set(data.modifiers.namingWords);
  const runTogether: RunTogetherReading = {
    reads: index.reads,
    isTriageWord: index.has,
    isWord: (word) => isEverydayWord(word, RARE_WORD_MIN_COUNT),
    isCommon: (word) => isEverydayWord(word, COMMON_WORD_MIN_COUNT),
  };
  const sinceWords = new Set(data.modifiers.pastOpeners?.sinceWords ?? []);
  const startWords = new Set(data.modifiers.pastOpeners?.startWords ?? []);
  const leadWords = new Set(data.modifiers.pastOpeners?.leadWords ?? []);
  const timeless = new Set(data.modifiers.timeless);
  const settledWords = new Set(data.modifiers.pastOpeners?.settledWords ?? []);
  const wordsOf = (phrase: string): string[] => segmentMessage(phrase, segmenting).map((token) => token.word);
  const backReferences = (data.modifiers.pastOpeners?.backReferences ?? []).map(wordsOf);
  const negationWindow = data.modifiers.negation.window;
  const activityTime: ActivityTimeRule | undefined = data.modifiers.activityTime && {
    durations: new Set(data.modifiers.activityTime.durations),
    activities: new Set(data.modifiers.activityTime.activities),
    symptoms: new Set(data.modifiers.activityTime.symptoms),
    reach: data.modifiers.activityTime.reach,
    joiners: new Set(data.modifiers.activityTime.joiners),
    onset: new Set(data.modifiers.activityTime.onset),
    onsetJoiners: new Set(data.modifiers.activityTime.onsetJoiners),
    anchors: new Set(data.modifiers.activityTime.anchors),
    elapsed: new Set(data.modifiers.activityTime.elapsed),
  };
  const foodAmounts: FoodAmountRule | undefined = data.modifiers.foodAmounts && {
    amounts: new Set(data.modifiers.foodAmounts.amounts),
    foods: new Set(data.modifiers.foodAmounts.foods),
    forms: new Set(data.modifiers.foodAmounts.forms),
    reach: data.modifiers.foodAmounts.reach,
    namedAmounts: new Set(data.modifiers.foodAmounts.namedAmounts),
    medicines: new Set(data.modifiers.foodAmounts.medicines),
    namedFoods: new Set(data.modifiers.foodAmounts.namedFoods),
    askedBy: data.modifiers.foodAmounts.askedBy.map(wordsOf),
    questionWords: new Set(data.modifiers.foodAmounts.questionWords),
    sequenceWords: new Set(data.modifiers.foodAmounts.sequenceWords),
    askedAs: data.modifiers.foodAmounts.askedAs.map(wordsOf),
  };

  const subjectReading = data.subjectReading;
  const subjectRule: SubjectReadingRule | undefined = subjectReading && {
    adults: new Set(subjectReading.adults),
    children: new Set(subjectReading.children),
    about: new Set(subjectReading.about),
    intake: new Set(subjectReading.intake),
    asking: new Set(subjectReading.asking),
    context: new Set(subjectReading.context),
    recipient: new Set(subjectReading.recipient),
    joiners: new Set(subjectReading.joiners),
    possessives: new Set(subjectReading.possessives),
    possessiveReach: subjectReading.possessiveReach,
    contextReach: subjectReading.contextReach,
    determiners: new Set(subjectReading.determiners),
    subjectReach: subjectReading.subjectReach,
    recipientReach: subjectReading.recipientReach,
  };

  // Emergency rules are tried first, so when several fire the emergency wins; YAML order breaks ties.
  const redFlags = data.redFlags
    .map((rule, order) => ({
      rule,
      order,
      fires: compileTriggers(rule.triggers, rule.unless),
      readsOngoing: rule.longStanding ?? rule.level === 'soon',
    }))
    .sort((a, b) => LEVEL_RANK[a.rule.level] - LEVEL_RANK[b.rule.level] || a.order - b.order);
  const scopeRules = data.scope.map((rule) => ({ rule, fires: compileTriggers(rule.triggers, rule.unless) }));
  const cautions = new Map(data.cautions.map((caution) => [caution.id, caution]));
  const safetyNetFires = compileTriggers(data.safetyNet.triggers, data.safetyNet.unless);
  const netWholeMessage: ReadonlySet<string> = new Set(data.safetyNet.wholeMessage);
  const featureEntries = Object.entries(data.features);
  // What counts as a sign for `concern`: a concept a red flag or the safety net fires on, not one that only
  // annotates (who, which side, a medicine: contextConcepts) or only stops a rule (an `unless` concept).
  // The clinical context of the features (a medicine, a named low level, an injury) is not a sign either: "will
  // skipping fruit give me low potassium" names a condition, it reports nothing noticed.
  const contextNames = new Set([...data.contextConcepts, ...(data.features.context ?? [])]);
  const signNames = new Set(
    [...data.redFlags, data.safetyNet]
      .flatMap((rule) => namesIn(rule.triggers.flat(), true))
      .filter((name) => !contextNames.has(name)),
  );
  const symptomNames = new Set([...(data.features.symptom ?? []), ...(data.features.onset ?? [])]);
  const whoNames = new Set(data.features.who ?? []);
  // What the red-flag rules require to be there (no "!" exclusions, no safety-net-only words): less who, where, the
  // context and the words that only say how, when or how much.
  const notSigns = new Set([
    ...contextNames,
    ...whoNames,
    ...(data.features.site ?? []),
    ...(data.learnedFlag?.notSigns ?? []),
  ]);
  const redFlagSigns = new Set(
    data.redFlags
      .flatMap((rule) => namesIn(rule.triggers.flat(), true))
      .filter((name) => !notSigns.has(name)),
  );
  const hasSign = (names: ReadonlySet<string>): boolean => [...names].some((name) => signNames.has(name));
  // "I had a cramp in my foot last night, wiggled my toes and it passed": an ordinary cramp, over, whoever had it.
  // Whether every sign the message asserts now is one of `allowed` (or says who had it).
  const onlySigns = (current: ReadonlySet<string>, allowed: ReadonlySet<string>): boolean =>
    [...current].every((name) => !signNames.has(name) || whoNames.has(name) || allowed.has(name));
  // "My legs cramp for no reason at all": a cramp now with nothing but where it is and that it hurts.
  const isOrdinaryCramp = (current: ReadonlySet<string>): boolean =>
    current.has('cramp') && onlySigns(current, ORDINARY_CRAMP_SIGNS);
  const isSettledCramp = (current: ReadonlySet<string>, mentioned: ReadonlySet<string>): boolean =>
    mentioned.has(CRAMP_ENDED) && onlySigns(current, SETTLED_CRAMP_SIGNS);

  // "vitamin d overdose symptoms?": a keyword lookup of a sign, naming no one and no amount, reports nothing.
  const lookupEndings = new Set(data.modifiers.lookup?.endings ?? []);
  const lookupMaxWords = data.modifiers.lookup?.maxWords ?? 0;
  const isLookup = (tokens: readonly MessageToken[], mentioned: ReadonlySet<string>): boolean =>
    tokens.length > 0 &&
    tokens.length <= lookupMaxWords &&
    lookupEndings.has(tokens[tokens.length - 1]?.word ?? '') &&
    !tokens.some((token) => /\d/.test(token.word)) &&
    ![...mentioned].some((name) => whoNames.has(name) || LOOKUP_PEOPLE.has(name));

  // One question asks for its concepts up to three times (triage, scope, the safety net), with the same
  // text: the last text's concepts are kept. They are read-only sets, so sharing them is safe.
  let lastText: string | undefined;
  let lastConcepts: ActiveConcepts | undefined;
  let lastScoped: ReadonlySet<string> | undefined;
  let lastTokens: ReturnType<typeof segmentMessage> = [];
  let lastMatches: readonly PhraseMatch[] = [];
  function concepts(text: string): ActiveConcepts {
    if (text === lastText && lastConcepts !== undefined) return lastConcepts;
    lastScoped = undefined;
    const tokens = splitRunTogetherTokens(
      segmentMessage(tellClockSpans(dropNamedTitles(text, namingWords)), segmenting),
      runTogether,
    );
    const found = index.find(tokens);
    const timed = activityTime ? dropActivityTimes(tokens, found, activityTime) : found;
    const matches = foodAmounts ? dropFoodAmounts(tokens, timed, foodAmounts) : timed;
    lastConcepts = resolveActiveConcepts(tokens, matches, {
      negationWindow,
      sinceWords,
      startWords,
      backReferences,
      leadWords,
      settledWords,
      timeless,
    });
    if (isLookup(tokens, lastConcepts.mentioned)) {
      const { mentioned, framed } = lastConcepts;
      lastConcepts = {
        current: NONE,
        ongoing: NONE,
        mentioned,
        framed: new Set([...framed, ...mentioned]),
        ongoingBySentence: [],
      };
    }
    lastText = text;
    lastTokens = tokens;
    lastMatches = matches;
    return lastConcepts;
  }
  /**
   * What scope rules read: the concepts mentioned, and, when the message names a child, whose body it is about
   * (src/safety/readSubject.ts), as `subjectReading.childSubject` / `adultSubject`.
   */
  function scopedConcepts(text: string): ReadonlySet<string> {
    const { mentioned } = concepts(text);
    if (lastScoped !== undefined) return lastScoped;
    let scoped = mentioned;
    if (subjectReading && subjectRule && [...subjectRule.children].some((name) => mentioned.has(name))) {
      const reading = readSubject(lastTokens, lastMatches, subjectRule);
      scoped = new Set([
        ...mentioned,
        ...(reading.child ? [subjectReading.childSubject] : []),
        ...(reading.adult ? [subjectReading.adultSubject] : []),
      ]);
    }
    lastScoped = scoped;
    return scoped;
  }

  function firstFiring<T extends { fires: TriggerTest }>(
    rules: readonly T[],
    present: ReadonlySet<string>,
  ): T | undefined {
    return present.size === 0 ? undefined : rules.find((candidate) => candidate.fires(present));
  }

  const placeholderValues = (locale: string | undefined): Record<string, string> => ({
    emergencyNumber: pickForLocale(data.emergencyNumbers, locale),
    poisonControl: pickForLocale(data.poisonControl, locale),
  });

  /**
   * A word of the message the screen can read: Latin letters only (another script is unread), and, once
   * normalised, read as typed (an English word, a triage word, its stem or a typo of one: see splitRunTogether).
   */
  const isReadableWord = (raw: string): boolean => {
    if (/[^\p{Script=Latin}\P{L}]/u.test(raw)) return false;
    const words = tokenize(normalizeText(raw));
    return words.length > 0 && words.every((word) => readsAsTyped(word, runTogether));
  };

  const glue = data.unreadable?.englishGlue;
  const glueWords = new Set(glue?.words.split(/\s+/).map((word) => normalizeText(word)));
  /**
   * A longer message whose words read as near English but that has almost none of English's small words ("the",
   * "and", "is", "my"): another language written with English-looking words (`unreadable.englishGlue`).
   */
  const lacksEnglishGlue = (text: string, wordCount: number, readShare: number): boolean => {
    if (glue === undefined || wordCount < glue.minWords || readShare > glue.maxReadShare) return false;
    const tokens = tokenize(normalizeText(text));
    return (
      tokens.length > 0 &&
      tokens.filter((token) => glueWords.has(token)).length / tokens.length < glue.maxGlueShare
    );
  };

  return {
    triage(text: string, locale?: string): RedFlag | null {
      const { current, ongoing } = concepts(text);
      const found =
        ongoing.size === 0
          ? undefined
          : redFlags.find((candidate) => candidate.fires(candidate.readsOngoing ? ongoing : current));
      if (found === undefined) return null;
      const values = placeholderValues(locale);
      const { rule } = found;
      return {
        level: rule.level,
        ruleId: rule.id,
        title: rule.title,
        action: fillPlaceholders(rule.action, values),
        why: fillPlaceholders(rule.why, values),
        sources: rule.sources.map((source) => ({ ...source })),
      };
    },

    scope(text: string): ScopeNotice | null {
      const found = firstFiring(scopeRules, scopedConcepts(text));
      return found === undefined
        ? null
        : { kind: found.rule.kind, ruleId: found.rule.id, message: found.rule.message };
    },

    safetyNet(text: string, locale?: string): ScopeNotice | null {
      const { ongoing, ongoingBySentence } = concepts(text);
      if (ongoing.size === 0) return null;
      // The whole message, or one sentence of it read with who the message is about: "Achilles a bit stiff first
      // thing. Does vitamin D matter for tendons?" tells a complaint, then asks a topic question.
      const firesInASentence = (): boolean => {
        const whole = [...ongoing].filter((name) => netWholeMessage.has(name));
        return ongoingBySentence.some((sentence) => safetyNetFires(new Set([...sentence, ...whole])));
      };
      if (!safetyNetFires(ongoing) && !(ongoingBySentence.length > 1 && firesInASentence())) return null;
      return {
        kind: 'safety-net',
        ruleId: 'safety-net',
        message: fillPlaceholders(data.safetyNet.message, placeholderValues(locale)),
      };
    },

    features(text: string): ClinicalFeatures {
      const { ongoing } = concepts(text);
      const features: Record<string, string[]> = {};
      for (const [feature, names] of featureEntries) {
        const present = names.filter((name) => ongoing.has(name));
        if (present.length > 0) features[feature] = present;
      }
      return features;
    },

    concern(text: string): ConcernReading {
      const { current, ongoing, framed, mentioned } = concepts(text);
      if (isSettledCramp(current, mentioned)) return 'settled';
      if (isOrdinaryCramp(current)) return 'ordinary-cramp';
      if (hasSign(current)) return 'current';
      if (hasSign(ongoing)) return 'long-standing';
      return hasSign(framed) ? 'framed' : 'unknown';
    },

    tellsSign(text: string): boolean {
      const { current } = concepts(text);
      return [...current].some((name) => redFlagSigns.has(name));
    },

    namesSymptom(text: string): boolean {
      const { mentioned, framed } = concepts(text);
      return [...mentioned, ...framed].some((name) => symptomNames.has(name));
    },

    unreadable(text: string, locale?: string, answered = false): ScopeNotice | null {
      const rule = data.unreadable;
      if (rule === undefined) return null;
      if (answered && rule.answeredMinWords === undefined) return null;
      const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
      if (words.length < (answered ? Math.max(rule.minWords, rule.answeredMinWords ?? 0) : rule.minWords))
        return null;
      const readShare = words.filter(isReadableWord).length / words.length;
      if (readShare > rule.maxReadShare && !lacksEnglishGlue(text, words.length, readShare)) return null;
      return {
        kind: 'unreadable',
        ruleId: 'unreadable',
        message: fillPlaceholders(rule.message, placeholderValues(locale)),
      };
    },

    caution(id: string): CautionNotice | undefined {
      const caution = cautions.get(id);
      return caution === undefined
        ? undefined
        : { id: caution.id, text: caution.text, sources: caution.sources.map((s) => ({ ...s })) };
    },
  };
}

function collectPhrases(data: SafetyData): Array<{ phrase: string; role: PhraseRole }> {
  const { modifiers } = data;
  const entries: Array<{ phrase: string; role: PhraseRole }> = [];
  const add = (phrases: readonly string[], role: PhraseRole): void => {
    for (const phrase of phrases) entries.push({ phrase, role });
  };
  const named = (rules: ReadonlyArray<{ triggers: string[][]; unless: string[] }>): Set<string> =>
    new Set(rules.flatMap((rule) => namesIn([...rule.triggers.flat(), ...rule.unless])));
  const inRules = named([...data.redFlags, ...data.scope]);
  const inTriggers = new Set(
    [...data.redFlags, ...data.scope, data.safetyNet].flatMap((rule) => namesIn(rule.triggers.flat())),
  );
  const inNet = named([data.safetyNet]);
  const reading = data.subjectReading;
  const inReading = new Set(
    reading
      ? [...reading.about, ...reading.intake, ...reading.asking, ...reading.context, ...reading.recipient]
      : [],
  );
  const context = new Set(data.contextConcepts);
  for (const [name, phrases] of Object.entries(data.concepts)) {
    // Read by the safety net or the subject reading only: scope and red flags read the message as without them.
    const overlay = (inNet.has(name) || inReading.has(name)) && !inRules.has(name);
    add(phrases, {
      kind: 'concept',
      name,
      background: !inTriggers.has(name) || context.has(name),
      ...(overlay ? { overlay } : {}),
    });
  }
  add(modifiers.negation.before, { kind: 'negation-before' });
  add(modifiers.negation.after, { kind: 'negation-after' });
  add(modifiers.negation.stopAt, { kind: 'negation-stop' });
  add(modifiers.notNegation, { kind: 'not-negation' });
  add(modifiers.past, { kind: 'past' });
  add(modifiers.pastOpeners?.openers ?? [], { kind: 'past-opener' });
  add(modifiers.whyQuestion?.why ?? [], { kind: 'why' });
  add(modifiers.whyQuestion?.status ?? [], { kind: 'status' });
  add(modifiers.recentPast?.times ?? [], { kind: 'recent-past' });
  add(modifiers.recentPast?.settled ?? [], { kind: 'settled' });
  add(modifiers.recentPast?.unsettled ?? [], { kind: 'unsettled' });
  add(modifiers.pastOpeners?.presentTense ?? [], { kind: 'present-tense' });
  add(modifiers.longStanding, { kind: 'long-standing' });
  add(modifiers.present, { kind: 'present' });
  add(modifiers.hypothetical, { kind: 'hypothetical' });
  add(modifiers.general, { kind: 'general' });
  add(modifiers.askedQuestion?.asks ?? [], { kind: 'asked' });
  add(modifiers.askedQuestion?.answeredNo ?? [], { kind: 'answered-no' });
  add(modifiers.ignore, { kind: 'ignore' });
  return entries;
}
/** A cramp told as over, and the signs that may come with it without making it a current concern. */
const CRAMP_ENDED = 'cramp-ended';
/** What an everyday cramp comes with: where it is, that it hurt or woke the person, whose it was. */
const EVERYDAY_CRAMP_SIGNS = [
  'cramp',
  'leg',
  'foot',
  'body-site',
  'body-feeling',
  'pain',
  'woken',
  'third-person',
  'own-symptom',
];
/** The signs of an everyday cramp happening now: no other sign beside them makes it a concern for the learned net. */
const ORDINARY_CRAMP_SIGNS: ReadonlySet<string> = new Set([
  ...EVERYDAY_CRAMP_SIGNS,
  // when it is happening and that it is the writer's ("right now", "keep getting")
  'complaint-now',
  'implicit-self',
  // what is taken for it: a painkiller is a remedy asked about, not a sign ("painkiller is helping for leg cramp or
  // not?"); with no relief in a tight, injured limb the rules read it (compartment syndrome)
  'painkiller',
]);
const SETTLED_CRAMP_SIGNS: ReadonlySet<string> = new Set([
  ...EVERYDAY_CRAMP_SIGNS,
  CRAMP_ENDED,
  // A cramp told by its look ("my toes curled right over").
  'tetany-spasm',
]);

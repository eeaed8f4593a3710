/**
 * The shape of every YAML file under knowledge/. One zod schema per file: it validates at load time
 * (src/knowledge/loadKnowledgeBase.ts) and generates the JSON Schema that editors use while a curator types
 * (npm run kb:schema → knowledge/schema/*.schema.json). Objects are strict: an unknown key is an error, so a
 * typo such as `souces:` is caught instead of silently dropping the sources.
 */
import { z } from '../framework/zod';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** Entry and nutrient ids: lowercase words joined by hyphens, stable forever (buttons and logs carry them). */
export const entryIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, e.g. "magnesium-foods"');

export const sourceSchema = z.strictObject({
  title: nonEmpty.describe('The page title as a reader will see it.'),
  url: z
    .string()
    .url('must be a URL')
    .refine((url) => url.startsWith('https://'), 'must be https')
    .describe('An https page that states the fact.'),
  backs: nonEmpty
    .optional()
    .describe(
      'When the page states only part of the entry: the part it states, in a few words ("the 40% elemental calcium in carbonate"). kb:check lists these, so a curator sees which claims rest on one page.',
    ),
});

/**
 * Why an entry cites one site only, for an entry where no second independent page states its claim (kb:check
 * lists these with their reasons instead of warning about them).
 */
const singleSourceReasonSchema = nonEmpty
  .optional()
  .describe(
    'Why one site is all this entry cites: which other pages were checked and why none states the claim. Remove it once a second site is cited.',
  );

const sourcesSchema = z.array(sourceSchema).min(1, 'needs at least one source');

/** Advice that differs by country (UK vitamin D advice, quinine in the UK and the US). */
export const regionalTextSchema = z.strictObject({
  region: entryIdSchema.describe('A region id from content.yaml `regions`, e.g. "uk".'),
  text: nonEmpty.describe(
    "That region's advice. A reply shows only the user's region when the message locale names it, otherwise every region's text, each after its label.",
  ),
  sources: z
    .array(sourceSchema)
    .min(1, 'needs at least one source')
    .describe("Pages that state that region's advice; cited only when its text is shown."),
});

export const faqEntrySchema = z.strictObject({
  id: entryIdSchema,
  title: nonEmpty.describe('The canonical question, as shown on buttons and card titles.'),
  alternates: z
    .array(nonEmpty)
    .min(1, 'needs at least one alternate phrasing')
    .describe('Other ways people ask this question.'),
  answer: nonEmpty.describe('Plain-language answer, direct answer first, at most ~120 words.'),
  points: z
    .array(nonEmpty)
    .default([])
    .describe(
      'Short bullet points after the answer, e.g. a per-serving food table. The card shows the first 4; the rest go behind "More".',
    ),
  details: nonEmpty
    .optional()
    .describe(
      'Optional extra paragraph, shown behind the card\'s "More" toggle with points beyond the first 4.',
    ),
  regional: z
    .array(regionalTextSchema)
    .default([])
    .describe(
      'Advice that differs by region, shown after the answer: the region of the message locale, or all of them when it is unknown. The answer itself says what holds everywhere.',
    ),
  sources: sourcesSchema,
  singleSourceReason: singleSourceReasonSchema,
  followUps: z.array(entryIdSchema).default([]).describe('Ids of entries offered as next questions.'),
  tags: z.array(nonEmpty).default([]).describe('Topic words that help matching.'),
  cautions: z
    .array(entryIdSchema)
    .default([])
    .describe('Ids of cautions (knowledge/safety.yaml) shown with it.'),
});

/** The nine facets every nutrient record has; each becomes its own answerable entry. */
export const FACET_KEYS = [
  'role',
  'symptoms',
  'cramps',
  'risk',
  'foods',
  'dailyNeed',
  'upperLimit',
  'testing',
  'cautions',
] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

const facetBase = {
  summary: nonEmpty.describe('One or two plain sentences that lead the answer.'),
  points: z.array(nonEmpty).default([]).describe('Short bullet points shown after the summary.'),
  sources: sourcesSchema,
  singleSourceReason: singleSourceReasonSchema,
  cautions: z.array(entryIdSchema).default([]),
};

export const foodItemSchema = z.strictObject({
  food: nonEmpty,
  serving: nonEmpty.optional().describe('e.g. "1 medium" or "1/2 cup, boiled"'),
  amount: nonEmpty.optional().describe('Nutrient per serving as the source gives it, e.g. "422 mg"'),
});

export const intakeRowSchema = z.strictObject({
  group: nonEmpty.describe('Who this applies to, e.g. "Men 31+" or "Women 19–30".'),
  amount: nonEmpty.describe('e.g. "420 mg" or "15 mcg (600 IU)"'),
});

export const nutrientSchema = z.strictObject({
  id: entryIdSchema,
  name: nonEmpty.describe('Display name, e.g. "Vitamin B12".'),
  aliases: z.array(nonEmpty).min(1).describe('Other names people use: "b12", "cobalamin".'),
  facets: z.strictObject({
    role: z.strictObject(facetBase),
    symptoms: z.strictObject(facetBase),
    cramps: z.strictObject(facetBase),
    risk: z.strictObject(facetBase),
    foods: z.strictObject({ ...facetBase, items: z.array(foodItemSchema).min(1) }),
    dailyNeed: z.strictObject({ ...facetBase, table: z.array(intakeRowSchema).min(1) }),
    upperLimit: z.strictObject({ ...facetBase, table: z.array(intakeRowSchema).default([]) }),
    testing: z.strictObject(facetBase),
    cautions: z.strictObject(facetBase),
  }),
});

export const faqFileSchema = z.strictObject({ entries: z.array(faqEntrySchema).min(1) });
export const nutrientFileSchema = z.strictObject({ nutrients: z.array(nutrientSchema).min(1) });

/**
 * How a nutrient facet is asked about. Titles and phrasings are templates: `{name}` becomes the nutrient name,
 * so every nutrient gets the same family of questions without a curator writing 54 entries by hand.
 */
export const facetTemplateSchema = z.strictObject({
  key: z.enum(FACET_KEYS),
  idSuffix: entryIdSchema.describe('Entry id = "<nutrient id>-<idSuffix>", e.g. "magnesium-foods".'),
  title: nonEmpty.describe('Canonical question, with {name}.'),
  alternates: z.array(nonEmpty).min(3).describe('Phrasings with {name}.'),
  cues: z
    .array(nonEmpty)
    .min(1)
    .describe('Words or phrases that signal this facet ("how much", "foods", "too much").'),
  followUps: z.array(z.enum(FACET_KEYS)).default([]).describe('Facets of the same nutrient offered next.'),
  weakCues: z
    .boolean()
    .default(false)
    .describe('Cues that count only when no other facet is cued: "cramps" is in almost every question here.'),
  alongside: z
    .array(z.enum(FACET_KEYS))
    .default([])
    .describe(
      'For a facet with weak cues: it stays cued next to these facets instead of giving way ("my legs cramp, could I be low in magnesium?" fits both the cramps and the symptoms facet).',
    ),
  outranks: z
    .array(z.enum(FACET_KEYS))
    .default([])
    .describe(
      'Facets this one beats when both are cued: "the most vitamin D I should take a day" asks for the upper limit, not the daily need.',
    ),
});

export const facetFileSchema = z.strictObject({
  facets: z.array(facetTemplateSchema).length(FACET_KEYS.length),
});

export const synonymSchema = z.strictObject({
  canonical: nonEmpty.describe('The words the knowledge base uses, e.g. "leg cramp".'),
  variants: z.array(nonEmpty).min(1).describe('What people type instead, e.g. "charley horse".'),
});

/** Near-scope topics the base deliberately does not cover, so the bot can say so by name. */
export const uncoveredTopicSchema = z.strictObject({
  name: nonEmpty.describe('How the reply names it, e.g. "vitamin C".'),
  terms: z.array(nonEmpty).min(1).describe('Phrases that mean the user asks about it.'),
  coveredWith: z
    .array(nonEmpty)
    .default([])
    .describe(
      'Phrases that, named with the topic, make the question one an entry answers ("B6" with "cramps" or "numbness"): such a question is matched as usual; the topic alone is still declined by name.',
    ),
  see: sourceSchema
    .optional()
    .describe(
      'A page on the topic from an allowed site: the decline says where to look (messages.uncoveredTopicSee).',
    ),
});

export const synonymFileSchema = z.strictObject({
  synonyms: z.array(synonymSchema).default([]),
  subjectWords: z
    .array(nonEmpty)
    .default([])
    .describe(
      'Words that put a question squarely on this base\'s subject ("cramp", "deficiency"); naming a nutrient does too. Such a question may be answered at a lower score.',
    ),
  uncoveredTopics: z.array(uncoveredTopicSchema).default([]),
});

/**
 * One lower-case word as the matcher compares it after normalising: letters and digits only, Latin letters without
 * accents (normalising strips them), and lower-case letters of other scripts ("бот", a Cyrillic address word).
 */
const languageWord = z
  .string()
  .regex(
    /^(?:[a-z0-9]|(?!\p{Script=Latin})[\p{Ll}\p{Lo}\p{Nd}])+$/u,
    'must be one lower-case word of letters and digits, Latin letters without accents (compared after normalising)',
  );

/**
 * For `superRefine` on a list whose items are each listed once: a repeat adds nothing and hides a curator's slip, so
 * it is reported at its own index (and so at its own line), naming where it first stands.
 */
export function eachOnce(items: readonly string[], context: z.RefinementCtx): void {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const earlier = first.get(item);
    if (earlier === undefined) first.set(item, index);
    else
      context.addIssue({
        code: 'custom',
        path: [index],
        message: `"${item}" is already listed at [${earlier}]`,
      });
  });
}

/** A list of words, each once: a repeat is reported at its own line. */
const wordList = (description: string) => z.array(languageWord).superRefine(eachOnce).describe(description);

/** knowledge/language.yaml: the everyday English the answer engine reads past or reads specially. */
export const languageFileSchema = z.strictObject({
  stopWords: wordList('Function words that carry no topic: dropped before matching.'),
  asides: wordList(
    'Words around a question that say nothing about its topic (discourse filler, texting shorthand, "mum"): dropped before matching, but not small-talk padding.',
  ),
  hedges: wordList('Words that soften a question without changing it; facet cues are read past them.'),
  fillers: wordList('Words that pad small talk without changing it ("ok thanks", "hi there").'),
  backReferences: wordList(
    'Words that point back to what was just discussed ("it", "that"): a short message with one inherits the conversation\'s subject and is never small talk.',
  ),
  questionWords: wordList('Wh-words ("what", "how"): they make a message ask something.'),
  quantityWords: wordList('Quantity words ("much", "too"): never small-talk padding.'),
  questionOpeners: wordList(
    'Words that open a yes/no question ("does", "can"); with the question words they find question sentences and second questions.',
  ),
  sentenceOpeners: wordList(
    'Words that open a question only at the start of a sentence ("any", "have"): after "and" they usually go on with a statement.',
  ),
  clauseJoiners: wordList('Words that may join two questions in one message ("and", "also").'),
  sentenceLeadIns: wordList('Words that may lead into a question sentence ("so", "anyway").'),
  negatingWords: wordList(
    'Words whose next content word is what the question is not about ("no", "without").',
  ),
  negationBridges: wordList('Words that may stand between "no" and what it denies ("no sign of swelling").'),
  notNegated: wordList('Words after which "no" denies nothing ("for no reason", "no idea").'),
});

/** What a curated vocabulary category names: the grouping is for curators; matching treats every kind alike. */
export const VOCABULARY_KINDS = ['medicine', 'condition', 'life-stage', 'diet', 'measurement'] as const;

/** Many surface words for one concept the base already uses: a drug class with its generic and brand names. */
export const vocabularyCategorySchema = z.strictObject({
  name: nonEmpty.describe('What the category is, for curators, e.g. "proton pump inhibitors (PPIs)".'),
  kind: z.enum(VOCABULARY_KINDS),
  concept: nonEmpty.describe(
    'The words the knowledge base uses for the whole category, e.g. "acid reducers"; every member reads as these.',
  ),
  members: z
    .array(nonEmpty)
    .min(1)
    .describe('Every name people use for it: generic and brand names, lay names, spellings.'),
  sources: z
    .array(sourceSchema)
    .min(1)
    .describe(
      'Pages (https, on a domain policy.yaml allows) that name the class and what it does to the nutrients the entries cover.',
    ),
});

export const vocabularyFileSchema = z.strictObject({
  categories: z.array(vocabularyCategorySchema).default([]),
  medicineForms: wordList(
    'Nouns that name a medicine by its form ("tablets", "medicine"): a member or synonym ending in one ("heartburn tablets") also reads said the other way round ("tablets for heartburn", "for the …", "for my …").',
  ).default([]),
});

const intentSchema = z.strictObject({
  phrases: z.array(nonEmpty).min(1).describe('Whole messages that mean this (compared after normalising).'),
  cues: z
    .array(nonEmpty)
    .default([])
    .describe(
      'Words or short phrases that signal this intent inside a short message that names nothing the base covers ("wipe the chat" → restart). Write the concept\'s vocabulary, not whole messages.',
    ),
  reply: nonEmpty,
});

const intentNameSchema = z.enum(['greeting', 'thanks', 'help', 'restart', 'disclaimer', 'goodbye']);

/** One kind of framing: what people say around small talk that asks the base nothing (src/engine/SmallTalkFraming.ts). */
const framingKindSchema = z.strictObject({
  name: entryIdSchema.describe('What the kind is, e.g. "introduction".'),
  intent: intentNameSchema
    .optional()
    .describe(
      'The small talk a clause of this kind says ("got a few questions" asks for help); none when it only pads other small talk ("have a good day").',
    ),
  statement: z
    .boolean()
    .default(false)
    .describe(
      'Only as a statement: a clause asked as a question ("?", or opening with "is", "what") is not this kind.',
    ),
  patterns: z
    .array(nonEmpty)
    .default([])
    .describe(
      'Whole clauses, word by word after normalising: "a|an" is either word, "word?" may be left out, {who} is up to six words naming no nutrient, subject word, uncovered topic or sign the safety screen reads ("student nurse"), {what} the same but signs allowed ("write recipes"), {topic} names only the base\'s subject ("vitamin D", "minerals"), {place} is as {who} but names no part of the body ("the lambing shed", not "my toes"), {said} is up to eight words of what someone else says, thinks or wants, a clause of its own naming no nutrient, subject word, uncovered topic, sign or number ("you\'re just a computer").',
    ),
  cores: z
    .array(nonEmpty)
    .default([])
    .describe('A clause with one of these words or phrases and otherwise only `words` is of this kind.'),
  words: wordList('The words that may stand beside a core.').default([]),
  about: z
    .boolean()
    .default(false)
    .describe('A core clause may end with "about {topic}" ("can I ask something about vitamins").'),
  aside: z
    .boolean()
    .default(false)
    .describe(
      'A clause of this kind tells about someone or something else, as an aside does ("chap at the bar says you\'re just a computer"): beside it a question is about the bot only when it names the bot and points back at nothing.',
    ),
  signsOff: z
    .boolean()
    .default(false)
    .describe(
      'A clause of this kind closes a letter ("Kind regards", "Yours truly"): the clauses after it, when they are a few words that ask nothing and name nothing the base covers nor a sign, are the writer\'s name, titles and initials ("Lt. Col. (Ret.) F. Abbott"), not something said.',
    ),
  explains: z
    .boolean()
    .default(false)
    .describe(
      'A clause of this kind says the clause before it is why the person asks ("…goes through the one provider, so I do wonder", "hence the question"): read for its asides, that clause is an aside whatever it tells, when it is short, asks and requests nothing and names nothing the base covers nor a sign.',
    ),
});

export const contentFileSchema = z.strictObject({
  botName: nonEmpty,
  disclaimer: z.strictObject({
    short: nonEmpty.describe('One line under every answer.'),
    full: nonEmpty.describe('Shown in the welcome and on "disclaimer".'),
  }),
  welcome: nonEmpty.describe('Greeting and what the bot can answer.'),
  starters: z.array(entryIdSchema).min(3).max(5).describe('Entry ids offered as starter questions.'),
  regions: z
    .array(
      z.strictObject({
        id: entryIdSchema.describe('What entries\' `regional` texts name, e.g. "uk".'),
        label: nonEmpty.describe('Shown before that region\'s text, e.g. "In the UK".'),
        locales: z
          .array(z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a locale like "en-GB"'))
          .min(1)
          .describe('Message locales that mean the user is in this region ("en-GB").'),
        names: z
          .array(nonEmpty)
          .default([])
          .describe('Words that name the region in a question ("uk", "nhs"): they win over the locale.'),
      }),
    )
    .default([])
    .describe('Regions whose advice differs; entries give their text in `regional`.'),
  intents: z.strictObject({
    greeting: intentSchema,
    thanks: intentSchema,
    help: intentSchema,
    restart: intentSchema,
    disclaimer: intentSchema,
    goodbye: intentSchema,
  }),
  framing: z
    .strictObject({
      topicWords: wordList(
        'Words that, with nutrient names and subject words, name the base\'s subject in a {topic} ("vitamins", "minerals").',
      ).default([]),
      questionSubjects: wordList(
        'With the back-references: a question opener before one of these asks something ("is this good", "are you sure"), so the clause is no statement.',
      ).default([]),
      clauseVerbs: wordList(
        'Words a {who} or {what} never holds: with them it is a clause of its own ("the pain is here"), not a role.',
      ).default([]),
      botWords: wordList(
        'Words that name the bot: a request for help closing an introduction addresses it ("what can you answer?", "what can this help with?"); "what should I do" asks advice.',
      ).default([]),
      addressWords: wordList(
        'What people call the bot when they address it, and the words that go with a name ("bot", "robot", "the", "dear"): a clause of only these beside other small talk says nothing of its own ("bye, robot" is a goodbye, "thanks, bot" thanks).',
      ).default([]),
      requestWords: wordList(
        'Words that make a statement a request ("I need a plumber", "please recommend a café"): such a clause is never an aside beside small talk.',
      ).default([]),
      taskWords: wordList(
        'Tasks people ask a bot to do ("translate", "summarise", "order", "recommend"): a message naming one is a request, never small talk read by the small-talk model.',
      ).default([]),
      personWords: wordList(
        'Words that say a statement is about someone ("I", "my", "she"): an aside about the person beside small talk names one; "melatonin for jet lag" names a topic.',
      ).default([]),
      feelingWords: z
        .array(nonEmpty)
        .superRefine(eachOnce)
        .default([])
        .describe(
          'How a person says they feel in body ("washed out", "shattered", "under the weather"), words or short phrases: a message naming one is a complaint, never small talk read by the cues or the small-talk model.',
        ),
      worryWords: wordList(
        'Words that tell a worry ("worried", "scared", "nervous"): a worry told, then "what should I do?" not naming the bot, asks advice on the worry, not help with the bot.',
      ).default([]),
      botThings: wordList(
        'Words for the bot and what it says or keeps ("your", "answers", "data"): with botWords and addressWords, a question whether something is checked or to be trusted is about the bot only when it names one.',
      ).default([]),
      otherThings: wordList(
        'Things of the person\'s other apps, devices, accounts and reading ("password", "router", "article", "syllabus"): starting over, resetting or leaving one is a task for it, never starting over or leaving here, and asking the topics of one asks about it, not what the bot covers.',
      ).default([]),
      carers: wordList(
        'People the person sees for care ("doctor", "gp", "pharmacist"): how to talk with one ("how do I bring it up with my GP?") asks advice, not what the bot does.',
      ).default([]),
      kinds: z.array(framingKindSchema).default([]),
    })
    .default({
      topicWords: [],
      questionSubjects: [],
      clauseVerbs: [],
      botWords: [],
      addressWords: [],
      requestWords: [],
      personWords: [],
      taskWords: [],
      feelingWords: [],
      worryWords: [],
      botThings: [],
      otherThings: [],
      carers: [],
      kinds: [],
    })
    .describe(
      'What people say around small talk that asks the base nothing: a self-introduction, an announcement of questions, a pleasantry. A message of only small talk and framing is small talk.',
    ),
  messages: z.strictObject({
    fallback: nonEmpty,
    uncoveredTopic: nonEmpty.describe('Used when the question names a topic we do not cover: {topic}.'),
    uncoveredTopicSee: nonEmpty
      .default('For more on {topic}, see [{title}]({url}).')
      .describe('Added to that decline when the topic has a `see` page: {topic}, {title}, {url}.'),
    clarify: nonEmpty,
    noneOfThese: nonEmpty.describe('Label of the "None of these" button.'),
    noneOfTheseReply: nonEmpty,
    empty: nonEmpty,
    tooLong: nonEmpty.describe('{max} is replaced with the character limit.'),
    attachmentOnly: nonEmpty,
    sourcesHeading: nonEmpty,
    relatedHeading: nonEmpty,
    moreLabel: nonEmpty.describe('Label of the card button that shows the rest of a long answer ("More").'),
    alsoAsked: nonEmpty.describe('Label for the second question of a two-question message.'),
    feedbackThanks: nonEmpty,
    feedbackSorry: nonEmpty,
    helpfulLabel: nonEmpty,
    notHelpfulLabel: nonEmpty,
    error: nonEmpty.describe('Shown when something fails inside the bot.'),
  }),
});

/** A message labelled by someone who never saw the phrase lists: small talk (its intent) or not (`none`). */
export const smallTalkExampleSchema = z.strictObject({
  text: nonEmpty,
  intent: z.enum(['greeting', 'thanks', 'help', 'restart', 'disclaimer', 'goodbye', 'none']),
});

/** Labelled small talk and look-alikes, one set per writer: the small-talk model's examples. */
export const smallTalkExamplesFileSchema = z.strictObject({
  sets: z
    .array(
      z.strictObject({
        name: nonEmpty.describe("One writer's set; cross-validation leaves one set out at a time."),
        about: nonEmpty.describe('Who wrote it, and when it was first measured.'),
        learnedFrom: z
          .boolean()
          .default(true)
          .describe(
            "false: measured (held out in cross-validation) but not learned from, by the shipped model or by the other sets' folds, until learning from it has been checked against the look-alikes of the matching sets.",
          ),
        messages: z.array(smallTalkExampleSchema).min(1),
      }),
    )
    .min(1),
});

/** Knowledge-base policy: the lint rules a curator works to. */
export const policyFileSchema = z.strictObject({
  allowedSourceDomains: z
    .array(nonEmpty)
    .min(1)
    .describe('A source URL host must be one of these or end in ".<domain>".'),
  maxAnswerWords: z.number().int().positive(),
  maxReadingGrade: z.number().positive(),
  maxMeanReadingGrade: z.number().positive().describe('Mean Flesch-Kincaid grade of all answers.'),
  maxFirstSentenceWords: z
    .number()
    .int()
    .positive()
    .describe(
      'The first sentence answers the question (yes, no, a number, "it depends on…") in this many words.',
    ),
  cardPoints: z
    .number()
    .int()
    .nonnegative()
    .describe(
      'Points shown on the card before the "More" toggle; maxAnswerWords counts the answer and these.',
    ),
  sourceTopics: z
    .array(
      z.strictObject({
        urlPrefix: nonEmpty.describe('Sources whose URL starts with this…'),
        topics: z.array(nonEmpty).min(1).describe('…cover these topics: a citing entry must mention one.'),
      }),
    )
    .default([])
    .describe('A cheap check that a source is cited only for what it covers.'),
  minAlternates: z.number().int().nonnegative(),
  maxQuestionSimilarity: z
    .number()
    .min(0)
    .max(1)
    .describe('Two phrasings of different entries above this are too alike.'),
  seedVerbatimWords: z
    .number()
    .int()
    .positive()
    .describe('A run of this many seed-article words copied verbatim fails.'),
});

export type Source = z.infer<typeof sourceSchema>;
export type FaqEntryData = z.infer<typeof faqEntrySchema>;
export type RegionalText = z.infer<typeof regionalTextSchema>;
export type NutrientData = z.infer<typeof nutrientSchema>;
export type FacetTemplate = z.infer<typeof facetTemplateSchema>;
export type SynonymData = z.infer<typeof synonymSchema>;
export type UncoveredTopic = z.infer<typeof uncoveredTopicSchema>;
export type VocabularyData = z.infer<typeof vocabularyFileSchema>;
export type VocabularyCategory = z.infer<typeof vocabularyCategorySchema>;
export type ContentData = z.infer<typeof contentFileSchema>;
export type PolicyData = z.infer<typeof policyFileSchema>;
export type LanguageData = z.infer<typeof languageFileSchema>;
export type SmallTalkExampleSet = z.infer<typeof smallTalkExamplesFileSchema>['sets'][number];
export type FoodItem = z.infer<typeof foodItemSchema>;
export type IntakeRow = z.infer<typeof intakeRowSchema>;

/** One claim of the seed article and the entries that answer it (knowledge/coverage.yaml). */
export const seedClaimSchema = z.strictObject({
  id: entryIdSchema,
  claim: nonEmpty.describe('The claim in a few words.'),
  entries: z.array(entryIdSchema).min(1).describe('Entry ids that answer it.'),
  question: nonEmpty.describe(
    'A paraphrased question a person might ask about it (not copied from alternates).',
  ),
  expect: z
    .array(nonEmpty)
    .min(1)
    .describe('Key facts: each must appear (case-insensitive) in the text of the answer the engine gives.'),
});

export const coverageFileSchema = z.strictObject({ claims: z.array(seedClaimSchema).min(1) });
export type SeedClaim = z.infer<typeof seedClaimSchema>;

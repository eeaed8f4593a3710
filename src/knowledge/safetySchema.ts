/**
 * The shape of knowledge/safety.yaml: red flags, cautions and scope rules. Everything a curator may want to
 * change (trigger words, reply wording, phone numbers, negation cues) is data here, never code.
 *
 * Triggers are written with named concepts: a concept is a list of phrases that mean the same thing, and a
 * trigger is an all-of group of concept names (`[leg, swelling, pain]`). A group element may offer
 * alternatives with `|` (`swelling|redness`). The cross-reference checks at the bottom make a typo in a
 * concept name or placeholder fail at load time, naming the rule.
 */
import { z } from '../framework/zod';
import { eachOnce, entryIdSchema, sourceSchema } from './schema';
import { alternativesProblem } from '../text';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const sourcesSchema = z.array(sourceSchema).min(1, 'needs at least one source');

/** Placeholders a reply text may use; anything else in braces is a typo. */
export const SAFETY_PLACEHOLDERS = ['emergencyNumber', 'poisonControl'] as const;

/** Caution ids other knowledge files refer to; each must be defined. */
export const REQUIRED_CAUTION_IDS = [
  'kidney-disease',
  'potassium-medicines',
  'pregnancy',
  'quinine',
] as const;

const MAX_CAUTION_WORDS = 40;

const lowercaseWord = z.string().regex(/^[a-z]+$/, 'one lowercase word');
/** A list of single lowercase words, empty unless the file gives some. */
const wordsSchema = (description: string) => z.array(lowercaseWord).default([]).describe(description);

const conceptNameSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'concept names are lowercase words joined by hyphens, e.g. "chest-pain"',
  );

const phraseSchema = nonEmpty
  .describe(
    'Words as a person types them. Matching ignores case, punctuation and word endings ("swelling" also ' +
      'matches "swells") and tolerates one typo in words of five letters or more. Between two words one extra ' +
      'word may stand ("heart racing" matches "heart is racing"); "*" allows up to four ("can * move * legs"). ' +
      '"10+" matches a number of 10 or more, "0-15" one from 0 to 15, "#" any number (digits or words). ' +
      '"=word" matches only that exact word ("=cramps" is not "cramp"). "(a|b|c)" offers alternatives, each ' +
      'making its own phrase ("(laptop|printer) * seizure"); an empty one makes the group optional ("(the|) pot").',
  )
  .superRefine((phrase, ctx) => {
    const problem = alternativesProblem(phrase);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  });

const localeMapSchema = z
  .record(
    z.string().regex(/^(default|[a-z]{2,3}(-[A-Z]{2})?)$/, 'keys are "default" or locales like "en-GB"'),
    nonEmpty,
  )
  .refine((map) => 'default' in map, 'needs a "default" entry for unknown locales');

/** One all-of group: every element must be present (element "a|b" means a or b). */
const triggerGroupSchema = z
  .array(
    z
      .string()
      .regex(
        /^!?[a-z0-9-]+(\|[a-z0-9-]+)*$/,
        'write concept names, alternatives joined by "|"; a leading "!" means none of them is present',
      ),
  )
  .min(1, 'a trigger group names at least one concept');

export const redFlagRuleSchema = z.strictObject({
  id: entryIdSchema,
  level: z
    .enum(['emergency', 'urgent', 'soon'])
    .describe(
      'emergency: call the emergency number now; urgent: get care today; soon: see a doctor within days.',
    ),
  title: nonEmpty.describe('Short name of the danger, shown as the card title.'),
  triggers: z
    .array(triggerGroupSchema)
    .min(1, 'needs at least one trigger group')
    .describe('Any one group firing raises the flag; a group fires when all of its concepts are present.'),
  unless: z
    .array(conceptNameSchema)
    .default([])
    .describe('Concepts that, when present, stop this rule firing.'),
  longStanding: z
    .boolean()
    .optional()
    .describe(
      'Also fire on signs told as ongoing for weeks or months ("for months", "every night"). Default: true for ' +
        '`soon` rules, false otherwise.',
    ),
  action: nonEmpty.describe('The instruction, said first. May use {emergencyNumber} and {poisonControl}.'),
  why: nonEmpty.describe('One sentence: what this could be and why it cannot wait.'),
  sources: sourcesSchema,
});

export const cautionSchema = z.strictObject({
  id: entryIdSchema,
  text: nonEmpty
    .refine(
      (text) => text.split(/\s+/).length <= MAX_CAUTION_WORDS,
      `must be at most ${MAX_CAUTION_WORDS} words`,
    )
    .describe('A short, plain warning shown with answers that list this caution id.'),
  sources: sourcesSchema,
});

export const scopeRuleSchema = z.strictObject({
  id: entryIdSchema,
  kind: z.enum(['child', 'teen', 'personal-advice']),
  triggers: z.array(triggerGroupSchema).min(1, 'needs at least one trigger group'),
  unless: z.array(conceptNameSchema).default([]),
  message: nonEmpty.describe('The reply: kind, plain, says why, and who can help instead.'),
});

export const safetyNetSchema = z.strictObject({
  triggers: z
    .array(triggerGroupSchema)
    .min(1, 'needs at least one trigger group')
    .describe('A message describes the person’s own current symptoms when any one group fires.'),
  unless: z.array(conceptNameSchema).default([]),
  wholeMessage: z
    .array(conceptNameSchema)
    .default([])
    .describe(
      'Each sentence is also read alone, so a remedy asked in one sentence does not hide a complaint told in ' +
        'another; these concepts (who the message is about) are read from the whole message even then.',
    ),
  message: nonEmpty.describe(
    'The reply before the closest topics: when to get care. May use {emergencyNumber}.',
  ),
  topics: z
    .array(entryIdSchema)
    .default([])
    .describe('Entries offered when matching found no close topic (e.g. when-to-see-doctor).'),
});

export const unreadableSchema = z.strictObject({
  minWords: z
    .number()
    .int()
    .min(1)
    .default(3)
    .describe('Only a message of at least this many words is judged (a lone "Bonjour" is not).'),
  maxReadShare: z
    .number()
    .min(0)
    .max(1)
    .default(0.5)
    .describe(
      'A message is unreadable when no more than this share of its words are English words or words the screen ' +
        'knows (another script counts as unread).',
    ),
  answeredMinWords: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe(
      'An unreadable message of at least this many words gets the unreadable reply even when matching found an ' +
        'answer: an answer matched on the few English words of a longer story in another language is a guess. ' +
        'Shorter ones ("magnesium ki kami ke symptoms?") keep their answer. Unset: only a message nothing answered ' +
        '(the safety net included).',
    ),
  englishGlue: z
    .strictObject({
      minWords: z
        .number()
        .int()
        .min(1)
        .describe(
          'Only a message of at least this many words is judged this way (a short note may drop them).',
        ),
      maxReadShare: z
        .number()
        .min(0)
        .max(1)
        .describe(
          '... whose share of readable words is no more than this (telegraphic English reads higher) ...',
        ),
      maxGlueShare: z
        .number()
        .min(0)
        .max(1)
        .describe('... and whose share of English small words (`words`) is below this, is unreadable too.'),
      words: nonEmpty.describe(
        "English's small words, separated by spaces: articles, pronouns, prepositions, auxiliaries, conjunctions.",
      ),
    })
    .optional()
    .describe(
      'A longer message of words near English but without the small words English cannot do without: a ' +
        'creole or another language written with English-looking words (Solomon Islands Pijin "Dadi blong mi hem ' +
        'sidaon fo kaikai"), read word by word as English though it is not.',
    ),
  message: nonEmpty.describe(
    'The reply to an unreadable message with no answer: says the bot reads English, then when to get care. ' +
      'May use {emergencyNumber}.',
  ),
});

export const learnedFlagSchema = z.strictObject({
  title: nonEmpty.describe('Short title of the card: the net cannot name a pattern, so it names none.'),
  action: nonEmpty.describe('The instruction, said first: get care today. May use {emergencyNumber}.'),
  why: nonEmpty.describe('One honest sentence: what the message may mean and why it should not wait.'),
  sources: sourcesSchema,
  notSigns: z
    .array(conceptNameSchema)
    .default([])
    .describe(
      'Concepts of the red-flag triggers that say how, when or how much but are no sign on their own (severe, ' +
        'sudden, a dose form): the net speaks only on a message that tells some other sign as happening now.',
    ),
});

/** A phrase list, each phrase once. */
const phraseListSchema = z.array(phraseSchema).superRefine(eachOnce);
const cueListSchema = phraseListSchema.default([]);

export const safetyModifiersSchema = z.strictObject({
  negation: z.strictObject({
    before: cueListSchema.describe('Cues that deny what follows: "no", "not", "without".'),
    after: cueListSchema.describe('Cues that deny what went before: "has gone down", "was ruled out".'),
    window: z
      .number()
      .int()
      .min(1)
      .max(10)
      .describe(
        'How far a negation cue reaches, in words that are not themselves signs: "no chest pain, cough or ' +
          'breathlessness" denies all three.',
      ),
    stopAt: cueListSchema.describe('Words that end a negation early: "but", "just", "it is".'),
  }),
  notNegation: cueListSchema.describe(
    'Phrases that contain a negation word but deny nothing: "not sure", "no idea".',
  ),
  past: cueListSchema.describe(
    'Long-ago or long-standing cues: "years ago", "used to". They silence their clause.',
  ),
  pastOpeners: z
    .object({
      openers: cueListSchema.describe(
        'Past cues that, when they open a sentence ("When I was 16, ...", "As a teenager, ..."), make the ' +
          'later chunks of that sentence long ago too.',
      ),
      presentTense: cueListSchema.describe(
        'Words that keep a later chunk in the present ("my calf is swollen"): a chunk holding one, or a ' +
          'present cue, is not reached.',
      ),
      backReferences: z
        .array(z.string().regex(/^[a-z]+( [a-z]+)*$/, 'lowercase words'))
        .default([])
        .describe(
          'Words that open a sentence by pointing back at the one before ("that was", "this was"): with a past ' +
            'cue in their sentence ("That was two years ago, fine now"), the sentence before is long ago too.',
        ),
      settledWords: wordsSchema(
        'Words of being well right before "ever since" or "since then" ("fine ever since"): the trouble told before ended, so the past cue stays past.',
      ),
      leadWords: wordsSchema(
        'Words that open a sentence with a time clause ("After my bypass in 2021 I had …", "When my son was ' +
          'born last year I had …"): a past cue in that first clause opens the sentence as if it stood first.',
      ),
      startWords: wordsSchema(
        'Words that, before a past cue in its chunk, tell a start that goes on: "started simvastatin a month ' +
          'ago and my thighs ache" is long-standing (read by `soon` rules), not past.',
      ),
      sinceWords: wordsSchema(
        'Words that, earlier in the same chunk, turn a past cue into the start of something still going on: ' +
          '"since we moved here two winters ago I feel flat" is ongoing, not past.',
      ),
    })
    .strict()
    .optional(),
  whyQuestion: z
    .object({
      why: cueListSchema.describe('Why-words that open a learning question: "why does", "why is".'),
      status: cueListSchema.describe(
        'Words about how serious a sign counts ("count as an emergency", "a red flag"): after a why-word in ' +
          'the same chunk, what the chunk names is a general question.',
      ),
    })
    .strict()
    .optional(),
  recentPast: z
    .object({
      times: cueListSchema.describe(
        'Recent past times ("last month", "a few weeks back"): past cues only in a message that also tells ' +
          'the event settled (see `settled`).',
      ),
      settled: cueListSchema.describe(
        'Reassurance that an event is over: "no more since", "fine since", "checked by the GP". With one ' +
          'of these, a recent past time silences its clause like a past cue.',
      ),
      unsettled: cueListSchema
        .optional()
        .describe('A return of the event ("had another", "happened again"): the message is not settled.'),
    })
    .strict()
    .optional(),
  longStanding: cueListSchema.describe(
    'Time-course cues of something ongoing for weeks or more: "for months", "every night", "always". They ' +
      'silence their clause for emergency and urgent rules, but `soon` rules (and rules with ' +
      '`longStanding: true`) still read it.',
  ),
  present: cueListSchema.describe('Cues that bring a clause back to now after a past cue: "now", "again".'),
  hypothetical: cueListSchema.describe(
    'Cues that make what follows (to the next comma) imagined: "what if".',
  ),
  general: cueListSchema.describe(
    'Cues that make what follows a general question: "signs of", "can * cause".',
  ),
  askedQuestion: z
    .strictObject({
      asks: cueListSchema.describe(
        'A question someone put to the writer, reported ("the doctor asked me if", "the nurse wanted to know ' +
          'whether"): what follows in its chunk was asked about, and stays as told unless it is answered no.',
      ),
      answeredNo: cueListSchema.describe(
        'The writer\'s answer no, after a reported question ("I said no", "none of that"): what was asked about ' +
          'is denied. The same word denied later ("No tingling, no twitching") answers no too.',
      ),
    })
    .optional(),
  ignore: cueListSchema.describe(
    'Harmless phrases that contain a trigger word ("hot bath", "confused about"). The longer phrase wins, so ' +
      'the trigger word inside them is not read as a symptom.',
  ),
  activityTime: z
    .strictObject({
      durations: z
        .array(conceptNameSchema)
        .min(1)
        .describe('Concepts that are a length of time ("for an hour", "20 mins").'),
      activities: z
        .array(conceptNameSchema)
        .min(1)
        .describe('Concepts that are something a person does or a situation ("cycling", "lectures").'),
      symptoms: z
        .array(conceptNameSchema)
        .default([])
        .describe(
          'Concepts that, standing between an activity and a time, take the time: "walking, cramp for an hour".',
        ),
      reach: z
        .number()
        .int()
        .min(0)
        .max(6)
        .default(0)
        .describe(
          'Most words between an activity and the time after it: "standing at the counter for 8 hours".',
        ),
      joiners: wordsSchema(
        'Words that make a length of time measure the activity after it: "an hour of cycling".',
      ),
      onset: wordsSchema(
        'Words that open a length of time as how far into an activity something began ("after 20 minutes on the bike").',
      ),
      onsetJoiners: wordsSchema(
        'After a time opened by an onset word, words that join the activity it measures: "after 20 minutes on the bike", "after an hour at the gym".',
      ),
      anchors: wordsSchema(
        'Words that, right after a length of time, make it the time since something began ("half an hour ago"), never the length of an activity.',
      ),
      elapsed: wordsSchema(
        'Words that, right before a length of time or opening it, make it the time gone by since something began ("it\'s been 25 mins"), never the length of an activity.',
      ),
    })
    .optional()
    .describe(
      'A length of time measures what stands right before it ("cycling for an hour") or, through a joiner, ' +
        'right after it ("an hour of cycling"): next to an activity it is not read as the symptom lasting.',
    ),
  breakers: wordsSchema('Words that start a new clause, like a full stop would: "but", "now".'),
  sameWords: z
    .record(lowercaseWord, lowercaseWord)
    .default({})
    .describe(
      'Words read as another word everywhere, e.g. barely: not ("can barely breathe" = "can not breathe").',
    ),
  newStatementWords: wordsSchema(
    'After a comma, these words start a new statement; other commas only separate list items.',
  ),
  statementVerbs: wordsSchema(
    'After a comma, a word followed by one of these starts a new statement with its own subject and verb ("no warm-up, calves are agony"): a list item has no verb of its own.',
  ),
  statementJoiners: wordsSchema(
    'Words that join two statements after a comma: ", and now my chest hurts" starts a new statement as ", now my chest hurts" does.',
  ),
  lookup: z
    .object({
      endings: z
        .array(lowercaseWord)
        .min(1)
        .describe('Words that end a keyword lookup ("symptoms", "signs").'),
      maxWords: z.number().int().min(2).describe('The longest lookup, in words.'),
    })
    .strict()
    .optional()
    .describe(
      'A few words ending in a lookup word, naming no one and no number ("vitamin d overdose symptoms?", "dvt ' +
        'signs"), look a sign up: nothing in them is a report.',
    ),
  timeless: z
    .array(conceptNameSchema)
    .default([])
    .describe(
      'Concepts whose phrases already tell a span up to now ("not had a jab since I was a kid"): a past or ' +
        'long-standing cue beside them does not date them; a negation or a "what if" still does.',
    ),
  namingWords: wordsSchema(
    'Words after which a quoted or capitalised title names a thing, not a sign: "a play called \'The Seizure of the Castle\'".',
  ),
  foodAmounts: z
    .strictObject({
      amounts: z
        .array(conceptNameSchema)
        .min(1)
        .describe('Concepts that are an amount taken or an eating word ("a whole bottle", "ate", "took 6").'),
      foods: z
        .array(conceptNameSchema)
        .min(1)
        .describe('Concepts that are a food or a drink ("milk", "almonds").'),
      forms: z
        .array(conceptNameSchema)
        .default([])
        .describe(
          'Concepts that are a medicine form ("tablets", "gummies"): beside one, the amount stays medicine.',
        ),
      reach: z
        .number()
        .int()
        .min(1)
        .max(8)
        .describe('How many words after the amount its object may stand ("a whole tub of salted almonds").'),
      namedAmounts: z
        .array(conceptNameSchema)
        .default([])
        .describe(
          'Amounts told of what they name ("overdosed on Netflix"): a medicine in reach keeps them too ' +
            '("overdosed on paracetamol while watching Netflix").',
        ),
      medicines: z
        .array(conceptNameSchema)
        .default([])
        .describe('Concepts that are a medicine ("paracetamol", "iron"), for `namedAmounts`.'),
      namedFoods: z
        .array(conceptNameSchema)
        .default([])
        .describe(
          'Objects only `namedAmounts` are weighed by ("overdosed on Netflix"): "took 15 ... before the gym" ' +
            'keeps its amount.',
        ),
      askedBy: z
        .array(z.string().regex(/^[a-z]+( [a-z]+)*$/, 'lowercase words'))
        .default([])
        .describe(
          'Words that, right before a named amount, ask whether it happened ("have I overdosed on B vitamins?"): ' +
            'after amounts that were all food, with no tablet or capsule in the message, the question is about ' +
            'that food.',
        ),
      askedAs: z
        .array(z.string().regex(/^[a-z]+( [a-z]+)*$/, 'lowercase words'))
        .default([])
        .describe(
          'Words right before a nutrient that ask whether an amount was too much of it ("ate a whole bag of ' +
            'oranges, too much vitamin C?"): the nutrient is what is asked about, not what the amount held.',
        ),
      sequenceWords: z
        .array(z.string().regex(/^[a-z]+$/, 'one lowercase word'))
        .default([])
        .describe(
          'Words that tell a later act ("ate crisps, then the whole bottle"): an amount told after one measures ' +
            'that act, not the food told before it.',
        ),
      questionWords: z
        .array(z.string().regex(/^[a-z]+$/, 'one lowercase word'))
        .default([])
        .describe(
          'Words that, opening a statement after a comma, ask a question ("…, the whole bag, is that too much ' +
            'magnesium?"): a medicine named in that question is what is asked about, not what an amount told ' +
            'before it held.',
        ),
    })
    .optional()
    .describe(
      'An amount whose object is a food or a drink is a food amount, not an overdose: "drank a whole bottle ' +
        'of milk", "ate a bag of bananas". A medicine form beside it ("a tub of orange gummies") keeps it.',
    ),
});

/**
 * Whose body a message is about when it names a child (src/safety/readSubject.ts): the reading adds
 * `childSubject` or `adultSubject` to the concepts scope rules see.
 */
export const subjectReadingSchema = z.strictObject({
  adults: z
    .array(conceptNameSchema)
    .min(1)
    .describe('Concepts naming the writer or another adult ("I", "my wife").'),
  children: z
    .array(conceptNameSchema)
    .min(1)
    .describe('Concepts naming a child, and the pronouns read as the child when one is named ("he", "her").'),
  about: z
    .array(conceptNameSchema)
    .min(1)
    .describe('Concepts that say something of a body: a symptom, a body part, an intake, a need.'),
  intake: z
    .array(conceptNameSchema)
    .min(1)
    .describe('Concepts of something taken (a nutrient, a dose, a supplement): what a recipient cue gives.'),
  asking: z
    .array(conceptNameSchema)
    .default([])
    .describe(
      'Cues of asking or worrying ("I wonder", "I am worried"): their "I" is the asker, not the body.',
    ),
  context: z
    .array(conceptNameSchema)
    .min(1)
    .describe('Cues right before a child that make it the situation ("feeding the baby", "at my son\'s").'),
  recipient: z
    .array(conceptNameSchema)
    .min(1)
    .describe('Cues right before a child that make it who takes the intake ("give my son", "for toddlers").'),
  joiners: wordsSchema('Words that join two people into one subject ("my son and I").'),
  possessives: wordsSchema(
    'Adult words that own what follows ("my"): a person only for a body word right after them.',
  ),
  possessiveReach: z
    .number()
    .int()
    .min(1)
    .max(4)
    .default(3)
    .describe('Most words from a possessive to the body word it owns ("my left calf", "my vitamin D").'),
  contextReach: z
    .number()
    .int()
    .min(0)
    .max(4)
    .describe('Most words between a context cue and the child, each one of `determiners`.'),
  determiners: wordsSchema(
    'The only words that may stand between a context cue and the child ("feeding the baby").',
  ),
  subjectReach: z
    .number()
    .int()
    .min(1)
    .max(4)
    .default(2)
    .describe(
      'A child with a body word at most this many words after it, nobody between, is its subject even after a context cue.',
    ),
  recipientReach: z
    .number()
    .int()
    .min(0)
    .max(6)
    .describe('Most words between a recipient cue and the child ("give magnesium to my son").'),
  childSubject: conceptNameSchema.describe('The concept added when a child is a subject.'),
  adultSubject: conceptNameSchema.describe('The concept added when an adult is a subject.'),
});

export const safetyFileSchema = z
  .strictObject({
    emergencyNumbers: localeMapSchema.describe('Filled into {emergencyNumber}, chosen by the user locale.'),
    poisonControl: localeMapSchema.describe('Filled into {poisonControl}, chosen by the user locale.'),
    concepts: z
      .record(conceptNameSchema, phraseListSchema.min(1, 'a concept needs at least one phrase'))
      .describe('Named lists of phrases that mean the same thing; triggers use the names.'),
    modifiers: safetyModifiersSchema,
    redFlags: z.array(redFlagRuleSchema).min(1),
    cautions: z.array(cautionSchema).min(1),
    scope: z.array(scopeRuleSchema).default([]),
    safetyNet: safetyNetSchema,
    unreadable: unreadableSchema
      .optional()
      .describe(
        'A message mostly in words the screen cannot read (another language or script) that nothing answers gets ' +
          'this reply instead of a plain decline: the screen cannot tell whether it tells a danger sign.',
      ),
    learnedFlag: learnedFlagSchema
      .optional()
      .describe(
        'The urgent reply given when no rule fires but the learned net (src/safety/learned/) reads a current ' +
          'red flag. Without it the net never speaks.',
      ),
    contextConcepts: z
      .array(conceptNameSchema)
      .default([])
      .describe(
        'Concepts that annotate (who, side, medicine, risk): their phrases never hide the words inside them.',
      ),
    subjectReading: subjectReadingSchema.optional(),
    features: z
      .record(z.string().regex(/^[a-z-]+$/), z.array(conceptNameSchema).min(1))
      .default({})
      .describe(
        'Clinical features (who, site, symptom, side, severity, onset, context, ingestion) and the concepts ' +
          'that are their values: what `npm run ask` shows and the safety net reads.',
      ),
  })
  .superRefine((file, ctx) => {
    const known = new Set(Object.keys(file.concepts));
    const checkConcepts = (names: readonly string[], path: (string | number)[], owner: string): void => {
      names.forEach((element, index) => {
        for (const name of element.replace(/^!/, '').split('|')) {
          if (!known.has(name)) {
            ctx.addIssue({
              code: 'custom',
              path: [...path, index],
              message: `${owner} names unknown concept "${name}" (define it under concepts:)`,
            });
          }
        }
      });
    };
    const checkPlaceholders = (text: string, path: (string | number)[], owner: string): void => {
      for (const [, name] of text.matchAll(/\{([^}]*)\}/g)) {
        if (!(SAFETY_PLACEHOLDERS as readonly string[]).includes(name ?? '')) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `${owner} uses unknown placeholder {${name}}; use one of ${SAFETY_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
          });
        }
      }
    };
    const seen = new Set<string>();
    file.redFlags.forEach((rule, r) => {
      const owner = `red flag "${rule.id}"`;
      if (seen.has(rule.id))
        ctx.addIssue({ code: 'custom', path: ['redFlags', r, 'id'], message: `duplicate id "${rule.id}"` });
      seen.add(rule.id);
      rule.triggers.forEach((group, g) => checkConcepts(group, ['redFlags', r, 'triggers', g], owner));
      checkConcepts(rule.unless, ['redFlags', r, 'unless'], owner);
      checkPlaceholders(rule.action, ['redFlags', r, 'action'], owner);
      checkPlaceholders(rule.why, ['redFlags', r, 'why'], owner);
      if (rule.level === 'emergency' && !rule.action.includes('{emergencyNumber}')) {
        ctx.addIssue({
          code: 'custom',
          path: ['redFlags', r, 'action'],
          message: `${owner} is an emergency, so its action must say to call {emergencyNumber}`,
        });
      }
    });
    file.scope.forEach((rule, s) => {
      const owner = `scope rule "${rule.id}"`;
      rule.triggers.forEach((group, g) => checkConcepts(group, ['scope', s, 'triggers', g], owner));
      checkConcepts(rule.unless, ['scope', s, 'unless'], owner);
    });
    file.safetyNet.triggers.forEach((group, g) =>
      checkConcepts(group, ['safetyNet', 'triggers', g], 'the safety net'),
    );
    checkConcepts(file.safetyNet.unless, ['safetyNet', 'unless'], 'the safety net');
    checkConcepts(file.safetyNet.wholeMessage, ['safetyNet', 'wholeMessage'], 'the safety net');
    checkPlaceholders(file.safetyNet.message, ['safetyNet', 'message'], 'the safety net');
    if (file.unreadable)
      checkPlaceholders(file.unreadable.message, ['unreadable', 'message'], 'the unreadable reply');
    if (file.learnedFlag) {
      checkConcepts(file.learnedFlag.notSigns, ['learnedFlag', 'notSigns'], 'the learned flag');
      checkPlaceholders(file.learnedFlag.action, ['learnedFlag', 'action'], 'the learned flag');
      checkPlaceholders(file.learnedFlag.why, ['learnedFlag', 'why'], 'the learned flag');
    }
    checkConcepts(file.contextConcepts, ['contextConcepts'], 'contextConcepts');
    checkConcepts(file.modifiers.timeless, ['modifiers', 'timeless'], 'modifiers.timeless');
    const { activityTime } = file.modifiers;
    if (activityTime) {
      checkConcepts(activityTime.durations, ['modifiers', 'activityTime', 'durations'], 'activityTime');
      checkConcepts(activityTime.activities, ['modifiers', 'activityTime', 'activities'], 'activityTime');
      checkConcepts(activityTime.symptoms, ['modifiers', 'activityTime', 'symptoms'], 'activityTime');
    }
    const { foodAmounts } = file.modifiers;
    if (foodAmounts) {
      for (const key of ['amounts', 'foods', 'forms'] as const)
        checkConcepts(foodAmounts[key], ['modifiers', 'foodAmounts', key], 'modifiers.foodAmounts');
    }
    const { subjectReading } = file;
    if (subjectReading) {
      for (const key of ['adults', 'children', 'about', 'intake', 'asking', 'context', 'recipient'] as const)
        checkConcepts(subjectReading[key], ['subjectReading', key], 'subjectReading');
      checkConcepts(
        [subjectReading.childSubject, subjectReading.adultSubject],
        ['subjectReading'],
        'subjectReading',
      );
    }
    for (const [feature, names] of Object.entries(file.features))
      checkConcepts(names, ['features', feature], `feature "${feature}"`);
    const cautionIds = new Set(file.cautions.map((caution) => caution.id));
    for (const id of REQUIRED_CAUTION_IDS) {
      if (!cautionIds.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['cautions'],
          message: `caution "${id}" is missing (other files refer to it)`,
        });
      }
    }
  });

export type SafetyData = z.infer<typeof safetyFileSchema>;
export type RedFlagRuleData = z.infer<typeof redFlagRuleSchema>;
export type SafetyNetData = z.infer<typeof safetyNetSchema>;
export type LearnedFlagData = z.infer<typeof learnedFlagSchema>;
export type ScopeRuleData = z.infer<typeof scopeRuleSchema>;
export type CautionData = z.infer<typeof cautionSchema>;
export type SubjectReadingData = z.infer<typeof subjectReadingSchema>;
export type SafetyModifiers = z.infer<typeof safetyModifiersSchema>;

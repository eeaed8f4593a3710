import { z } from '../framework/zod';
import { readYamlFile } from '../knowledge/readYamlFile';
import { formatIssue } from '../knowledge/KnowledgeBaseError';

export const EVAL_TAGS = [
  'paraphrase',
  'typo',
  'slang',
  'one-word',
  'long',
  'non-native',
  'followup',
  'two-questions',
  'out-of-scope',
  'near-scope',
  'greeting',
  'informal',
  'seed-claim',
  'persona-older',
  'persona-pregnant',
  'persona-vegan',
  'persona-relative',
  'persona-athlete',
  'persona-worker',
  'persona-texting',
  'new-topic',
  'thanks',
  'persona-condition',
  'persona-carer',
  'persona-teen',
  'persona-skeptic',
  'persona-keyword',
  'persona-formal',
  'persona-labs',
  'persona-pharmacy',
  'persona-gut',
  'persona-meds',
  'persona-shift',
  'persona-grandparent',
  'persona-claims',
  'persona-fast',
  'keyword',
  'persona-voice',
  'persona-diet',
  'persona-menopause',
  'persona-traveller',
  'persona-student',
  'persona-nonnative',
  'persona-newparent',
  'persona-performer',
  'persona-cook',
  'persona-budget',
  'persona-office',
  'persona-driver',
  'persona-teacher',
  'persona-recovery',
  'persona-reluctant',
  'persona-gym',
  'persona-weightloss',
  'persona-anxious',
  'persona-us',
  'persona-grand',
  'persona-hiker',
  'persona-fasting',
  'persona-spouse',
  'persona-chronic',
  'persona-newcomer',
  'persona-kitchen',
  'persona-cyclist',
  'persona-gardener',
  'persona-disability',
  'persona-africa',
  'persona-cancer',
  'persona-southasia',
  'persona-military',
  'persona-pet',
  'persona-insomnia',
  'persona-farm',
  'persona-caribbean',
  'persona-gamer',
  'persona-trades',
  'persona-eastasia',
  'persona-sea',
  'persona-hospitality',
  'persona-latam',
  'persona-aussie',
  'persona-musician',
  'dialect',
  'persona-arabic',
  'persona-european',
  'persona-angler',
  'persona-biker',
  'persona-bursty',
  // dev20: cruise passengers and touring retirees, people on hormone therapy, sickle cell, thalassaemia or coeliac
  // disease, East and South-East Asian speakers, rural US English, jokers, bakers and night-shift workers.
  'persona-cruise',
  'persona-trans',
  'persona-sickle-thal-coeliac',
  'persona-esl',
  'persona-rural',
  'persona-joker',
] as const;

export const evalQuestionSchema = z
  .strictObject({
    text: z.string().min(1),
    expect: z.enum(['answer', 'fallback', 'help']),
    ids: z.array(z.string().min(1)).default([]),
    /** The entry answered just before, for follow-ups. */
    after: z.string().min(1).optional(),
    tags: z.array(z.enum(EVAL_TAGS)).default([]),
  })
  .refine(
    (question) => question.expect !== 'answer' || question.ids.length > 0,
    'an "answer" question needs accepted ids',
  );

export const evalFileSchema = z.strictObject({ questions: z.array(evalQuestionSchema).min(1) });
export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

/** Loads the labelled question set, failing with file:line on any malformed item. */
export function loadQuestionSet(path: string, display = path): EvalQuestion[] {
  const result = readYamlFile(path, display, evalFileSchema);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.value.data.questions;
}

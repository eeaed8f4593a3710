import { shippedEngine, shippedKb } from '../support/testKit';

const engine = shippedEngine();
const kb = shippedKb();

/** How people name each nutrient in plain words (not always its display name). */
const SPOKEN_NAMES: Record<string, string> = {
  'vitamin-d': 'vitamin d',
  'vitamin-b12': 'vitamin b12',
  thiamin: 'thiamine',
  magnesium: 'magnesium',
  potassium: 'potassium',
  calcium: 'calcium',
};

/** One plain-words question per facet, worded differently from the facet templates in knowledge/facets.yaml. */
const PLAIN_QUESTIONS: Record<string, string> = {
  role: 'what is {n} used for in the body',
  symptoms: 'what are the symptoms of low {n}',
  cramps: 'can being low in {n} give me leg cramps',
  'at-risk': 'who is most likely to run low on {n}',
  foods: 'which foods contain {n}',
  'daily-need': 'how much {n} should an adult get each day',
  'upper-limit': 'what is the most {n} that is safe per day',
  testing: 'how does a doctor check my {n} level',
  cautions: 'are {n} supplements safe with my other medicines',
};

const cases = kb.nutrients.flatMap((nutrient) =>
  Object.entries(PLAIN_QUESTIONS).map(([suffix, template]) => [
    template.replace('{n}', SPOKEN_NAMES[nutrient.id] ?? nutrient.name.toLowerCase()),
    `${nutrient.id}-${suffix}`,
  ]),
);

describe('every facet of every nutrient is answerable as its own question', () => {
  it('covers all six nutrients and nine facets', () => {
    expect(cases).toHaveLength(54);
    for (const [, id] of cases) expect(kb.byId.has(id)).toBe(true);
  });

  it.each(cases)('"%s" → %s', (question, id) => {
    const result = engine.answer({ text: question });
    expect(result.kind === 'answer' ? result.entry.id : result.kind).toBe(id);
  });
});

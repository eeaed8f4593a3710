import { findNearCopies, NEAR_COPY_OVERLAP } from '../../src/eval/nearCopies';

const phrasing = (text: string) => ({ text, entryId: 'some-entry' });
const isCopy = (question: string, curated: string) =>
  findNearCopies([question], [phrasing(curated)]).length > 0;

describe('near copies: a question that nearly repeats a curated phrasing, or the other way round', () => {
  it('counts two texts as near copies when each shares 80% of its words with the other', () => {
    expect(NEAR_COPY_OVERLAP).toBe(0.8);
  });

  it.each([
    [
      'the same words, other case and punctuation',
      'What foods have Magnesium??',
      'what foods have magnesium',
      true,
    ],
    [
      'a contraction spelled out',
      "what's the upper limit for magnesium",
      'what is the upper limit for magnesium',
      true,
    ],
    ['one word of five changed', 'what illnesses cause leg cramps', 'what diseases cause leg cramps', true],
    [
      'one word of ten added',
      'why do i get cramps in my legs at night',
      'why do i get cramps in my legs at night time',
      true,
    ],
    ['two words of four changed', 'foods with magnesium', 'drinks with potassium', false],
    [
      'the question inside a much longer phrasing',
      'leg cramps at night',
      'why do i keep getting leg cramps at night',
      false,
    ],
    [
      'a much longer question around the phrasing',
      'why do i keep getting leg cramps at night',
      'leg cramps at night',
      false,
    ],
  ])('%s: "%s" and "%s" → %s', (_name, question, curated, expected) => {
    expect(isCopy(question, curated)).toBe(expected);
    // The check is symmetric: a phrasing copied from a question is caught as surely as the reverse.
    expect(isCopy(curated, question)).toBe(expected);
  });

  it('names the question, the phrasing and its entry, and lets a caller exempt pairs about different subjects', () => {
    const curated = [
      { text: 'which foods are high in magnesium', entryId: 'magnesium-foods' },
      { text: 'which foods are high in potassium', entryId: 'potassium-foods' },
    ];
    const question = 'Which foods are high in magnesium?';
    expect(findNearCopies([question], curated)).toEqual([
      { question, phrasing: 'which foods are high in magnesium', entryId: 'magnesium-foods' },
      { question, phrasing: 'which foods are high in potassium', entryId: 'potassium-foods' },
    ]);
    const sameNutrient = (text: string, other: string) =>
      text.toLowerCase().includes('magnesium') === other.includes('magnesium');
    expect(findNearCopies([question], curated, sameNutrient).map((copy) => copy.entryId)).toEqual([
      'magnesium-foods',
    ]);
  });

  it('ignores a question with no words', () => {
    expect(findNearCopies(['?!'], [phrasing('what foods have magnesium')])).toEqual([]);
  });
});

import { shippedEngine } from '../support/testKit';

const engine = shippedEngine();
const answered = (text: string) => {
  const result = engine.answer({ text });
  return result.kind === 'answer' ? result.entry.id : result.kind;
};

describe('an FAQ entry whose phrasing the question says whole shares a cued facet’s lift', () => {
  it.each([
    ['Will vitamin D supplements help my leg cramps?', 'vitamin-d-supplements-cramps'],
    ['do magnesium supplements help leg cramps', 'magnesium-supplements-cramps'],
    ['should i take magnesium for night cramps', 'magnesium-supplements-cramps'],
  ])('"%s" → %s', (text, id) => {
    expect(answered(text)).toBe(id);
  });

  it('without a whole phrasing the cued facet keeps its lift', () => {
    expect(answered('is magnesium linked to cramps')).toBe('magnesium-cramps');
  });
});

describe('how a lack would feel, asked ahead, cues the symptoms facet', () => {
  it.each([
    ['how would I feel if my magnesium got low', 'magnesium-symptoms'],
    ['how will i feel if i dont get enough vitamin d', 'vitamin-d-symptoms'],
  ])('"%s" → %s', (text, id) => {
    expect(answered(text)).toBe(id);
  });
});

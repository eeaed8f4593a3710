import { shippedEngine } from '../support/testKit';

// A teacher's or a coach's framing around a question (knowledge/language.yaml `asides`: teaching and coaching
// frames): the class, the handout, the pupils or the squad say who the answer is for, not what it is about, so the
// question inside is matched as if asked alone. Worded here, not taken from any measured set.
const engine = shippedEngine();
const ask = (text: string) => engine.answer({ text });

describe('a question inside a teaching or coaching frame', () => {
  it.each([
    ['how would I explain to my year 8 class what vitamin B12 does', 'vitamin-b12-role'],
    ["for tomorrow's lesson, what causes leg cramps at night?", 'night-leg-cramps'],
    ['explain to my pupils how much vitamin D adults need', 'vitamin-d-daily-need'],
    ['need something for a class handout on what calcium does in the body', 'calcium-role'],
    ['my students keep asking whether vegans get enough B12', 'vegan-b12'],
    ['putting together a worksheet: which foods are high in potassium?', 'potassium-foods'],
    ["what's the easiest way to explain to my team how to stop a cramp", 'stop-cramp-now'],
    ['for my class handout, who is most at risk of low vitamin D?', 'vitamin-d-at-risk'],
  ])('"%s" gets %s', (text, id) => {
    expect(ask(text)).toMatchObject({ kind: 'answer', entry: { id } });
  });
});

describe('a teaching frame around another subject', () => {
  it.each([
    'explain photosynthesis to my year 7 class',
    'can you write a lesson plan on the Tudors',
    'explain the water cycle simply to my year 4s',
  ])('"%s" is declined', (text) => {
    expect(ask(text)).toMatchObject({ kind: 'fallback' });
  });
});

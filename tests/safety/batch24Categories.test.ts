/**
 * Categories learned from sealed batch 24's misses (dancers and swimmers, Parkinson's, MS and stroke, off-duty
 * nurses and paramedics, South-East Asian English, Scottish and Irish dialect, dyslexic spelling, outdoor workers in
 * the heat, HIV and epilepsy medicines, teenage athletes, very literal writers) and dev21's one over-triage, each
 * tested here in wording written for it (not the batch's), with near-misses of the same family.
 */
import { levelOf, ruleOf, safetyScreen } from './loadSafetyData';

describe('cauda equina told in clinical words', () => {
  it.each([
    'paramedic, off shift: altered sensation in the perineal area since this afternoon and I am straining to pass urine, known lumbar disc bulge',
    'HCA here, diminished sensation perianally and urinary retention since lunch, back has been bad all week',
    'bilateral leg weakness and loss of sensation in the saddle region tonight. I have a known disc prolapse',
  ])('"%s" is an emergency', (text) => {
    expect(ruleOf(text)).toBe('cauda-equina');
  });

  it('straining on the toilet with constipation, nothing else, is not', () => {
    expect(
      levelOf('constipated from my iron tablets and straining on the toilet, does magnesium help?'),
    ).toBe('none');
  });
});

describe('urine told as black, brown or the colour of tea, with sore or weak muscles', () => {
  it.each([
    'all my muscles ache and feel weak after the heatwave shift, and my pee is brown like strong coffee',
    'thighs very painful since the marathon yesterday, urine tea coloured this morning',
  ])('"%s" is muscle breakdown', (text) => {
    expect(ruleOf(text)).toBe('dark-urine-sore-muscles');
  });

  it('dark yellow urine on a hot day with no muscle complaint is not', () => {
    expect(
      levelOf('my wee is quite dark yellow on hot days at work, how much water should I drink?'),
    ).not.toBe('emergency');
  });
});

describe('a lasting effect of a known stroke', () => {
  it.each([
    'my father-in-law is a stroke survivor and his right arm stays weak, does he need extra vitamin D?',
    'mum had a stroke 4 years ago and her face still droops a little on the left, is B12 good for nerves?',
    'since his stroke his speech is slurred, which foods help him swallow vitamins?',
  ])('"%s" is not a stroke now', (text) => {
    expect(ruleOf(text)).not.toBe('stroke-signs');
  });

  it.each([
    'she had a stroke years ago but in the last hour her speech has gone slurred again',
    'since his stroke his arm has been weak, but this morning it suddenly got much worse and his face is drooping',
    'I think my husband has had a stroke, his face is drooping and he cannot lift his arm',
    'my gran is a stroke survivor and for 2 hours now her speech is slurred',
  ])('"%s", the same sign new, sudden or worse, is', (text) => {
    expect(ruleOf(text)).toBe('stroke-signs');
  });
});

describe("a teenager's own complaint", () => {
  it('gets the safety net even in a child\'s words ("growing pains")', () => {
    const text = "I'm 15 and my knees get growing pains most evenings after training, should I take calcium?";
    expect(levelOf(text)).toBe('none');
    expect(safetyScreen().safetyNet(text)).not.toBeNull();
  });
});

describe('one leg told against the other, even when both were looked at', () => {
  it.each([
    'I compared both legs in the mirror and the left calf is warmer and fatter than the right, it aches when I walk',
    'checked both calves after my hip op, the left one is much puffier than the other and sore',
  ])('"%s" is a possible clot', (text) => {
    expect(ruleOf(text)).toBe('one-sided-leg-clot');
  });

  it.each([
    'both my calves ache after the gym, the right a bit more than the left',
    'my right calf is more muscular than the left because I kick with it, is that normal?',
  ])('"%s", with nothing swollen, warm or red, is not', (text) => {
    expect(ruleOf(text)).not.toBe('one-sided-leg-clot');
  });
});

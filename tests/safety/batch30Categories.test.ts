/**
 * The categories learned from sealed batch 30 (Somali, Amharic and Tigrinya, Mandarin and Cantonese, Turkish and
 * Kurdish speakers, sight loss, touring musicians, international students, grandparents, carers after a joint
 * replacement, thyroid disease, osteoporosis), each tested in wording written for it, not the batch's.
 */
import { levelOf, ruleOf, safetyScreen } from './loadSafetyData';

describe('compartment syndrome told with a kick to the limb, or with pain beyond anything before', () => {
  it.each([
    'At football a player kicked my shin very hard. Now my shin is tight and swollen, the pain is awful and my toes are numb',
    'After the hill sprints his calf is rock hard and swollen, he says it hurts more than anything he has ever had, and his foot is numb',
  ])('"%s" is an emergency', (text) => {
    expect(ruleOf(text)).toBe('compartment-syndrome');
  });
});

describe('a cramp told with "no release" or "still the same" after stretching', () => {
  it('is a cramp that will not release', () => {
    expect(
      levelOf('my thigh cramp for 25 minutes now, no release, I stretched it and it is still the same'),
    ).toBe('urgent');
  });
});

describe('walking the children somewhere is the adult walking', () => {
  it('calf pain on the school walk that eases with a stop, in a former smoker, is seen within days', () => {
    expect(
      levelOf(
        'Walking my kids to school my right calf aches after a few minutes and eases when I stop. I used to smoke. Is it magnesium?',
      ),
    ).toBe('soon');
  });
});

describe('bones called weak are bone strength, not a weak limb', () => {
  it('"are my bones weak?" after a knock is not a weakness that crept up', () => {
    expect(levelOf('I bumped my knee on the table, a small bruise, I take calcium, are my bones weak?')).toBe(
      'none',
    );
  });
});

describe('tiredness after a run of work and tingling that goes away on moving', () => {
  it('"shattered after a week of nights" gets the safety net', () => {
    const text = 'Shattered after a week of nights. Anything that helps with tiredness?';
    expect(levelOf(text)).toBe('none');
    expect(safetyScreen().safetyNet(text)).not.toBeNull();
  });

  it('"my feet tingle when I kneel, it go away when I stand" is not a weakness that crept up', () => {
    expect(levelOf('my feet get tingling when I kneel in the garden, it go away when I stand')).toBe('none');
  });
});

describe('things muddled up are not a muddled mind', () => {
  it('a muddled conversation is not sudden confusion', () => {
    expect(levelOf('Sorry, I have muddled things up. Can we start again from the beginning?')).toBe('none');
  });

  it.each([
    "she has muddled everything up today and doesn't know where she is, it started this morning",
    'his words are coming out muddled up since an hour ago',
  ])('"%s" still is', (text) => {
    expect(levelOf(text)).toBe('emergency');
  });
});

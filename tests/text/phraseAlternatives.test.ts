import { alternativesProblem, expandAlternatives } from '../../src/text';
import { createSafetyScreen } from '../../src/safety/createSafetyScreen';
import { loadSafetyData } from '../safety/loadSafetyData';

describe('bracketed alternatives in safety phrases', () => {
  it('makes one phrase per alternative, every combination of several groups, and an empty one optional', () => {
    expect(expandAlternatives('(laptop|washing machine) * seizure')).toEqual([
      'laptop * seizure',
      'washing machine * seizure',
    ]);
    expect(expandAlternatives('(the|a) (pot|tub) is empty')).toEqual([
      'the pot is empty',
      'the tub is empty',
      'a pot is empty',
      'a tub is empty',
    ]);
    expect(expandAlternatives('(the|) jar is empty')).toEqual(['the jar is empty', 'jar is empty']);
    expect(expandAlternatives('no brackets here')).toEqual(['no brackets here']);
  });

  it('accepts well-formed groups and plain phrases', () => {
    expect(alternativesProblem('(a|b) c (d|)')).toBeUndefined();
    expect(alternativesProblem('plain words *')).toBeUndefined();
  });

  it('lets a concept written with alternatives match each of them in a message, and nothing else', () => {
    const data = loadSafetyData();
    const screen = createSafetyScreen({
      ...data,
      concepts: {
        ...data.concepts,
        swelling: [...(data.concepts['swelling'] ?? []), '(zorbly|quimbly) wotsit'],
      },
    });
    const symptomsOf = (text: string) => screen.features(text)['symptom'] ?? [];
    expect(symptomsOf('my calf has gone all zorbly wotsit today')).toContain('swelling');
    expect(symptomsOf('my calf has gone all quimbly wotsit today')).toContain('swelling');
    expect(symptomsOf('my calf has gone all wotsit today')).not.toContain('swelling');
  });
});

import fc from 'fast-check';
import {
  boundedEditDistance,
  expandWord,
  joinDigitGroups,
  normalizeText,
  soundKey,
  parseNumber,
  tokenize,
} from '../../src/text';

describe('the text toolkit shared by matching and triage', () => {
  it.each([
    ["I can't breathe", 'i can not breathe'],
    ["my mum's leg won't stop", 'my mum leg will not stop'],
    ['<at>Bot</at> Café B-12?', 'cafe b 12'],
  ])('normalises "%s" to "%s"', (raw, normalized) => {
    expect(normalizeText(raw)).toBe(normalized);
  });

  it('gives normalised text back unchanged, whatever was typed (it is read again in pieces)', () => {
    const typed = fc.string({
      unit: fc.constantFrom(..."abcXYZ019 '’&-<>é?!\n".split(''), "can't", '<at>Bot</at>', 'Café'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(typed, (raw) => {
        const once = normalizeText(raw);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('expands contractions typed without an apostrophe and splits a number from its unit', () => {
    expect(tokenize('cant breathe dont know').flatMap(expandWord)).toEqual([
      'can',
      'not',
      'breathe',
      'do',
      'not',
      'know',
    ]);
    expect(expandWord('1000mg')).toEqual(['1000', 'mg']);
    expect(expandWord('50k')).toEqual(['50000']);
  });

  it('reads numbers in digits, words and with thousands separators', () => {
    expect(parseNumber('twenty')).toBe(20);
    expect(parseNumber('dozen')).toBe(12);
    expect(parseNumber('constructor')).toBeUndefined();
    expect(joinDigitGroups('50,000 IU, then 2,5')).toBe('50000 IU, then 2,5');
  });

  it('measures edit distance with swaps, and gives up past the bound', () => {
    expect(boundedEditDistance('calf', 'claf', 1)).toBe(1);
    expect(boundedEditDistance('swelling', 'sweling', 2)).toBe(1);
    expect(boundedEditDistance('magnesium', 'potassium', 2)).toBe(3);
  });
});

describe('soundKey: spellings written by ear', () => {
  it.each([
    ['minits', 'minutes'],
    ['dubble', 'double'],
    ['sieze', 'seize'],
    ['fone', 'phone'],
  ])('"%s" sounds like "%s"', (spelt, word) => {
    expect(soundKey(spelt)).toBe(soundKey(word));
  });

  it.each([
    ['lugging', 'laughing'],
    ['legs', 'lungs'],
    ['numb', 'name'],
  ])('"%s" does not sound like "%s"', (a, b) => {
    expect(soundKey(a)).not.toBe(soundKey(b));
  });
});

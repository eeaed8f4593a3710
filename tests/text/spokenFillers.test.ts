import { readSpokenFillers } from '../../src/text';

// What people type as they speak (src/text/spokenFillers.ts), in wording written here: a hesitation "er" is no word,
// never the ER; the ER stays wherever it is a place; "I mean," restates; the Newfoundland "b'y" is "boy".
describe('a hesitation "er" is no word, never the ER', () => {
  it.each([
    ['good evening, folks... er, hello', 'good evening, folks... , hello'],
    ['I was, er, wondering', 'I was, , wondering'],
    ['Er, hi', ', hi'],
    ['um er hello', 'um  hello'],
    ['thanks, errr, bot', 'thanks, , bot'],
  ])('"%s" reads "%s"', (written, read) => {
    expect(readSpokenFillers(written)).toBe(read);
  });

  it.each([
    // A place: in capitals, after a word that leads to one, or in a sentence's run.
    'went to the ER, they sent me home',
    'ER, is it worth going?',
    'should I go to er, or wait?',
    'my local er said it was cramp',
    'er doctor said it was nothing',
    'do I need er for this',
    'went to er last night',
    'I was at the er... er, what was I saying',
  ])('"%s" keeps its ER', (written) => {
    expect(readSpokenFillers(written)).toContain(written.includes('ER') ? 'ER' : 'er');
  });

  it('a hesitation beside the ER goes, the ER stays', () => {
    expect(readSpokenFillers('I was at the er... er, what was I saying')).toBe(
      'I was at the er... , what was I saying',
    );
  });

  it('words with "er" in them are untouched', () => {
    expect(readSpokenFillers('never mind, water, err on the side of caution')).toBe(
      'never mind, water, err on the side of caution',
    );
  });
});

describe('"I mean," restates; "b\'y" is "boy"', () => {
  it.each([
    ['Sorry. I mean, are you a robot?', 'Sorry. , are you a robot?'],
    ['I meant... thanks', '... thanks'],
    ["how's it going, b'y?", "how's it going, boy?"],
    ['cheers b’y', 'cheers boy'],
  ])('"%s" reads "%s"', (written, read) => {
    expect(readSpokenFillers(written)).toBe(read);
  });

  it.each(['what do you mean by cramp', 'I mean it, my calf hurts', 'vitamin B, yes', 'by the way'])(
    '"%s" is unchanged',
    (written) => {
      expect(readSpokenFillers(written)).toBe(written);
    },
  );
});

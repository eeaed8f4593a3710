import { shippedEngine } from '../support/testKit';
import { smallTalkChecks } from '../support/smallTalkChecks';

// Issue 11's categories read from writer-18's misses, each in wording written here (not taken from any measured set),
// with look-alikes that must stay what they are: real health questions and requests that are not small talk. Here the
// look-alikes writer-18 showed taken for small talk, by category; each was small talk before.
const engine = shippedEngine();
const { isSmallTalk, isNotSmallTalk } = smallTalkChecks(engine);

describe('whether someone else is a real person or a doctor', () => {
  it.each([
    ['is this a real person?', 'disclaimer'],
    ['is there a real human on the other end?', 'disclaimer'],
    ['is the AI a real doctor?', 'disclaimer'],
  ])('"%s" is still %s: it asks about the bot', isSmallTalk);

  it.each([
    'is Alexa a real person?',
    'is my osteopath a real doctor?',
    'is Cortana a human or a program?',
    'is Father Christmas real?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('how one thing compares with another, asked', () => {
  it.each(['is that quicker than taking tablets?', 'thanks! are gummies better than capsules?'])(
    '"%s" is not small talk',
    isNotSmallTalk,
  );
});

describe("a device's storage or a browser's cache, cleared", () => {
  it.each([
    'my tablet says storage almost full, how do I clear it?',
    'chrome is so slow, how do I clear the cache',
    'my inbox is overflowing, how do I empty it',
  ])('"%s" is not small talk', isNotSmallTalk);
});

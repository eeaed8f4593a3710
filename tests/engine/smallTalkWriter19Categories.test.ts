import { shippedEngine } from '../support/testKit';
import { smallTalkChecks } from '../support/smallTalkChecks';

// Issue 11's categories read from writer-19's misses, each in wording written here (not taken from any measured set),
// with look-alikes that must stay what they are. The block below is the look-alike writer-19 showed taken for small
// talk (asking how a small-talk word is written), each small talk before; the small talk beside it is a guard.
const engine = shippedEngine();
const { isSmallTalk, isNotSmallTalk } = smallTalkChecks(engine);

describe('how a small-talk word is written, asked for a clue, a card or a letter', () => {
  it.each([
    'is it "thank you" or "thankyou" in a formal letter?',
    'how many letters in "hello"?',
    'is "thankyou" written as one word?',
    "should it be 'bye-bye' or 'bye bye' on the card?",
  ])('"%s" is not small talk', isNotSmallTalk);

  it.each([
    ['thanks, sorry for my spelling', 'thanks'],
    ['ta! eight letters for that: GRATEFUL', 'thanks'],
  ])('"%s" is still %s', isSmallTalk);
});

import { compileTriggers } from '../../src/safety/compileTriggers';
import { gotSafetyNet, renderedReply, shippedEngine, shippedKb } from '../support/testKit';

const kb = shippedKb();
const engine = shippedEngine();
const replyTo = (text: string, locale?: string) => renderedReply(engine, kb, text, locale);
const netted = (text: string): boolean => gotSafetyNet(replyTo(text).result);

// Wordings written for this test (not taken from any labelled batch): the person describes their own body, now,
// in ways the bot can neither triage nor answer.
describe('the safety net: the person describes their own body, now', () => {
  it.each([
    // implicit subject: a body site and a feeling, nobody else named
    'shoulders sore and stiff since the house move',
    'elbow throbs after a day on the drill',
    'toes a bit tingly after the long drive, fine once I walk',
    'lower back aching after gardening all weekend',
    'wrist clicking every time I turn it',
    // "I" / "my" and a bodily feeling
    'my eyelid keeps flickering today, really distracting',
    'I feel bloated and sluggish since the new tablets',
    'my fingernails keep splitting and look brittle',
    // implicit "I": "feeling ..." with no one else named
    'feeling drained and foggy this week',
    // a negation takes away the signs, not the body: what is left is still the person's own body now
    'ankle a bit puffy but not red, not hot and no pain',
    // sounds, surfaces and marks of a part
    'my ears keep popping since the cold',
    'my heels have thick cracked skin',
    // the gut, temperature and sleep, felt through the whole body
    'been having reflux most evenings',
    // a symptom had or caught, or one that will not leave, with no subject
    'woke up with a gritty eye',
    "can't get rid of this chesty cough",
    // "I" or "my" with a part of the body, in words no feeling list has
    'my wrist has gone all bendy and wobbly when I lean on it',
    'I think my earlobe has a little hard bit in it',
    // a bare complaint told with when it is happening, no "I" or "my" at all
    'indigestion again after the work lunch',
    'bit of reflux tonight after the takeaway',
    'headache all day from the air con',
    // a small wound of one's own with a feeling; a complaint told with where it came from; lips or hands that crack
    'graze on my elbow stings like mad',
    'eyes sore after the computer for hours straight',
    'knuckles cracked and dry again',
    // soreness after one's own hard exercise, even with a remedy asked
    'first spin class in a year, glutes are so sore, is a hot bath worth it?',
    // a slow change told as a comparison with a past time: ongoing, not the past
    'my knees ache more on the stairs than they used to',
    'hands stiffer in the mornings than a year ago, comes on slowly',
  ])('"%s" gets when to get care, then topics: never a bare decline', (text) => {
    const reply = replyTo(text);
    expect(reply.faq?.level === 'emergency' || reply.faq?.level === 'urgent').toBe(false);
    expect(netted(text)).toBe(true);
    expect(reply.text).toMatch(/when to get care/);
    expect(reply.actions.length).toBeGreaterThan(0);
  });

  it.each([
    // not a body: out of scope, plainly declined
    'my car makes a grinding noise when I brake',
    'my phone screen keeps flickering',
    'my phone screen is cracked and the battery keeps dying',
    'which bike saddle is best for long rides',
    'how much zinc is in pumpkin seeds',
    'what should I cook for a dinner party',
    // someone else's body, named
    'she keeps getting a sore back at work',
    'his shoulders are stiff and achy after the move',
    'her wrist has gone all bendy when she leans on it',
    // a topic question about a remedy or a comparison, not the writer's body
    'best cream for dry skin?',
    'tennis elbow vs golfers elbow, whats the difference',
    'will glucosamine help my joints',
    // past or general
    'what causes a stiff neck in general',
    // a complaint with a time, told of someone else or asked as a topic
    'my husband has heartburn again tonight',
    'what causes heartburn after a big meal',
    // a wound or soreness after exercise, told of someone else
    "my son's graze stings, what cream?",
    'my wife did a marathon and her calves are sore',
  ])('"%s" does not get the safety net', (text) => {
    expect(netted(text)).toBe(false);
  });
});

describe('trigger groups: "!" names concepts that must be absent for that one group', () => {
  const fires = compileTriggers(
    [
      ['site', 'feeling', '!someone-else|topic'],
      ['i', 'feeling'],
    ],
    [],
  );

  it.each([
    [['site', 'feeling'], true],
    [['site', 'feeling', 'someone-else'], false],
    [['site', 'feeling', 'topic'], false],
    [['i', 'feeling', 'someone-else'], true],
    [['site'], false],
  ])('%j fires: %s', (present, expected) => {
    expect(fires(new Set(present as string[]))).toBe(expected);
  });
});

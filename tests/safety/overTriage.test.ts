import { renderedReply, shippedEngine, shippedKb } from '../support/testKit';

const kb = shippedKb();
const engine = shippedEngine();
const replyTo = (text: string, locale?: string) => renderedReply(engine, kb, text, locale);
const levelOf = (text: string): string => {
  const level: unknown = replyTo(text).faq?.level;
  return typeof level === 'string' ? level : 'none';
};
const ruleOf = (text: string): string | undefined => {
  const { result } = replyTo(text);
  if (result.kind === 'urgent') return result.redFlag.ruleId;
  return result.kind === 'help' ? undefined : result.soon?.ruleId;
};

// Wordings written for this test, away from the labelled batches: each row is a category, not a phrase.
describe('a length of time that measures an activity or a situation is not a long cramp', () => {
  it.each([
    'my toes curled into a cramp after two hours of piano practice',
    'had a calf cramp on the way home from a five hour coach trip, gone now',
    'was babysitting on my feet for hours and my calves cramped tonight',
    'got foot cramps during an hour of salsa class',
  ])('"%s" is not alarmed', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    "the cramp in my calf has gone on for 50 minutes and won't relax",
    'hamstring locked in cramp for over an hour after tennis',
  ])('"%s", a cramp that itself lasts and will not let go, stays urgent', (text) => {
    expect(replyTo(text).faq).toMatchObject({
      kind: 'urgent',
      level: 'urgent',
      id: 'cramp-over-ten-minutes',
    });
  });

  it.each([
    'after 5 minutes of walking uphill my calf burns and I must stop, then it passes',
    'every time I walk about 100 yards my calves cramp and it goes off after a rest',
  ])('"%s", calf pain on walking that eases with rest, is its own soon pattern', (text) => {
    expect(levelOf(text)).toBe('soon');
    expect(ruleOf(text)).toBe('walking-calf-pain');
  });
});

describe('frequent cramps: waking the person often, severe, or with no clear cause', () => {
  it.each([
    'cramps keep waking me up at night for the last month',
    'my feet cramp all the time and nothing has changed in my life',
    'thanks! my cramps wake me up most nights though',
  ])('"%s" → soon (frequent-cramps)', (text) => {
    expect(levelOf(text)).toBe('soon');
    expect(ruleOf(text)).toBe('frequent-cramps');
  });

  it.each([
    'I play rugby 4 days a week and get calf cramps in most games',
    'swimmer here, my feet cramp constantly during long sets',
  ])('"%s", cramps with training as the plain cause, gets no triage', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('a soon level is never shown as urgent', () => {
  it.each([
    // the base declines or has no answer
    'after 5 minutes of walking uphill my calf burns and I must stop, then it passes',
    'my feet cramp all the time and nothing has changed in my life',
    // small talk
    'thanks! my cramps wake me up most nights though',
    // the base answers
    'cramps keep waking me up at night for the last month',
  ])('"%s" says "see a doctor within days" first, with level soon and never kind urgent', (text) => {
    const reply = replyTo(text);
    expect(reply.faq?.kind).not.toBe('urgent');
    expect(reply.faq).toMatchObject({ level: 'soon' });
    expect(reply.text).toMatch(/^\*\*See a doctor within the next few days/);
    expect(reply.text).not.toMatch(/Get medical care today|call 999 now/i);
  });

  it('offers the closest topics when the base has no answer', () => {
    const reply = replyTo('after 5 minutes of walking uphill my calf burns and I must stop, then it passes');
    expect(reply.faq).toMatchObject({
      kind: 'fallback',
      reason: 'safety-net',
      level: 'soon',
      id: 'walking-calf-pain',
    });
    expect(reply.actions.length).toBeGreaterThan(0);
  });
});

describe('words with an everyday meaning beside the danger sign', () => {
  it.each([
    ['new saddle on my bike and my bum is sore', 'none'],
    ['my back hurts and I have saddle numbness', 'emergency'],
    ['numbness in the saddle area since this morning', 'emergency'],
    // chest tightness that comes back with a trigger (effort, cold air) is "see a doctor within days"; now, at rest,
    // it is an emergency
    ['my chest gets tight when it gets cold, fine the rest of the time', 'soon'],
    ['my chest is tight right now and I feel sick', 'emergency'],
  ])('"%s" → %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });
});

import { renderedReply, shippedEngine, shippedKb } from '../support/testKit';

const kb = shippedKb();
const engine = shippedEngine();
const replyTo = (text: string, locale?: string) => renderedReply(engine, kb, text, locale);

describe('triage by clinical category: the reply names the reason, the action and the local number', () => {
  it.each([
    ['my left calf is cramping and swollen compared to the right', 'urgent', /clot/i],
    ['since my hip replacement my calf is tight and hot, is it an emergency?', 'urgent', /clot/i],
    ['my chest feels tight and heavy right now', 'emergency', /chest pain/i],
    ['I suddenly cannot catch my breath', 'emergency', /breathing/i],
    ['after my thyroid op my fingers are curling into claws and my lips tingle', 'urgent', /calcium/i],
    ['ran a marathon, muscles agony and I have hardly peed since', 'emergency', /muscle breaks down/i],
    ['my toddler ate half the bottle of vitamin gummies', 'emergency', /poison/i],
    ['I take lisinopril and a salt substitute and my heart keeps skipping', 'emergency', /potassium/i],
    ['my husband drinks heavily and today he is confused and sees double', 'emergency', /thiamin/i],
    ['my back is killing me and I am numb between my legs', 'emergency', /nerves/i],
    ['my dad is having a seizure', 'emergency', /seizure/i],
    ['my jaw is stiff and I can barely open my mouth', 'urgent', /tetanus/i],
    ['got a cramp in my calf and then I passed out', 'emergency', /fainting/i],
    ['this calf cramp has lasted an hour and stretching does nothing', 'urgent', /10 minutes/i],
    [
      'I have been on 50,000 IU vitamin D daily for weeks and now I am always thirsty and being sick',
      'urgent',
      /vitamin D/i,
    ],
  ])('"%s" → %s', (text, level, reason) => {
    const reply = replyTo(text, 'en-GB');
    expect(reply.faq).toMatchObject({ kind: 'urgent', level });
    expect(reply.text).toMatch(reason);
    if (level === 'emergency') expect(reply.text).toMatch(/999/);
  });

  it('gives the poison-control number with an overdose, for every locale that has an emergency number', () => {
    const safety = kb.safety;
    for (const locale of Object.keys(safety.emergencyNumbers)) {
      expect(Object.keys(safety.poisonControl)).toContain(locale);
    }
    expect(replyTo('I swallowed 30 magnesium tablets', 'en-AU').text).toMatch(/13 11 26/);
    expect(replyTo('I swallowed 30 magnesium tablets', 'da-DK').text).toMatch(/82 12 12 12/);
  });
});

describe('the soon level: see a doctor within days, said before the answer', () => {
  it.each([
    'since starting atorvastatin my thighs ache and feel weak',
    'my calves cramp whenever I walk and it eases when I stop',
    'cramps wake me up every night and have done for six weeks',
    'I get cramps with numbness in my feet',
  ])('"%s" gets "see a doctor within days" and the level soon', (text) => {
    const reply = replyTo(text);
    expect(reply.faq).toMatchObject({ level: 'soon' });
    expect(reply.text).toMatch(/^\*\*See a doctor within the next few days/);
  });

  it('keeps the ordinary answer under the soon advice', () => {
    const reply = replyTo('since starting atorvastatin my thighs ache and feel weak');
    expect(reply.faq).toMatchObject({ kind: 'answer', id: 'statins-and-cramps', level: 'soon' });
  });

  it('makes a statin with dark urine an emergency', () => {
    expect(replyTo('started a statin last month, my legs ache and my pee is dark brown').faq).toMatchObject({
      kind: 'urgent',
      level: 'emergency',
    });
  });
});

describe('near-misses are not alarmed', () => {
  it.each([
    'I had a DVT five years ago, can I take magnesium?',
    'what are the signs of a blood clot in the leg?',
    'what if my calf swelled up on a flight?',
    'my calf cramps at night but there is no swelling, redness or heat',
    'is it ok to eat 6 bananas a day for potassium?',
    'my heart races after 4 coffees, is that low magnesium?',
    'my calf went red after a hot bath',
    'my calf is red after football, no swelling',
    'I train twice a day, how much magnesium do athletes need?',
    'what happens if you take too much vitamin D?',
    'my mum had a seizure years ago, can she take magnesium?',
    'my ankles swell a bit in hot weather, both of them',
    'my sister passed out when she gave blood, could it be low iron?',
    'does magnesium stop seizures?',
    'can statins make your urine dark?',
    'my left calf is bigger than my right because I play football',
    "I'm trying to get fit and my calves cramp at night",
    'my calf was swollen after the flight but it is fine now',
    'I get a tight chest when I run in the cold',
  ])('"%s" gets no emergency or urgent reply', (text) => {
    const reply = replyTo(text);
    expect(reply.faq?.level === 'emergency' || reply.faq?.level === 'urgent').toBe(false);
  });

  it('reads "since having my second child" as an adult question, not a child one', () => {
    const reply = replyTo('since having my second child I get leg cramps, which vitamins help?');
    expect(reply.faq).not.toMatchObject({ reason: 'scope' });
    expect(reply.text).not.toMatch(/written for adults/);
  });
});

describe('the safety net: own current symptoms the bot cannot place', () => {
  it('says when to get care, then offers the closest topics, never a bare decline or a food list', () => {
    const reply = replyTo('my legs feel weird and achy all the time');
    expect(reply.faq).toMatchObject({ kind: 'fallback', reason: 'safety-net' });
    expect(reply.text).toMatch(/when to get care/);
    expect(reply.text).toMatch(/Call your local emergency number|Call 911|Call/);
    expect(reply.actions.length).toBeGreaterThan(0);
    expect(reply.actions.map((action) => action.title).join(' ')).not.toMatch(/foods/i);
  });
});

/**
 * Categories learned from sealed batch 12's misses, each tested here in wording written for it (not the batch's),
 * with red flags of the same family that must still fire.
 */
import { levelOf, safetyScreen } from './loadSafetyData';

const screen = safetyScreen();

describe('a sentence that points back and tells a past ("That was two years ago") dates the one before it', () => {
  it.each([
    'My ankle blew up like a balloon and went red after a long coach trip. That was back in 2018, all sorted. Any foods for circulation?',
    'I got so confused and wobbly after a weekend on the vodka that my mates took me to hospital. This was years ago, I am fine now. Is B1 worth taking?',
    'Grandad had a fit at the dinner table. That all happened many years ago, he is on tablets now. Can magnesium help his cramps?',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    [
      'My left calf is swollen and hot after the flight. That was 3 days ago and it is still swollen now.',
      'urgent',
    ],
    [
      'I had a fit years ago. That was the first one. Today I had another and my tongue is bitten.',
      'emergency',
    ],
  ])('a sign still told as now counts: "%s" → %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });
});

describe('a question whether a food binge was an overdose is about the food', () => {
  it.each([
    'ate a whole tub of hummus at the weekend, did I overdose on iron?',
    'drank a whole carton of orange juice today, have I overdosed on potassium or is that silly',
    'finished a jar of Bovril on toast over two days, can you overdose on B vitamins like that?',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    'ate a jar of peanut butter and then took the whole bottle of vitamin D, have I overdosed?',
    'my son ate a packet of biscuits and then overdosed on his iron tablets',
    'had a big bowl of spinach and a handful of magnesium, have I overdosed on magnesium?',
  ])('an amount of the nutrient itself, or an overdose told as fact, stays one: "%s" → emergency', (text) => {
    expect(levelOf(text)).toBe('emergency');
  });
});

describe("an animal's fit, and collapsing in tears or into bed, are not a person's emergency", () => {
  it.each([
    'our spaniel, sorry the dog, had a seizure this morning, vet is checking him. Unrelated: my legs cramp at night',
    'the cat keeps having fits and I am so stressed, could magnesium help me sleep?',
    'our old horse collapsed in the field yesterday. Separately, what is a good source of vitamin D?',
    'after the exam results I collapsed in tears on the kitchen floor, is there a vitamin for stress?',
    'worked a double shift and collapsed into bed, woke with a calf cramp that went after a minute',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    ['the dog jumped up at me and then I had a seizure', 'emergency'],
    ['my dad collapsed on the floor and is not responding', 'emergency'],
  ])('a person still counts: "%s" → %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });
});

describe('a start told with "ago" that goes on ("started it a month ago", "… ever since") is not the past', () => {
  it.each([
    'started atorvastatin six weeks ago and my calves have ached ever since',
    'Began taking rosuvastatin a month ago. Since then my thighs feel weak on the stairs.',
  ])('"%s" → soon (statin muscle pain)', (text) => {
    expect(screen.triage(text)).toMatchObject({ level: 'soon', ruleId: 'statin-muscle-pain' });
  });

  it('a past event before "ever since" stays past for the alarms', () => {
    expect(levelOf('I had a DVT five years ago and have had cramps ever since')).not.toBe('urgent');
  });
});

describe('under-read emergencies: a limb trapped under a weight, swallowing told with "not able"', () => {
  it.each([
    'his hand got trapped under the tractor wheel this afternoon, now it is swollen and tight, the pain is way more than you would expect and his fingers are going dead',
    'caught my lower leg under a fallen gate, it is rock hard and tight and I am in agony',
  ])('"%s" → emergency (compartment syndrome)', (text) => {
    expect(screen.triage(text)).toMatchObject({ level: 'emergency', ruleId: 'compartment-syndrome' });
  });

  it('a stiff jaw after a wound with "not able to swallow" is tetanus spreading', () => {
    expect(
      screen.triage(
        'cut my hand on a rusty gate last week, now my jaw is stiff and I am not able to swallow properly',
      ),
    ).toMatchObject({ level: 'emergency', ruleId: 'tetanus-spreading' });
  });

  it('doubling up on vitamin D for months with thirst and nausea is too much vitamin D', () => {
    expect(
      levelOf(
        'been doubling up on my vitamin D tablets since summer and now I am thirsty and queasy all the time',
      ),
    ).toMatch(/urgent|emergency/);
  });
});

describe("near-misses: a comparison asked, a habit's frequency, numbness that goes on standing", () => {
  it.each([
    'my cousin mentioned rhabdo, is that the same as a really bad cramp?',
    'I get the odd cramp, and I have a couple of beers most nights, do I need more magnesium?',
    'my foot goes tingly when I kneel to garden, it goes once I stand, am I low on B12?',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('the safety net reads an everyday complaint told first and a remedy asked after, or slang for sore', () => {
  it.each([
    'calves feel tight and heavy after a twelve hour shift on my feet, both legs. Anything for that?',
    'always exhausted at the moment, working nights and living on takeaways. Could it be iron?',
    'did squats yesterday and my thighs are absolutely wrecked today, what should I eat to recover?',
  ])('"%s" gets the safety net', (text) => {
    expect(levelOf(text)).toBe('none');
    expect(screen.safetyNet(text)).not.toBeNull();
  });
});

describe('calf pain on walking with the easing told after the stop ("when I stop it goes away")', () => {
  it.each([
    'when I walk up to the post office my calves ache, when I stop for a minute it goes away',
    'after 5 minutes walking the dog my left calf burns, when I rest on a bench it eases',
  ])('"%s" → soon (walking calf pain)', (text) => {
    expect(screen.triage(text)).toMatchObject({ level: 'soon', ruleId: 'walking-calf-pain' });
  });
});

describe('an everyday cramp now, with nothing else noticed, is not a concern the learned net speaks for', () => {
  it.each([
    'my legs cramp for no reason at all',
    'my calves keep cramping up when I work outside in the heat',
    'cramp in my foot right now, hurts like mad',
  ])('"%s" reads as an ordinary cramp', (text) => {
    expect(screen.concern(text)).toBe('ordinary-cramp');
  });

  it.each(['my calf is cramping and it is swollen and hot', 'cramp in my leg and my heart is racing'])(
    'a cramp with another sign is still a current concern: "%s"',
    (text) => {
      expect(screen.concern(text)).toBe('current');
    },
  );
});

describe('not getting up because something holds the person down, and a muscle stuck for a minute, are not paralysis', () => {
  it.each([
    "can't get up because my toddler has fallen asleep on my chest, and now my foot is cramping",
    'my calf is cramping and I cannot get up because the dog is on my legs',
    'my thigh suddenly seized up and I could not move it for a few seconds, is that a cramp?',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    ['the baby is asleep on me and suddenly I cannot move my legs at all', 'emergency'],
    ['I suddenly cannot get up, my legs are numb and weak', 'emergency'],
    ['my calf locked up and I could not move it for 20 minutes, it still will not let go', 'urgent'],
  ])('"%s" → %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });
});

describe('"tight" about money, time or people is not a tight limb, for the rules or the safety net', () => {
  it.each([
    'on a tight budget at the moment and got a couple of questions',
    'money is tight this month, what is the cheapest way to get magnesium?',
    'time is tight in the mornings, can I take vitamin D with my coffee?',
  ])('"%s" is neither triaged nor given the safety net', (text) => {
    expect(levelOf(text)).toBe('none');
    expect(screen.safetyNet(text)).toBeNull();
  });

  it('a tight calf told beside a tight budget still counts', () => {
    expect(screen.safetyNet('money is tight and my calves feel tight after work')).not.toBeNull();
  });
});

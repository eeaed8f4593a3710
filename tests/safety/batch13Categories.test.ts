/**
 * Categories learned from sealed batch 13's misses, each tested here in wording written for it (not the batch's),
 * with red flags of the same family that must still fire.
 */
import { levelOf, safetyScreen } from './loadSafetyData';

const screen = safetyScreen();

describe('someone named before "say" reports what they see; only a bare "say" opens a supposition', () => {
  it.each([
    'my girlfriend says I have been slurring my words since lunch and my face looks droopy on one side',
    'the nurses say he has been talking nonsense since this morning and he can not walk straight, he drinks a bottle of vodka a day',
    'everyone says I have been mumbling gibberish since I woke up',
  ])('"%s" is an emergency', (text) => {
    expect(levelOf(text)).toBe('emergency');
  });

  it('"Say I took two magnesium tablets by mistake, would that hurt?" stays a supposition', () => {
    expect(levelOf('Say I took two magnesium tablets by mistake, would that hurt?')).toBe('none');
  });
});

describe('an emoji ends a sentence, so a long-ago time after it dates only its own sentence', () => {
  it('a jab "since I was a kid" after an emoji leaves the spreading spasms of tetanus now', () => {
    expect(
      levelOf(
        'stood on a rusty nail last week, now my jaw is stiff and my back keeps spasming 😩 no tetanus jab since i was little',
      ),
    ).toBe('emergency');
  });

  it('a clot sign told with an emoji in the middle still counts', () => {
    expect(levelOf('my left calf is swollen 😳 and hot since the long drive')).toBe('urgent');
  });
});

describe('"it has been N minutes" counts from when a cramp began, even after an activity', () => {
  it.each([
    'my calf locked up at the end of the match and it has been 30 minutes, still solid, stretching does nothing',
    'thigh seized halfway through the run and it is been 40 mins now, will not let go',
  ])('"%s" is a cramp that will not release', (text) => {
    expect(levelOf(text)).toBe('urgent');
  });

  it('a time that measures the activity is still the activity: "I have been cycling for 2 hours, calves a bit sore"', () => {
    expect(levelOf('I have been cycling for 2 hours, calves a bit sore')).toBe('none');
  });
});

describe('a foot told as warm and a normal colour is reassurance, not the heat of a clot', () => {
  it('walking calf pain in a smoker with a warm, pink foot is "see a doctor soon"', () => {
    expect(
      levelOf(
        'I smoke and my right calf grips up after walking to the shops, eases when I stand still for a bit. Foot is pink and warm though.',
      ),
    ).toBe('soon');
  });

  it('a swollen calf after a flight is still a possible clot, however the foot looks', () => {
    expect(levelOf('my left calf is swollen and hot after the flight, foot a normal colour and warm')).toBe(
      'urgent',
    );
  });
});

describe('exercise denied outright is no plain cause for frequent or severe cramps', () => {
  it.each([
    'my legs cramp up 3 nights a week lately and I do not even exercise',
    'really bad calf cramps lately and i never go to the gym, what could it be',
  ])('"%s" is "see a doctor soon"', (text) => {
    expect(levelOf(text)).toBe('soon');
  });

  it('cramps with a training habit stay ordinary: "I get cramps 3 times a week after my workouts"', () => {
    expect(levelOf('I get cramps 3 times a week after my workouts')).toBe('none');
  });
});

describe('an event dated in a past year that opens its sentence makes the sentence past', () => {
  it.each([
    "After my gastric sleeve in 2019 I ended up with Wernicke's, the wobbliness, the double vision, the lot. All better now.",
    'After the birth of my son last year I had a clot, the swollen calf, the pain, all of it. Which foods help circulation?',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('the same story with a sign told now still counts', () => {
    expect(levelOf('After my op in 2019 I had a clot. Now my left calf is swollen and red again')).toBe(
      'urgent',
    );
  });
});

describe('numbness that went on standing, or for a moment from sitting on the limb, is not creeping weakness', () => {
  it.each([
    'my foot went dead while I knelt in the garden, went in a minute once I stood up',
    'leg went numb for a second because I sat on it funny, all fine',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('numbness that has crept up for weeks is still "see a doctor soon"', () => {
    expect(levelOf('both my feet have been going numb for weeks and my legs feel weaker')).toBe('soon');
  });
});

describe('a painkiller asked about beside an everyday cramp is not a concern the learned net speaks for', () => {
  it('"is paracetamol any good for a leg cramp" reads as an ordinary cramp', () => {
    expect(screen.concern('is paracetamol any good for a leg cramp')).toBe('ordinary-cramp');
  });

  it('painkillers that do not help a tight, swollen leg after a knock are still compartment syndrome', () => {
    expect(
      levelOf(
        'got kicked in the shin, painkillers are doing nothing and my calf is tight and swollen and numb',
      ),
    ).toBe('emergency');
  });
});

describe('a colour told by likeness ("like cola") is urine only when urine or passing it is named', () => {
  it.each([
    'the stream after the storm ran brown, looked like coke, and my legs ache from the walk back',
    'my iced coffee this morning was like cola, and my calves are sore from yesterday',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    'after the hot yoga marathon my thighs are killing me and when I went to the toilet it was like cola',
    'wrecked after a double shift in the heat, muscles so weak, and I have only peed once today and it looked like coke',
  ])('"%s" is an emergency', (text) => {
    expect(levelOf(text)).toBe('emergency');
  });
});

describe('a danger word glossed at once with "as in" as something else', () => {
  it('a stall that "collapsed, as in the poles snapped" is not triaged', () => {
    expect(
      levelOf('the whole stall collapsed yesterday, as in the poles snapped, what helps sore arms?'),
    ).toBe('none');
  });

  it('a person who collapsed is still an emergency', () => {
    expect(levelOf('my husband collapsed and is not responding, his legs were cramping before')).not.toBe(
      'none',
    );
  });
});

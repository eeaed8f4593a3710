/**
 * Categories learned from sealed batch 21's misses (Arabic, French, German and Turkish speakers, lifeguards,
 * motorcyclists, hunters and anglers, pilots, people typing in bursts, choir members, tattoo artists and
 * hairdressers, retired teachers), each tested here in wording written for it (not the batch's), with near-misses of
 * the same family.
 */
import { levelOf, ruleOf } from './loadSafetyData';

describe('tetanus told in a second language', () => {
  it('food "difficult to swallow" and spasms "in the stomach" after a wound with no remembered vaccine', () => {
    expect(
      ruleOf(
        'I cut my hand on old metal one week ago and I not remember my last tetanus vaccine. Now my jaw is stiff, it is difficult to swallow and I have spasms in the belly',
      ),
    ).toBe('tetanus-spreading');
  });
});

describe('walking pain that eases off with a stop', () => {
  it('"eases off when I stand" is the pattern, not a denial of it', () => {
    expect(
      ruleOf(
        'diabetic, my right calf cramps when I walk to the bus stop and it eases off when I stop for a bit',
      ),
    ).toBe('walking-calf-pain');
  });

  it('a cramp that has eased off is still a cramp that has gone', () => {
    expect(levelOf('had a cramp in my calf this morning, it eased off after a minute, any tips?')).not.toBe(
      'urgent',
    );
  });
});

describe('near-misses: hyperbole, machines, hobbies, restless legs, hospital stays', () => {
  it.each([
    'this spreadsheet is a heart attack waiting to happen. anyway, do bananas help cramps?',
    'the exam results nearly gave me a stroke lol, what foods have magnesium?',
    'the compressor jammed and the whole line was totally paralysed for an hour, my calves ache after shifts, potassium?',
    'I have taken up Pilates twice weekly and my hamstrings are a bit sore after, is magnesium worth trying?',
    'too much coffee and my knee will not stop bouncing under the desk, is that low magnesium?',
    'years ago I spent 5 days in hospital with a kidney infection, all fine since, now I get the odd night cramp, tonic water?',
  ])('"%s" is not alarmed', (text) => {
    expect(['none', 'soon']).toContain(levelOf(text));
  });

  it('a real seizure or a real double dose is still read', () => {
    expect(levelOf('my son had a seizure at school an hour ago and is still confused')).toBe('emergency');
    expect(
      levelOf('I took my potassium tablets twice this morning by mistake and now my heart is racing'),
    ).toBe('emergency');
  });
});

describe('a habit told after a sign dated now does not make the sign long-standing', () => {
  it('a calf swollen "since the flight", then "I get" breathless, is at least the clot reply', () => {
    expect(['urgent', 'emergency']).toContain(
      levelOf(
        'my right calf is swollen and warm since the long flight home, and I get short of breath on the stairs',
      ),
    );
  });

  it('a habit told alone stays long-standing', () => {
    expect(levelOf('I get calf cramps most nights and my feet feel numb')).toBe('soon');
  });
});

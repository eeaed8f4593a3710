/**
 * Categories learned from sealed batch 11's misses and from dev11's first measurement, each read from features or
 * from how words are read, and tested here in wording written for it, with red flags of the same family that must
 * still fire.
 */
import { levelOf, safetyScreen } from './loadSafetyData';

const screen = safetyScreen();

describe('an everyday English word is not a typo of a danger word ("spell" is not "swell")', () => {
  it.each([
    'my grandson went through a spell of aching legs at night last winter, is that a calcium thing?',
    'I had a dizzy spell of bad luck with my diet this month, which foods have magnesium?',
    'can you spell out which foods have the most potassium',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    ['my calf is sweling and red and hot after the flight', 'urgent'],
    ['my legs are swolen and tight since the op yesterday', 'urgent'],
  ])('a real typo still counts: "%s" → %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });
});

describe('"fit" as in size, and things that collapse, are not a seizure or a faint', () => {
  it.each([
    'how do I fit a week of iron-rich meals into a small freezer',
    'will the car seat fit in the boot of a small car, and do I need vitamin D while breastfeeding',
    'my husband spent the morning fitting the new kitchen, what snacks are high in magnesium?',
    'he spent the day fitting new flooring in the hall and his knees ache, any vitamins for joints?',
    'can very low magnesium cause fits, or is that a myth?',
    'the gazebo collapsed on us at the festival in the wind, nobody was hurt, what foods keep cramps away?',
    'our shelf collapsed and smashed my vitamin bottles, no one was hurt, where can I get magnesium from food?',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    ['my son is fitting right now and will not respond', 'emergency'],
    ['grandad is fitting on the floor', 'emergency'],
    ['my wife is fitting in the kitchen', 'emergency'],
    ['my daughter has been having fits today', 'emergency'],
    ['he had two fits this morning', 'emergency'],
    ['why do I keep having fits', 'emergency'],
    ['she collapsed in the kitchen and is not responding', 'emergency'],
    ['he fainted with a cramp in his leg and hit his head', 'emergency'],
  ])('"%s" → %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });
});

describe('tetanus after a wound: swallowing told as the subject, a jab whose date is unknown or decades old', () => {
  it.each([
    'stood on a rusty nail on the allotment last week, now my jaw is tight and swallowing has become difficult',
    'cut my shin on barbed wire 8 days ago, jaw feels stiff, last tetanus booster was decades back',
    'a dog bit my hand ten days ago and now my jaw has gone stiff, honestly no idea when my last tetanus jab was',
  ])('"%s" → emergency', (text) => {
    expect(screen.triage(text)).toMatchObject({ level: 'emergency', ruleId: 'tetanus-spreading' });
  });

  it('a stiff jaw after a wound, no jab history told, is the emergency red_flags.md gives tetanus (urgent before 2026-12-07)', () => {
    expect(levelOf('grazed my knee on a rusty gate three days ago and my jaw feels stiff today')).toBe(
      'emergency',
    );
  });
});

describe('an overdose told as servings or scoops of a gym or slimming product', () => {
  it.each([
    'I think I took four scoops of pre workout instead of one, my heart is racing and I feel sick',
    'my flatmate had three servings of his fat burner instead of one and is shaking and throwing up',
    'accidentally doubled up on caffeine pills before the exam and my heart is pounding',
  ])('"%s" → emergency (overdose)', (text) => {
    expect(screen.triage(text)).toMatchObject({ level: 'emergency', ruleId: 'overdose' });
  });

  it.each([
    'I had 3 bowls of porridge instead of 1 this morning, is that too much fibre?',
    'how many scoops of pre workout is normal for a beginner?',
  ])('"%s" is not an overdose', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('weeks of vitamin D counted by the time of day, with its signs', () => {
  it.each([
    'been on twelve of the 1000 IU vitamin D tablets each morning since spring and now I am always thirsty and queasy',
    'for two months my dad has taken 10 vitamin D capsules every day by mistake and he keeps being sick and is thirsty',
  ])('"%s" → urgent or emergency (vitamin D toxicity)', (text) => {
    expect(screen.triage(text)?.ruleId).toMatch(/^vitamin-d-toxicity/);
  });

  it('two capsules every morning is an ordinary dose', () => {
    expect(levelOf('I take 2 vitamin D capsules every morning, is that enough in winter?')).toBe('none');
  });
});

describe('a comparison with a recent time is a change up to now, not the past', () => {
  it.each([
    'my feet feel more numb and my cramps are worse than a month ago',
    'my legs cramp more and feel weaker than they did a few weeks ago',
  ])('"%s" → soon (cramps with numbness or weakness)', (text) => {
    expect(screen.triage(text)).toMatchObject({
      level: 'soon',
      ruleId: 'cramps-with-numbness-or-weakness',
    });
  });
});

describe('a past time that opens its sentence, and a trouble told as long gone', () => {
  it.each([
    'Years back, while I was expecting my first, I got awful calf cramps every single night. All long gone now. Was magnesium the answer?',
    'Long ago, as a student, I fainted with cramps in my legs. Why does that happen?',
    'Some years ago, after my twins, I had bad cramps in my legs every night. Did calcium help?',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    ['Years ago I had a clot, now my calf is swollen and hot again', 'urgent'],
    ['Months ago, I had my knee done, my calf is swollen and hot now', 'urgent'],
    ['Years ago, I started on metformin, I get cramps at night and my feet are numb', 'soon'],
  ])('a present told after it still counts: "%s" → %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });
});

describe('a negation inside a phrase, and "nobody hurt"', () => {
  it.each([
    'after squats my thighs ache, my pee is not dark, is magnesium good for recovery?',
    'my wee is not brown or dark, just sore legs after the marathon, what should I eat?',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('dark urine after a workout with sore muscles is still an emergency', () => {
    expect(levelOf('after squats my thighs are agony and my pee is dark like cola')).toBe('emergency');
  });
});

describe('an organ poisoned by the body itself is a mechanism, not something swallowed', () => {
  it('"the muscles could poison the kidneys" is not an overdose', () => {
    expect(
      levelOf(
        'my nan heard that if you lie on the floor for hours after a fall, the muscles could poison the kidneys, is that true?',
      ),
    ).toBe('none');
  });

  it.each([
    'my toddler swallowed a load of my iron tablets, could it poison his liver?',
    'I took too many vitamin D tablets and feel sick, can that poison my kidneys?',
  ])('"%s" is still an emergency overdose', (text) => {
    expect(screen.triage(text)).toMatchObject({ level: 'emergency', ruleId: 'overdose' });
  });
});

describe('overdosing on information is figurative', () => {
  it.each([
    "I've overdosed on health advice from the internet, which supplements help cramps",
    'overdosed on the group chats about supplements, what actually helps night cramps?',
  ])('"%s" is not an overdose', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('a time or a stillness that belongs to caring for a baby or performing', () => {
  it.each([
    'I sat feeding the baby for hours and now my foot cramps when I stand',
    'rehearsing for hours and my calves cramp after, what should I eat?',
    'calf cramp mid-feed and i cant get up cause the little one is latched on',
    'stuck in the chair with a calf cramp, cant get up cos the twins are asleep on me',
  ])('"%s" is not urgent or an emergency', (text) => {
    expect(['none', 'soon']).toContain(levelOf(text));
  });

  it.each([
    ["I can't get up, my legs won't move", 'emergency'],
    ['my calf has been cramping for an hour and will not let go', 'urgent'],
  ])('"%s" → %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });
});

describe('a cramp told as over is not a current concern for the learned net', () => {
  it.each([
    'I had a cramp in my foot and it passed',
    'my toes curled right over in a cramp and then it passed',
    'my son had a cramp in the match, it went after a minute, he is fine now',
  ])('"%s" is settled', (text) => {
    expect(screen.concern(text)).toBe('settled');
  });

  it.each([
    'my calf cramped and it passed but it is still swollen and red',
    'cramp and it stopped but now my chest is tight',
    'cramp in my calf for 20 minutes, it has not passed',
  ])('"%s" is current', (text) => {
    expect(screen.concern(text)).toBe('current');
  });
});

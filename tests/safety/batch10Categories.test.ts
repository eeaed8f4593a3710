/**
 * Categories learned from sealed batch 10's misses, each read from features rather than as the batch's wording
 * and tested here in wording written for it (first and third person, long stories), with red flags of the same
 * family that must still fire.
 */
import { levelOf, safetyScreen } from './loadSafetyData';

const screen = safetyScreen();

describe('figurative danger words: overdosing on a pastime or a food, a fit of temper or laughter', () => {
  it.each([
    'I have totally overdosed on box sets this weekend, anyway is vitamin D good in winter?',
    'my husband overdosed on chocolate over Christmas and now feels a bit sick, which vitamins help?',
    'haha my sister overdosed on the gym in January and now she is sore all over, does magnesium help recovery?',
    'we overdosed on reality tv last night, what foods are high in iron?',
    'my son had a crying fit at bedtime because he did not want his vitamins, any tips?',
    'my daughter threw a fit at the shops again, does sugar affect her magnesium?',
    'we all got a fit of the giggles at the funeral, awful, but is it true B12 helps mood?',
    'Long story, my toddler had a massive screaming fit at nursery pick-up, then refused tea, then would not sleep. Should I give her a vitamin D drop?',
    'my mum will have a fit about my iron levels, what can I eat?',
  ])('"%s" is not an emergency', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    ['she overdosed on her tablets and is very drowsy', 'overdose'],
    ['I have overdosed on my vitamin D tablets, took the whole packet', 'overdose'],
    ['my daughter took an overdose of iron tablets an hour ago', 'overdose'],
    ['my son had a fit and was shaking all over on the floor', 'seizure'],
    ['my husband had a coughing fit and then a seizure', 'seizure'],
    ['grandad had a fit this morning, his eyes rolled back and he was jerking', 'seizure'],
  ])('"%s" → emergency (%s)', (text, ruleId) => {
    expect(screen.triage(text)).toMatchObject({ level: 'emergency', ruleId });
  });
});

describe('a recent past event told as settled (checked, no more since, fine since) is history', () => {
  it.each([
    'my dad had a seizure a few weeks back, the doctor checked him over and he has been fine since. Could it be low sodium?',
    'I had a fit last month, I was seen by the GP and have had no more since. Can low magnesium do that?',
    'Long story: my nan lives with us and had a funny turn with a fit last week, the paramedics came, GP checked her and nothing since, but the family want to know which vitamins matter for older people',
    'one of the lads on the team had a seizure at training last month, checked by the doctor, fine since. Should the team take magnesium?',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    'I had a fit last week',
    'my wife had a fit last month and now she is shaking all over again',
    'he had a seizure last week and had no more since, but today he had another fit',
  ])('"%s" is still an emergency', (text) => {
    expect(levelOf(text)).toBe('emergency');
  });
});

describe('a question about why a sign counts as an emergency is general, not a report', () => {
  it.each([
    'why is a numb bottom with back pain considered an emergency? for my physio course',
    'Can someone explain why a hot swollen calf after a long flight is classed as an emergency, it is for my nursing essay',
    'why would a seizure with low calcium be an emergency',
    "I'm revising for my first aid exam and don't get why dark brown urine after a marathon counts as an emergency",
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    ['my calf is swollen and hot, does this count as an emergency?', 'urgent'],
    ['why is my calf swollen and hot and is that an emergency', 'urgent'],
    [
      'why is her pee the colour of cola after the workout and is that a red flag? her legs are agony',
      'emergency',
    ],
    ['why is my pee dark like cola after the marathon, my legs are agony', 'emergency'],
  ])('"%s" → %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });
});

describe('a supposed or small accidental repeat dose is not an overdose emergency', () => {
  it.each([
    'Say I took my vitamin D twice in one day by accident, is that a problem?',
    'if I doubled my vitamin D by mistake, is that bad?',
    'say my son swallowed a couple of my iron tablets, what would happen?',
    'hypothetically, if my wife took her zinc twice today, would she be ok?',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    'they say I took too many of my iron tablets and now I feel sick',
    'my toddler ate a whole bottle of iron tablets',
    'I took my magnesium twice and my potassium three times by mistake',
  ])('"%s" is still an emergency (overdose)', (text) => {
    expect(screen.triage(text)).toMatchObject({ level: 'emergency', ruleId: 'overdose' });
  });
});

describe('numbness from a position that comes right as soon as the person moves', () => {
  it.each([
    'my backside goes numb on the mower after a couple of hours and comes right as soon as I get off and walk',
    'My wife says her bum goes dead on the horse on long hacks, but it wears off within a minute of getting down',
    'my leg went numb sitting cross legged on the floor at yoga, then pins and needles, all gone now',
    "Long story, I'm a lorry driver, ten hours in the cab, my right foot goes dead by the end but it comes right once I get out and stamp it",
    'knelt in the garden for an hour weeding and my foot went numb, shook it off, is that low B12?',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    'my bum went numb on the tractor and it has not come back, and I cannot feel when I need a wee',
    'my backside has been numb since yesterday and my back is killing me',
    'numb between my legs after sitting on the quad, still numb a day later and I wet myself',
    'bad back for a week and now my bottom is numb and I am leaking wee',
  ])('"%s" is still an emergency (cauda-equina)', (text) => {
    expect(screen.triage(text)).toMatchObject({ level: 'emergency', ruleId: 'cauda-equina' });
  });

  it.each([
    'my feet have been getting more numb over the last few months',
    'my legs feel weak and my foot is numb',
  ])('"%s" is still soon', (text) => {
    expect(levelOf(text)).toBe('soon');
  });
});

describe('an ordinary bruise after a knock, changing colour and tender, is not a clot', () => {
  it.each([
    'knocked my thigh on the table corner, the bruise is purple and green and sore',
    'my son walked into the coffee table, his shin has a nasty purple bruise, tender but he is running about',
    "Long story, I was carrying the shopping up the stairs, tripped and caught my calf on the step, it's bruised purple now and going yellow at the edges, sore to touch. Should I take vitamin C?",
    'she bruises easily, her shin is purple and tender where she knocked it, is that low iron?',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    ['my calf is swollen, hot and painful', 'urgent'],
    ['my calf is purple and tender and swollen after the flight', 'urgent'],
    ['bruise on my calf that is hot and very painful', 'urgent'],
    ['kicked in the shin, the bruise is getting tighter and the painkillers do nothing', 'emergency'],
  ])('"%s" → %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });
});

describe('a child and tablets counted as missing from their container is an overdose, however well the child seems', () => {
  it.each([
    'my son was quiet in the bathroom and the tub of iron tablets was full this morning, now it is half empty, he is acting normal',
    'found my toddler with my magnesium, there were 30 in the pot this morning and now there are 12, she seems ok',
    'my 4 year old got into the kids multivitamins, about 10 gone, he seems totally fine',
    'Long story: my two year old climbed onto the counter while I was on the phone and got the top off my vitamin D, I reckon 8 are missing, she is laughing and playing, do I need to do anything?',
    "my daughter's gummy vitamins were brand new yesterday and some are missing, she's 3",
  ])('"%s" → emergency (overdose) with poison control', (text) => {
    const flag = screen.triage(text, 'en-US');
    expect(flag).toMatchObject({ level: 'emergency', ruleId: 'overdose' });
    expect(flag?.action).toMatch(/1-800-222-1222/);
  });

  it.each([
    'the vitamin D bottle is half empty already, do kids need this much?',
    'my daughter has been taking her gummies and the bottle is nearly empty, should I buy more?',
    "My grandson's gone vegan at uni. Does he need a B12 supplement?",
  ])('"%s" is not an emergency', (text) => {
    expect(levelOf(text)).not.toBe('emergency');
  });
});

describe('cramps that wake someone, counted per week, are frequent cramps: soon', () => {
  it.each([
    'my husband gets woken by calf cramps three nights a week now, the magnesium is not helping',
    'cramps woke me 2 nights out of the last 3, should I see someone?',
    'cramps wake me up 3 times a week',
    "Long story, I'm a postie, on my feet all day, and for the last six weeks my calves have cramped and woken me 3 or 4 nights a week, I've tried stretching and tonic water",
  ])('"%s" → soon (frequent-cramps)', (text) => {
    expect(screen.triage(text)).toMatchObject({ level: 'soon', ruleId: 'frequent-cramps' });
  });

  it.each([
    'I go running 4 times a week and woke up with a cramp last night',
    'I run three times a week and still wake up with calf cramps a couple of times a month',
    'I lift 5 days a week and woke up sore today',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe("a toddler's wetting told beside a parent's bad back is not the parent's cauda equina", () => {
  it.each([
    'my toddler wet himself again today, and my back is killing me from carrying him',
    'my bad back is playing up and my 2 year old keeps wetting himself since potty training',
    'my son is 3 and still in nappies at night, and my back is agony from lifting him, any vitamins for him?',
  ])('"%s" is not an emergency (and is still about a child)', (text) => {
    expect(levelOf(text)).not.toBe('emergency');
    expect(screen.scope(text)?.kind).toBe('child');
  });

  it("a long story of a toddler wetting again beside a parent's old back trouble is not an emergency", () => {
    expect(
      levelOf(
        'Long story, slipped a disc years ago so my back always aches, and now our toddler has started wetting herself again since the new baby came. Could she be low in something?',
      ),
    ).not.toBe('emergency');
  });

  it.each([
    "I'm potty training my son, my back is agony and I wet myself without noticing today",
    "bad back since lifting the baby and now I can't control my bladder",
    "my husband's back went and he wet himself without knowing",
  ])('"%s" is still an emergency (cauda-equina)', (text) => {
    expect(screen.triage(text)).toMatchObject({ level: 'emergency', ruleId: 'cauda-equina' });
  });
});

describe('red flags found while probing the new readings still fire', () => {
  it.each([
    ['my son overdosed on paracetamol while watching Netflix', 'overdose'],
    [
      'my wife had a fit last month and the GP checked her, but today she had another and is not answering',
      'seizure',
    ],
    ["I can't feel my bum since I got off the tractor this morning and my back is agony", 'cauda-equina'],
    ["I can't feel my bum since I got off the bike this morning and my back is agony", 'cauda-equina'],
  ])('"%s" → emergency (%s)', (text, ruleId) => {
    expect(screen.triage(text)).toMatchObject({ level: 'emergency', ruleId });
  });
});

describe('near-misses found while probing the new readings stay quiet', () => {
  it.each([
    'my kids take their vitamins every morning and 20 are gone already this month',
    'I overdosed on sun this summer and my skin peeled',
    'there were 30 gummies in the pot, now there are 12 because we both take 2 a day, should I buy more?',
    'why is magnesium considered so important?',
    'my leg went dead on the sofa and came right after a minute',
    'last week I had a bad cramp, checked by the GP, fine since',
    'my son has been potty training and keeps having accidents, any vitamins?',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('a child who got into the tub with a count gone is still an overdose, even with a daily dose told', () => {
    expect(
      screen.triage(
        'my daughter takes one gummy a day but this afternoon she got into the tub and about 15 are gone',
      ),
    ).toMatchObject({ level: 'emergency', ruleId: 'overdose' });
  });
});

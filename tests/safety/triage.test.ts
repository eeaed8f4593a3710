import { levelOf, safetyScreen } from './loadSafetyData';

const screen = safetyScreen();

describe('triage: a person describing danger signs is told to get care', () => {
  it.each([
    ['my calf is swollen, red and hot', 'urgent', 'possible-leg-clot'],
    ['my leg is swollen and now I have chest pain', 'emergency', 'clot-in-lungs'],
    ['my heart is racing and my legs are weak', 'emergency', 'heart-rhythm-weakness'],
    ['cramp in my calf for 25 minutes and it will not release', 'urgent', 'cramp-over-ten-minutes'],
    ['I cut my foot on a rusty nail and now my jaw is stiff', 'emergency', 'possible-tetanus'],
    ['I suddenly cannot move my legs', 'emergency', 'sudden-leg-paralysis'],
    ['my foot went cold and white an hour ago', 'emergency', 'cold-pale-leg'],
    ['her face is drooping and her speech is slurred', 'emergency', 'stroke-signs'],
    ['my dad is suddenly very confused', 'emergency', 'sudden-confusion'],
    ['my toddler swallowed some iron tablets', 'emergency', 'overdose'],
    ['can he OD on magnesium, he took 20', 'emergency', 'overdose'],
    ['vomiting all day, legs cramping and I feel dizzy', 'urgent', 'severe-fluid-loss'],
    ['my pee is dark brown and my muscles are agony after the gym', 'emergency', 'dark-urine-sore-muscles'],
    // Told as what is seen rather than named (fresh batches, 2026-12).
    ['a woman in the shop is on the floor shaking with her eyes rolling back', 'emergency', 'seizure'],
    ['he took 20 tablets of iron and now he is very sleepy', 'emergency', 'overdose'],
    ['she swallowed half a jar of vitamin pills', 'emergency', 'overdose'],
    ['my grandad mouth is falling down on one side and he cannot hold his cup', 'emergency', 'stroke-signs'],
    ['hurt my back lifting, now i cant get my pee out and my legs are weak', 'emergency', 'cauda-equina'],
    [
      'after my thyroid surgery my fingers curl into claws and my throat is closing',
      'emergency',
      'tetany-emergency',
    ],
    [
      'fell off my bike onto my shin, it is tight and shiny and my toes have gone numb',
      'emergency',
      'compartment-syndrome',
    ],
    [
      'hip operation two weeks ago and suddenly I have sharp chest pain when I breathe',
      'emergency',
      'clot-in-lungs',
    ],
    ['vomiting for weeks in pregnancy, now seeing double and wobbly on my feet', 'emergency', 'wernicke'],
  ])('"%s" → %s (%s)', (text, level, ruleId) => {
    expect(screen.triage(text)).toMatchObject({ level, ruleId });
  });

  it.each([
    [
      'my atorvastatin dose was doubled a few weeks ago and since then my thighs ache and feel weak',
      'statin-muscle-pain',
    ],
    ['smoker, my right foot is always paler and colder than the left', 'walking-calf-pain'],
    ['there is a sore on my heel that will not heal', 'walking-calf-pain'],
    [
      'since my op 2 months ago I get cramps most nights and my toes feel numb',
      'cramps-with-numbness-or-weakness',
    ],
    ['i drink 4 cans a night and my calves cramp and my feet are numb', 'cramps-with-numbness-or-weakness'],
  ])('"%s" → soon (%s)', (text, ruleId) => {
    expect(screen.triage(text)).toMatchObject({ level: 'soon', ruleId });
  });

  it('understands typos such as "sweling", "swolen" and "calfe"', () => {
    expect(levelOf('my calfe is sweling and red')).toBe('urgent');
    expect(levelOf('calf swolen and hurts')).toBe('urgent');
    expect(levelOf('leg swollen and I cant breath')).toBe('emergency');
  });

  it('understands a message about someone else', () => {
    expect(levelOf("my husband's leg is swollen and warm")).toBe('urgent');
    expect(levelOf('my mum cant feel her legs all of a sudden')).toBe('emergency');
  });

  it('joins symptoms spread over two sentences', () => {
    expect(levelOf('My calf is swollen. It also feels really hot.')).toBe('urgent');
    expect(levelOf('My leg has been sore for days. Now I am breathless.')).toBe('emergency');
  });

  it('reads "could not" as "can not", so a past-tense message is not a denial', () => {
    expect(levelOf("woke up and couldn't feel my legs at all")).toBe('emergency');
    expect(levelOf("my leg is swollen and I couldn't breathe and had chest pain")).toBe('emergency');
  });

  it('flags a limb that is suddenly cold, or colder than the other one', () => {
    expect(screen.triage('my foot suddenly went ice cold')).toMatchObject({ ruleId: 'cold-pale-leg' });
    expect(screen.triage('my leg is much colder than the other one')).toMatchObject({
      ruleId: 'cold-pale-leg',
    });
  });

  it('reads clinical words and indirect descriptions', () => {
    expect(levelOf('Haemoptysis and a painful swollen calf')).toBe('emergency');
    expect(levelOf('my leg looks like a sausage and is hot')).toBe('urgent');
    expect(levelOf('my pee looks like coke after the marathon')).toBe('emergency');
    expect(levelOf('I have vomiting and loose motions since 2 days and feeling giddy')).toBe('urgent');
  });

  it('treats breathlessness or light-headedness with a swollen, hot leg as an emergency', () => {
    expect(levelOf('calf swole & hot. also kinda outta breath')).toBe('emergency');
    expect(levelOf('I feel faint and my calf is swollen')).toBe('emergency');
  });

  it('lets the emergency win when several rules fire', () => {
    const flag = screen.triage('my calf is swollen and red, and I just fainted');
    expect(flag?.level).toBe('emergency');
    expect(flag?.ruleId).toBe('clot-in-lungs');
  });
});

describe('triage: the action comes first and fits the locale', () => {
  it('starts an emergency with the call to make, using the local number', () => {
    const text = 'my leg is swollen and I am coughing up blood';
    expect(screen.triage(text, 'en-US')?.action).toMatch(/^Call 911 now/);
    expect(screen.triage(text, 'en-GB')?.action).toMatch(/^Call 999 now/);
    expect(screen.triage(text, 'de-DE')?.action).toMatch(/^Call 112 now/);
    expect(screen.triage(text, 'en_us')?.action).toMatch(/^Call 911 now/);
  });

  it('names every local number when the locale is unknown or missing', () => {
    const action = screen.triage('my face is drooping')?.action ?? '';
    expect(action).toMatch(
      /^Call your local emergency number \(911 in the US, 112 in the EU, 999 in the UK\)/,
    );
    expect(screen.triage('my face is drooping', 'xx-YY')?.action).toBe(action);
  });

  it('sends an overdose to poison control as well', () => {
    expect(screen.triage('I took too many magnesium pills', 'en-US')?.action).toContain('1-800-222-1222');
    expect(screen.triage('I took too many magnesium pills', 'en-GB')?.action).toContain('NHS 111');
  });

  it('starts an urgent answer with "Get medical care today"', () => {
    expect(screen.triage('my calf is swollen and red')?.action).toMatch(/^Get medical care today/);
  });

  it('leaves no placeholder unfilled and gives a reason and an https source', () => {
    const flag = screen.triage('I took too many potassium pills and my heart is racing');
    expect(flag?.action).not.toMatch(/[{}]/);
    expect(flag?.why).not.toMatch(/[{}]/);
    expect(flag?.why.length).toBeGreaterThan(20);
    expect(flag?.sources.every((source) => source.url.startsWith('https://'))).toBe(true);
  });
});

describe('triage: a normal answer for mentions that are not happening now', () => {
  it.each([
    'no swelling, just a normal night cramp',
    'my calf is sore but not red or warm',
    'it is not swollen, red or hot, just tight',
    'no chest pain, just cramps',
    "I don't have any chest pain or breathlessness, just cramps in my calves",
    'no chest pain, shortness of breath or coughing up blood, only a sore calf',
  ])('negation: "%s"', (text) => {
    expect(screen.triage(text)).toBeNull();
  });

  it('lets a negation cover a list of signs but not a sign stated after it', () => {
    expect(screen.triage('no redness or warmth or swelling in my calf')).toBeNull();
    expect(levelOf('no fever and my calf is swollen red and hot')).toBe('urgent');
  });

  it.each([
    'what are the signs of a blood clot?',
    'can cramps be serious?',
    'when should I worry about a cramp',
    'can low potassium cause palpitations and weakness?',
    'is a red swollen calf a sign of DVT?',
    'what causes sudden confusion in older people',
    'can u OD on vit D',
  ])('general question: "%s"', (text) => {
    expect(screen.triage(text)).toBeNull();
  });

  it.each([
    'I had a clot 5 years ago',
    'what if my leg swells?',
    'if my calf ever gets red and swollen, what should I do?',
    'I used to get cramps that lasted 20 minutes',
  ])('past or hypothetical: "%s"', (text) => {
    expect(screen.triage(text)).toBeNull();
  });

  it('still flags a new problem that follows an old one', () => {
    expect(levelOf('I had a DVT years ago and now my calf is swollen and red again')).toBe('urgent');
  });

  it('reads "=cramps" as the plural only: cramps that keep coming back are not one cramp that will not stop', () => {
    expect(screen.triage('cramps wont go away even with stretching, should i see a doc')).toBeNull();
    expect(levelOf("my leg cramp won't go away")).toBe('urgent');
    expect(levelOf('my calf cramps wont go away its been 20 minutes')).toBe('urgent');
  });

  it.each([
    'my urine is dark yellow after a hard workout',
    'my legs are swole from leg day and sore lol',
    'half an hour after running I get calf cramps, why',
    'I take three supplements and took them all with breakfast, can that cause cramps?',
    'How many iron tablets would be an overdose for an adult?',
  ])('look-alike: "%s"', (text) => {
    expect(screen.triage(text)).toBeNull();
  });

  it.each(['why does my leg cramp when I point my toes', 'is it normal to have cramps after running', ''])(
    'ordinary question: "%s"',
    (text) => {
      expect(screen.triage(text)).toBeNull();
    },
  );
});

describe('triage: robust to any text', () => {
  it('does not stumble on words that are names of object properties', () => {
    expect(() => screen.triage('constructor toString hasOwnProperty __proto__ valueOf')).not.toThrow();
    expect(levelOf('constructor: my calf is swollen, red and hot')).toBe('urgent');
  });
});

describe('triage: ordinary questions and near-misses from the fresh batches are not alarmed', () => {
  it.each([
    'Can overdoing it at the gym cause cramps?',
    'iron overdose',
    "my calves cramp and I can't work out what's causing it",
    'my 4 year old ate a punnet of strawberries, will all that vitamin C upset her tummy?',
    'back from a long flight, legs a bit stiff, no swelling, no chest problems or breathlessness',
    'two years ago I had cola coloured urine after a race, got checked and was fine',
    'sorry I got confused, can we start again',
    "I'm pregnant and don't want to take anything that could harm the baby, are bananas ok for cramps?",
    'I work 12 hour shifts and my calves cramp at the end of the day',
  ])('"%s" → not an emergency or urgent', (text) => {
    expect(['none', 'soon']).toContain(levelOf(text));
  });
});

describe('triage: the categories sealed batch 4 showed, in other words', () => {
  it('reads a long lie on the floor with little or dark urine as muscle breakdown, an emergency', () => {
    expect(
      screen.triage(
        'my aunt fell in the hall and lay on the floor for hours, her legs ache and she has hardly weed',
      ),
    ).toMatchObject({ level: 'emergency', ruleId: 'dark-urine-sore-muscles' });
  });

  it.each([
    'he has been on the floor since last night and now his wee is brown',
    'My mother could not get off the floor for 8 hours after she fell, now she is not peeing much and her legs are weak',
  ])('"%s" → emergency (a long lie with little or dark urine)', (text) => {
    expect(levelOf(text)).toBe('emergency');
  });

  it('does not read kneeling on a floor since the morning as a long lie', () => {
    expect(
      levelOf('kneeling on the floor since 7am laying laminate, knees sore and I have not peed much'),
    ).not.toBe('emergency');
  });

  it('lets the emergency win when a statin rule (soon) and an emergency pattern both fire', () => {
    const text = 'on atorvastatin, found on the floor this morning, legs weak and what he passed was brown';
    expect(screen.triage(text)?.level).toBe('emergency');
    expect(levelOf('on atorvastatin and my thighs ache')).toBe('soon');
    expect(levelOf('on atorvastatin, my thighs ache and my water is dark')).toBe('emergency');
  });

  it('reads a terse tight limb in agony with numbness after exertion or a knock as compartment syndrome', () => {
    expect(screen.triage('calf hard as a rock, excruciating, toes numb since the tackle')).toMatchObject({
      level: 'emergency',
      ruleId: 'compartment-syndrome',
    });
  });

  it('reads pain told as "through the roof" with a tight, numb shin after a kick at training as compartment syndrome', () => {
    expect(
      levelOf(
        'shin swollen and tight after a hard kick at training, pain is through the roof and my foot has gone numb',
      ),
    ).toBe('emergency');
  });

  it('follows a typo to every ending of the word it corrects: "crmaps" is "cramp" as well as "cramps"', () => {
    expect(levelOf('crmaps 5 times a week in my feet')).toBe('soon');
    expect(levelOf('i keep getting woken up by crmaps in my calfs')).toBe('soon');
  });

  it.each([
    ['a whole bottle of milk', 'drank a whole bottle of milk, too much calcium?', 'none'],
    ['a bag of bananas', 'my son ate a bag of bananas, is that too much potassium', 'none'],
    ['a tub of seeds', 'ate half a tub of pumpkin seeds for the magnesium', 'none'],
    ['a tub of gummies', 'my daughter ate a whole tub of strawberry vitamin gummies', 'emergency'],
    ['a bag of gummies', 'he ate the whole bag of gummy vitamins', 'emergency'],
    ['a bottle of capsules', 'took a whole bottle of vitamin D capsules with my orange juice', 'emergency'],
  ])('reads an amount by what it holds: %s', (_what, text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  it.each([
    'carpet fitter, kneeling on the floor all day, knees sore, any supplement that helps?',
    'spent the day fitting a new bathroom and my back and knees ache',
    'left calf aching after the coach trip, but not swollen, no redness and it is not warm',
    'my legs go red and hot in the steam room and then it fades',
    'after rugby my thighs are red and warm for an hour',
  ])('"%s" → not an emergency or urgent', (text) => {
    expect(['none', 'soon']).toContain(levelOf(text));
  });

  it('still flags one-sided calf pain after travel when the signs are not denied', () => {
    expect(levelOf('left calf aching since the coach trip yesterday')).toBe('urgent');
    expect(levelOf('left calf aching after the coach trip, not swollen but red and hot')).toBe('urgent');
  });
});

// Wordings written for these tests (not copied from sealed batches 5–7): each row is a category those batches showed.
describe('triage: the lay categories sealed batches 5–7 showed, in other words', () => {
  it.each([
    [
      'urine likened to a dark drink after exertion',
      'after the half marathon in the heat my legs are agony and my wee looks like flat cola',
      'dark-urine-sore-muscles',
    ],
    [
      'urine likened to a dark drink after being trapped',
      'trapped under the car for an hour, now my leg is killing me and my pee is the colour of strong tea',
      'dark-urine-sore-muscles',
    ],
    [
      'crushed under a weight with dark urine',
      'a shelf fell on my legs at work and they got it off me after 40 minutes, my water has gone like guinness',
      'dark-urine-sore-muscles',
    ],
    [
      'crushed under a weight with a limb that feels it will burst',
      'the quad bike rolled on top of him and his thigh was pinned for hours, now it feels like it will burst and he is weak',
      'dark-urine-sore-muscles',
    ],
    [
      'a statin with urine likened to a dark drink',
      'on atorvastatin, everything aches and my urine is like black coffee',
      'statin-dark-urine',
    ],
    [
      'a crushed limb, tight and shiny, digits "not mine"',
      'got my hand crushed in a machine, it is swollen tight and shiny and my fingers feel like they are not mine',
      'compartment-syndrome',
    ],
    [
      'a limb hard as stone with pain beyond the injury',
      'my forearm got whacked by a cricket ball, it is hard as stone and the pain is way beyond what a bruise should be',
      'compartment-syndrome',
    ],
    [
      'double vision told as "two of", confusion about the day, with drinking',
      'he drinks a bottle of vodka a day and barely eats, now he sees two of everything and keeps asking what day it is',
      'wernicke',
    ],
    [
      'a lurching gait and "two of you" after bariatric surgery and vomiting',
      'since my gastric bypass I keep being sick and now I am lurching about and seeing two of you',
      'wernicke',
    ],
    [
      'a clamped jaw after a wound with no jab',
      'stood on a garden fork last week, no tetanus jab, now my jaw is clamped and it hurts to chew',
      'tetanus-spreading',
    ],
    [
      'a fixed grin and food hard to get down after a bite',
      'cat bit me 10 days ago, now my face is set in a grin and food is hard to get down',
      'tetanus-spreading',
    ],
    [
      'a numb bum "like after the dentist" with back pain',
      'sciatica for weeks and now my bum feels numb like after the dentist',
      'cauda-equina',
    ],
    [
      'wetting without noticing with a bad back',
      'bad back and I wet myself without noticing this morning',
      'cauda-equina',
    ],
    [
      'a mouth hanging down and mushy words',
      "grandma's mouth is hanging down on the left and her words are mushy",
      'stroke-signs',
    ],
    ['an arm that flops', 'his arm just flopped onto the table and he cannot lift it', 'stroke-signs'],
    [
      'foam at the mouth with eyes rolling',
      "he's on the floor foaming at the mouth with his eyes rolling",
      'seizure',
    ],
    [
      'a bitten tongue and coming round on the floor',
      'she bit her tongue and came round on the bathroom floor',
      'seizure',
    ],
    [
      'clawed fingers with a narrow throat after neck surgery',
      'after the thyroid op my fingers are clawed and my throat feels narrow',
      'tetany-emergency',
    ],
    [
      'water pills with a fluttering heart and dead legs',
      'on furosemide and my heart is fluttering and my legs feel dead',
      'dangerous-potassium',
    ],
    [
      'a sore calf with a clot risk and stabbing on breathing in',
      'on the pill, calf swollen, and now it stabs when I breathe in',
      'clot-in-lungs',
    ],
    [
      'a sore calf after a flight and pinkish spit',
      'after my flight my calf hurts and I coughed up pinkish spit',
      'clot-in-lungs',
    ],
    [
      'a limb trapped between two weights, swollen tight and numb',
      'my leg got trapped between the tractor and the gate, it is swollen tight and numb',
      'compartment-syndrome',
    ],
    [
      'a rock-hard calf after a match with pain "off the scale"',
      'my calf is rock hard after the match and the pain is off the scale, foot feels like pins and needles',
      'compartment-syndrome',
    ],
    [
      'a stiff jaw after a wound with "never had tetanus shots"',
      "nine days after cutting my foot on glass my neck is stiff and my jaw won't open properly, never had tetanus shots",
      'tetanus-spreading',
    ],
  ])('%s → emergency: "%s"', (_category, text, ruleId) => {
    expect(screen.triage(text)).toMatchObject({ level: 'emergency', ruleId });
  });

  it.each([
    [
      'hands like bird feet with fizzing lips',
      'my hands have gone like bird feet and my lips are fizzing',
      'tetany',
    ],
    [
      'vitamin D counted in drops, with thirst and sickness',
      'I take 15 drops of vitamin D instead of 1 and I am parched and queasy',
      'vitamin-d-toxicity',
    ],
    [
      'a cramp knotted for 40 minutes despite stretching',
      'my calf has been knotted for 40 minutes and stretching does nothing',
      'cramp-over-ten-minutes',
    ],
  ])('%s → urgent: "%s"', (_category, text, ruleId) => {
    expect(screen.triage(text)).toMatchObject({ level: 'urgent', ruleId });
  });

  it('reads cramps with feet "like cotton wool" for weeks as cramps with numbness (soon)', () => {
    expect(screen.triage('my feet feel like cotton wool and I get cramps, for a few weeks')).toMatchObject({
      level: 'soon',
      ruleId: 'cramps-with-numbness-or-weakness',
    });
  });

  it.each([
    [
      'a machine having a "seizure"',
      'My laptop had a full seizure during the update, which foods have magnesium?',
    ],
    ['"can\'t breathe lol" from stress', 'stressed with exams, cant breathe lol, does magnesium help'],
    [
      'laughing so hard one could not breathe',
      'I laughed so hard at the film I could not breathe, are bananas good for cramps?',
    ],
    [
      'a past event told by age',
      'my nephew swallowed some iron tablets when he was 3, he is 10 now and fine. is iron safe for kids?',
    ],
    [
      "a relative's clot with every sign denied",
      "my dad had a clot once and I'm on the pill. my calf aches after a cramp but it is not swollen, not red and not warm",
    ],
    [
      'a big amount of an ordinary food',
      'my wife eats a whole bag of brazil nuts a day, is she going to od on selenium',
    ],
    ['"like coffee" that is not a colour', 'my pee is pale, I like coffee and my legs ache after the gym'],
    ['a tongue bitten while eating', 'I bit my tongue eating toast, ouch'],
    [
      'a fit of laughter or coughing',
      'I had a fit of giggles in the meeting and then a coughing fit, any vitamins for energy?',
    ],
    [
      'a calf ache in pregnancy with a racing heart on the stairs',
      'my wife is pregnant and her calf aches, heart racing after climbing stairs',
    ],
    [
      'a cramp that ended after stretching',
      'cramp during football for a couple of minutes, stretching did nothing at first but it went',
    ],
    [
      'urine likened to a pale drink',
      'my wee looks like apple juice, am I dehydrated? legs ache after running',
    ],
    [
      'pinned down in a sport, with a sore joint',
      'I was pinned down in a judo class and my shoulder is sore',
    ],
    ['"stuck under a desk" at work', 'stuck under a desk all day at work, legs numb and swollen by evening'],
    [
      'nothing tender or swollen after a cramp',
      "I'm on HRT and had a calf cramp last night, it went with stretching and there's nothing tender or swollen",
    ],
  ])('%s is not alarmed: "%s"', (_category, text) => {
    expect(['none', 'soon']).toContain(levelOf(text));
  });
});

// Wordings written for this test, not taken from sealed batch 8: each row is a category that batch showed.
describe('triage: the categories sealed batch 8 showed, in other words', () => {
  it.each([
    [
      'a limb trapped in a bed rail, tight, with pain when the fingers are moved',
      "dad's arm was trapped in the cot side all night, now it's tight and swollen and he cries out if we straighten his fingers",
      'compartment-syndrome',
    ],
    [
      'a limb lain on for hours after a fall, hard and numb',
      'Nan fell and lay on her leg for hours before anyone came, the calf is hard and tight and she says her toes have gone to sleep',
      'compartment-syndrome',
    ],
    [
      'a foot caught in machinery, swollen, tight and numb',
      'my foot got caught in the conveyor at work, it is swollen and tight and numb now',
      'compartment-syndrome',
    ],
    [
      'a leg gone weak within the hour',
      "about twenty minutes ago my right leg just gave way and now I can't lift it off the bed",
      'sudden-leg-paralysis',
    ],
    [
      'a foot that began to drag a few hours ago',
      'a couple of hours ago my left foot started dragging and I keep catching my toes',
      'sudden-leg-paralysis',
    ],
    [
      'a clot risk with breath told as a struggle and a stab in the chest',
      "three weeks after my hip op my calf is fat and achy and now I'm struggling to get a breath, it stabs in my chest",
      'clot-in-lungs',
    ],
    [
      'diarrhoea told as running to the toilet, with a heart out of rhythm',
      'food poisoning, running to the toilet all night, and my heart keeps skipping beats',
      'dangerous-potassium',
    ],
    [
      'numb inner thighs told formally with no water passed',
      'My father cannot feel his inner thighs this afternoon and has been unable to pass urine since the morning.',
      'cauda-equina',
    ],
    [
      'a wound with no record of a jab, choking on drinks and a rigid belly',
      'stood on a rusty nail last week, there is no record of a tetanus booster, now he chokes on his drink and his stomach is like a board',
      'tetanus-spreading',
    ],
    [
      'a sliced finger, no jab since school, and spasms arching the back',
      'sliced my finger on a dirty knife 10 days ago and I doubt I have had a jab since school. Now my back keeps arching in spasms',
      'tetanus-spreading',
    ],
  ])('%s → emergency: "%s"', (_category, text, ruleId) => {
    expect(screen.triage(text)).toMatchObject({ level: 'emergency', ruleId });
  });

  it.each([
    [
      'several vitamin D tablets a day told as a count, with thirst and sickness',
      'been taking six of my vitamin d tablets every day since the spring and now I am so thirsty and sick',
      'vitamin-d-toxicity',
    ],
    [
      'a cramp that remains knotted',
      'my calf cramped while I was gardening and despite rubbing it the muscle remains knotted',
      'cramp-over-ten-minutes',
    ],
  ])('%s → urgent: "%s"', (_category, text, ruleId) => {
    expect(screen.triage(text)).toMatchObject({ level: 'urgent', ruleId });
  });

  it('calf pain walking to a place that stops with rest → soon', () => {
    expect(
      screen.triage(
        'walking to the shops my calf seizes up and I have to stop, then it eases after a minute',
      ),
    ).toMatchObject({ level: 'soon', ruleId: 'walking-calf-pain' });
  });

  it.each([
    [
      'a long past told by age, and again later',
      'When I was 14 and very ill with bulimia, my potassium crashed, my heart was racing and I was in hospital. That was 15 years ago. What foods have potassium?',
    ],
    ['"paralysed" as a feeling', 'I was paralysed with fear at the interview, can magnesium calm nerves?'],
    ['"paralyzed" as a feeling, US spelling', 'totally paralyzed by indecision over which vitamin D to buy'],
    ['a slow leg weakness', 'my legs have slowly got weaker over two years, could it be vitamin D?'],
    [
      'breathlessness told as a comparison with the past',
      'my dad gets more breathless on hills than he used to',
    ],
    [
      'weakness told as a comparison with last year',
      'my legs feel weaker on the stairs than they did last year',
    ],
    ['legs heavy after training', 'legs like lead today after yesterday’s squats, no pain'],
    ['legs wobbly after exercise a few hours ago', 'legs went weak after my spin class two hours ago'],
  ])('%s is not an emergency: "%s"', (_category, text) => {
    expect(['none', 'soon']).toContain(levelOf(text));
  });

  it.each([
    [
      'an age-told past, then a sign told in the present',
      'When I was 20 I had a clot, that was years ago. My calf is swollen, red and hot today',
    ],
    [
      'an age-told past, then a chunk in the present',
      'When I was 30 I had a clot years ago, my calf is hot and swollen',
    ],
    ['an age-told past with no second past cue', 'When I was 30 I had a clot, my calf swollen hot and red'],
    [
      'a sudden leg weakness told with "all of a sudden"',
      'all of a sudden my leg is weak and I cannot lift it',
    ],
  ])('%s is still triaged: "%s"', (_category, text) => {
    expect(['emergency', 'urgent']).toContain(levelOf(text));
  });
});

/**
 * Danger told in lay words, read as clinical features rather than as one wording: each block is a category (what
 * a bystander sees of a fit, numbness of the saddle area, a limb that keeps tightening after a blow, ...), tested
 * in wording written for it, in first, third person and long-story forms, with near-misses that must stay quiet.
 */
import { levelOf, safetyScreen } from './loadSafetyData';

const screen = safetyScreen();

describe('a fit told as what a bystander sees is an emergency', () => {
  it.each([
    "my husband stopped drinking three days ago and this morning he went rigid on the sofa and his arms were jerking, he wouldn't answer me",
    'Grandad was sat at the table when he stiffened up and started twitching, and he did not respond when we said his name',
    'a lad at the bus stop just went rigid and was shaking, staring into space, not answering anyone',
    "I was at my aunt's when she went all stiff and her arm kept jerking; she came round after a minute and now she's very sleepy and doesn't remember what happened",
    'long story but my son has been revising all night with no sleep and energy drinks, and at breakfast he suddenly went stiff and jerked for about a minute, he is drowsy now',
    'my partner is coming off alcohol, he was twitching all over and did not know we were there',
    'my colleague went stiff at her desk and then her arms were jerking, now she is dazed and groggy',
  ])('"%s" → emergency (seizure)', (text) => {
    expect(screen.triage(text)).toMatchObject({ level: 'emergency', ruleId: 'seizure' });
  });

  it.each([
    'my calf went stiff and was twitching after the run',
    "my eyelid keeps twitching and I'm so sleepy in the afternoons, is it magnesium?",
    'my legs were shaking after squats and I felt a bit woozy',
    'my hands were shaking with cold and my son did not answer his phone',
    'my toes went stiff and twitched in a cramp last night',
    "my muscles twitch at night and I'm groggy in the mornings",
    'my dog went stiff and was twitching in his sleep, cute',
  ])('"%s" is not an emergency', (text) => {
    expect(levelOf(text)).not.toBe('emergency');
  });
});

describe('cauda equina in lay words: a numb saddle area, or wetting or soiling without noticing, with back pain', () => {
  it.each([
    'my back has been agony since I lifted the sofa and now my backside and the insides of my thighs have no feeling in them',
    'Slipped disc flared up; my wife says she has lost feeling between her legs and wet herself without noticing in the kitchen',
    'bad back for a week, today my bottom feels dead and I pooed myself without realising',
    'my husband has sciatica and this afternoon he soiled himself and did not even feel it',
    "long story, I do deliveries, hurt my back lifting a fridge on Monday, kept working, and now the bit between my legs feels like cardboard and I can't tell when I need a wee",
    'lower back pain and my groin is numb',
    "my mum's back went and now she's leaking wee without knowing",
    'pain in my back since the weekend and when I sit down my bum feels like rubber',
  ])('"%s" → emergency (cauda-equina)', (text) => {
    expect(screen.triage(text)).toMatchObject({ level: 'emergency', ruleId: 'cauda-equina' });
  });

  it.each([
    'my bum goes numb on long drives',
    'my bum goes numb when I sit on the hard stands at football',
    'bum numb from the bike saddle after a 60 mile ride',
    'I sneezed and wet myself a bit, since having the baby, is that normal?',
    'my legs feel like wood after the marathon',
    'my back aches after gardening and my thighs are stiff',
  ])('"%s" is not an emergency', (text) => {
    expect(levelOf(text)).not.toBe('emergency');
  });
});

describe('compartment syndrome after a crush or blow: tightening, pain relief doing nothing, numb fingers or toes', () => {
  it.each([
    "a steel beam came down on my brother's shin at work this morning, the leg keeps swelling and the ibuprofen isn't touching the pain",
    "I trapped my hand in the car door yesterday, it's tighter by the hour and my fingertips have gone numb",
    "got kicked in the calf at rugby, now it's tight and feels like it could burst, and my toes are tingling",
    'long story: I was moving a wardrobe with my son, it slipped and landed on my thigh, we carried on, but tonight the thigh is rock hard, co-codamol is doing nothing and my foot feels far away',
    'she dropped the cast iron pan on her foot, the foot is getting more swollen and tight and the painkillers are useless',
  ])('"%s" → emergency (compartment-syndrome)', (text) => {
    expect(screen.triage(text)).toMatchObject({ level: 'emergency', ruleId: 'compartment-syndrome' });
  });

  it.each([
    'dropped my phone on my foot, bit of a bruise, paracetamol sorted it',
    "my calves feel tight after the run and ibuprofen isn't helping much, magnesium?",
    'paracetamol does nothing for my period cramps',
    'my ankle is getting a bit more swollen in the heat each evening',
    'I stood on a plug, ouch, foot is fine now',
  ])('"%s" is not an emergency', (text) => {
    expect(levelOf(text)).not.toBe('emergency');
  });
});

describe('low-calcium tetany with a noisy throat or trouble getting air in is an emergency, not urgent', () => {
  it.each([
    "two days after my thyroid was taken out my fingers are curling up and there's a whistling sound when I breathe in",
    "my wife had parathyroid surgery, her lips are tingling and her hands are cramping into claws and she says she can't get enough air",
    "Long story, mum's thyroid op was last week and she came home fine, but tonight her fingers are locking up, there's a strange crowing noise from her throat and she is struggling to get air",
    'my hands have gone into claws with pins and needles round my mouth and I can hardly breathe',
  ])('"%s" → emergency (tetany-emergency)', (text) => {
    expect(screen.triage(text)).toMatchObject({ level: 'emergency', ruleId: 'tetany-emergency' });
  });

  it.each([
    'my hands cramp when I write and my throat is a bit sore',
    'I had my thyroid out five years ago and my voice is a bit croaky, should I take calcium?',
    'my baby makes a squeaky noise when she feeds, is that normal?',
  ])('"%s" is not an emergency', (text) => {
    expect(levelOf(text)).not.toBe('emergency');
  });
});

describe('a cramp that will not release, told as a time in any form, is urgent', () => {
  it.each([
    "my son's calf cramped in the first half and it's still knotted, it's been like that since half time, stretching and ice do nothing",
    'she got a cramp in her thigh at the swimming gala 40 mins ago and it will not budge even with massage',
    "my calf has been cramped for over half an hour now, I've walked on it and stretched it",
    'long story, I was at the five-a-side and my hamstring seized up, my mate rubbed it and we iced it, that was about 35 minutes ago and it is still rock hard',
    'my calf muscle is contracted since one hour and stretching does not help',
    'the muscle in my foot is in contraction, I pull my toes up, I walk around, it does not stop, twenty minutes now',
    "this calf cramp started 30 minutes ago and it still hasn't let go",
  ])('"%s" → urgent (cramp-over-ten-minutes)', (text) => {
    expect(screen.triage(text)).toMatchObject({ level: 'urgent', ruleId: 'cramp-over-ten-minutes' });
  });

  it.each([
    'I had a cramp during the match an hour ago, it went after a minute of stretching',
    'I got a cramp 40 mins ago during the match, it went after a minute',
    'my calf cramped during the game about half an hour ago but it let go straight away',
    'I stretched for 40 minutes after the match and my calves were fine',
    'we played for an hour and then I got a cramp that went in a few seconds',
  ])('"%s" gets no triage', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('near-misses: a past told by a time, a title that names a thing, a question about what a sign looks like', () => {
  it.each([
    // A past told by a season, a month or a time of life, and fine since.
    'three winters ago my dad had a seizure after a fall, totally fine since, does vitamin D help bones?',
    'back in uni I passed out once at a party and my legs went numb, is that a B12 thing?',
    "my calf locked up for forty minutes back in October, it's been fine since, which mineral helps?",
    'When I was pregnant with my son (he is 4 now) my calves cramped every night and my feet went numb. Is it likely again?',
    // A title or a name: a play, a band, a film, a book.
    "my daughter's favourite band is called Cardiac Arrest, they sing about energy drinks, is caffeine bad for teens?",
    'we are watching a film named "Can\'t Breathe" tonight, what snacks have magnesium?',
    'my book club is reading a novel titled The Blood Clot, anyway is iron from spinach absorbed well?',
    "our drama group's show is called 'A Fit of Madness', any tips for energy at rehearsals?",
    // A teaching or learning question.
    'for my nursing exam, what does tetany look like in the hands?',
    'how do you recognise a seizure in a toddler?',
    'running a first aid course for the cubs: what does someone having a fit look like?',
    // Weather wind is not breathlessness.
    'my legs are red and raw from the cold wind on the touchline',
    'standing on the touchline in the wind, my thighs went red',
  ])('"%s" is not alarmed', (text) => {
    expect(['none', 'soon']).toContain(levelOf(text));
  });

  it.each([
    ['my son, called Tom, had a fit ten minutes ago and is still very sleepy', 'emergency'],
    ['she called out that she cannot breathe', 'emergency'],
    [
      'two summers ago he had a clot, and now his leg is swollen again and he is short of breath',
      'emergency',
    ],
    ['my calf is swollen and hot and I am short of breath, back in March I had surgery', 'emergency'],
    ['I had a fit back in uni, now my hands are cramping into claws and my lips are tingling', 'urgent'],
    ['since we moved to the coast two summers ago my calves cramp every night and my toes go numb', 'soon'],
    ['since my seizure last year I am not allowed to drive, which vitamins help energy?', 'none'],
  ])('"%s" is still triaged (%s)', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });
});

describe('hands that cramp and go numb while using them, coming on over weeks, are soon (see a doctor within days), not urgent', () => {
  it.each([
    "my hands keep cramping when I'm using the drill at work and my fingertips go numb afterwards",
    'my husband is a plasterer and lately his hands cramp and his fingers go numb by the end of the day',
    "writing for long stretches my fingers cramp and go numb, it's got more frequent these days",
    'long story but I knit a lot for the grandchildren and over the last few weeks my hands cramp while gripping the needles and two fingers have gone numb',
    'gripping the steering wheel on long shifts my hands cramp and I get pins and needles in my fingers',
  ])('"%s" → soon (cramps-with-numbness-or-weakness)', (text) => {
    expect(screen.triage(text)).toMatchObject({ level: 'soon', ruleId: 'cramps-with-numbness-or-weakness' });
  });

  it.each([
    ['my hands suddenly locked into claws and my fingers are numb', 'urgent'],
    ['since this morning my fingers are curling up on their own and my lips are tingling', 'urgent'],
    ['cramp in my calf for 30 minutes and my toes have gone numb', 'urgent'],
    ['cramp for 40 mins and it went numb', 'urgent'],
    ['passed out after my leg swelled up', 'emergency'],
  ])('"%s" is still %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });
});

describe('dark urine told as already back to normal is urgent, not an emergency', () => {
  it.each([
    "my pee was really dark yesterday after the half marathon but it's back to normal today and my legs are just sore",
    'after the gym on Monday my urine was brown and my thighs were agony, it cleared the next day and I feel fine',
    'my son said his wee looked like cola after the rugby camp, his legs were killing him, it is normal colour again now',
  ])('"%s" → urgent (dark-urine-cleared)', (text) => {
    expect(screen.triage(text)).toMatchObject({ level: 'urgent', ruleId: 'dark-urine-cleared' });
  });

  it.each([
    'my urine was dark brown this morning after spin class and my legs are very sore',
    'my pee is dark like tea and my muscles are killing me after crossfit',
    'pinned under the tractor for an hour, my pee was dark but it is back to normal now',
  ])('"%s" is still an emergency', (text) => {
    expect(levelOf(text)).toBe('emergency');
  });
});

describe('a past told in brackets is an aside about the statement before it', () => {
  it.each([
    'I used to get cramps with numb toes (that was years ago, before I stopped drinking), should I still take thiamin?',
    "My calves cramped every night and my feet went numb (back when I was pregnant with my twins, they're 10 now). Which foods help?",
    "the cramps woke me every night (when he was a baby, he's 5 now), is magnesium ok while breastfeeding?",
  ])('"%s" gets no triage', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    ['my calves cramp every night (for the last three weeks) and my toes go numb', 'soon'],
    ['my calf is swollen and hot (I had a clot years ago) and it hurts to walk', 'urgent'],
  ])('"%s" is still %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });
});

describe('a habit told right after a recent start began then: it is not long-standing', () => {
  it.each([
    ['today I get pins and needles round my lips and my fingers are curling', 'urgent'],
    ['since this morning I keep getting a cramp in my calf that will not let go', 'urgent'],
    [
      'I have kidney disease. Since Monday I get buzzing round my mouth and my thumb folds into my palm',
      'urgent',
    ],
  ])('"%s" → %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  it.each([
    ['I get cramps every night', 'soon'],
    ['I get pins and needles round my lips when I hyperventilate at the dentist', 'none'],
  ])('"%s" is still %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });
});

describe('a wound with no tetanus jab, the jab told as an injection or a vaccine, and tetanus signs is an emergency', () => {
  it.each([
    'my grandson stood on a rusty nail last week, he was never vaccinated, now his jaw is stiff and his neck keeps spasming',
    'cut my hand on barbed wire 8 days ago and I have never had the tetanus injection, now my jaw is locked and my back arches',
  ])('"%s" → emergency (tetanus-spreading)', (text) => {
    expect(screen.triage(text)).toMatchObject({ level: 'emergency', ruleId: 'tetanus-spreading' });
  });

  it.each([
    // Tetanus signs after a wound are an emergency with or without the jab (red_flags.md; urgent before 2026-12-07).
    ['scraped my knee on a rusty gate, jaw feels a bit stiff, had all my injections', 'emergency'],
    ['do I need a tetanus injection after a cat scratch?', 'none'],
  ])('"%s" is %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });
});

describe('tetany told by a likeness of the hand or a jumping face; a fortified food is food', () => {
  it.each([
    "my daughter's fingers have bent like a claw this afternoon and the muscles of her face are jumping, she had rickets",
    'his hand is stiff like the claw of a crab and his face jumps by the mouth, the doctor said his calcium is low',
  ])('"%s" → urgent (tetany)', (text) => {
    expect(screen.triage(text)).toMatchObject({ level: 'urgent', ruleId: 'tetany' });
  });

  it.each([
    ['the twins finished a whole box of fortified cereal before school, is that too much iron?', 'none'],
    ['my cat sleeps curled like a bird in a nest', 'none'],
    ['my toddler ate a whole box of iron tablets', 'emergency'],
  ])('"%s" is %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });
});

describe("skin hurt by the sun or a scrape is the person's own body now: the safety net, not triage", () => {
  it.each([
    'shoulders sunburnt after the beach day, stings in the shower',
    'forearm grazed on the climbing wall',
    'blistered heel from new boots',
    'my scalp got sunburned at the festival',
  ])('"%s" gets the safety net', (text) => {
    expect(levelOf(text)).toBe('none');
    expect(screen.safetyNet(text)).not.toBeNull();
  });

  it.each([
    'how do I avoid sunburn on holiday?',
    "my son's knee is grazed",
    'is vitamin E good for your skin',
  ])('"%s" does not', (text) => {
    expect(screen.safetyNet(text)).toBeNull();
  });
});

describe('a past cue later in a statement does not reach back over a recent time told with "ago"', () => {
  it.each([
    [
      'cut my hand on barbed wire 8 days ago and I never had the tetanus injection as a kid, now my jaw is locked and my back arches',
      'emergency',
    ],
    [
      'trod on a nail in the garden 6 days ago, never had the jab at school either, and my jaw is stiff today',
      'emergency',
    ],
    ['I had a clot 5 years ago', 'none'],
    ["2 days ago I had a cramp that lasted an hour, it's fine now", 'none'],
    ["I'm 75. Is it just age that I get so many more cramps now than when I was younger?", 'none'],
  ])('"%s" → %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });
});

describe('stories of walking calf pain and of being woken by cramps night after night are soon, not urgent', () => {
  it.each([
    [
      "Whenever I go up the lane to the allotment my left calf goes tight and painful, I stop for a bit and it settles. I'm 70 and I smoke. Potassium?",
      'walking-calf-pain',
    ],
    [
      'my calf aches when I walk into town and I have to slow right down, is it low iron?',
      'walking-calf-pain',
    ],
    [
      "So the last few nights I've woken at 3am with my foot in a knot, then again before the alarm, it's been like this all week and I'm a teacher so I'm shattered. What can I take?",
      'frequent-cramps',
    ],
    ['the cramps woke my wife night after night in her feet', 'frequent-cramps'],
  ])('"%s" → soon (%s)', (text, ruleId) => {
    expect(screen.triage(text)).toMatchObject({ level: 'soon', ruleId });
  });

  it.each([
    ['my left calf is tight and painful since the flight', 'urgent'],
    ['I woke up with a cramp once last month, what causes that?', 'none'],
    ['woke up this morning with a stiff neck and a cramp in my foot, gone now', 'none'],
  ])('"%s" is %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });
});

describe('the same categories in more wording: back trouble, a weight that fell or a limb caught, a swelling that grows', () => {
  it.each([
    ["my mum has had back trouble for days and now she's lost control of her bladder", 'cauda-equina'],
    [
      'A pallet fell on my shin at the warehouse, leg is swelling more and more and the pain is off the scale, painkillers do nothing',
      'compartment-syndrome',
    ],
    [
      "my forearm got caught in the machine this morning, it's getting tighter and my fingers are tingling",
      'compartment-syndrome',
    ],
    [
      'my son got a knee in the thigh at football, the thigh is rock hard and getting bigger and he says his foot feels weird and numb',
      'compartment-syndrome',
    ],
  ])('"%s" → emergency (%s)', (text, ruleId) => {
    expect(screen.triage(text)).toMatchObject({ level: 'emergency', ruleId });
  });

  it.each([
    'I fell on the stairs last week and my knee is bruised, what helps bruises heal?',
    'my baby is getting bigger so fast, does she need vitamin D drops?',
  ])('"%s" is not an emergency', (text) => {
    expect(levelOf(text)).not.toBe('emergency');
  });
});

describe('near-misses: a child who eats or drinks as a habit, a numb bottom and an achy back after a long drive', () => {
  it.each([
    'my son eats badly, what vitamins should he take?',
    'my daughter drinks loads of milk, does she need vitamin D?',
    'my kids eat gummy vitamins every day, is that ok?',
    'we had a long drive and my bum went numb, then my back ached, normal?',
    'after a long bike ride my backside is numb and my lower back is stiff',
  ])('"%s" is not an emergency', (text) => {
    expect(levelOf(text)).not.toBe('emergency');
  });

  it.each([
    'my son 2 years eat the iron tablets of me',
    'my daughter is eating the gummies out of the jar right now',
    'my toddler ate some of my iron tablets',
    'I have pain in back since Monday. Now when I sit on a chair I feel nothing between my legs, like rubber',
  ])('"%s" is still an emergency', (text) => {
    expect(levelOf(text)).toBe('emergency');
  });
});

describe('a symptom named in any mood, not a body part, a routine or a duration alone (namesSymptom)', () => {
  it.each([
    'numb toes',
    'a runner with numb toes',
    'swollen ankles',
    'gets dizzy when standing',
    'no pain at all',
  ])('"%s" names a symptom', (text) => {
    expect(screen.namesSymptom(text)).toBe(true);
  });

  it.each(['bad knees', 'kneels all day', 'get my health back on track', 'long haul driver', 'works nights'])(
    '"%s" names none',
    (text) => {
      expect(screen.namesSymptom(text)).toBe(false);
    },
  );
});

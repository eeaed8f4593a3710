/**
 * The categories learned from sealed batch 28 (farmers, West African and Kenyan English, Spanish, Portuguese and
 * Arabic speakers, voice dictation, weight-loss surgery, heart failure on water tablets, people who sit all day,
 * fasting diets, cyclists, triathletes and swimmers), each tested in wording written for it, not the batch's.
 */
import { levelOf, ruleOf, safetyScreen } from './loadSafetyData';

describe('a yearly occasion told as the last one is the past', () => {
  it.each([
    'Last Christmas my calf cramped for half an hour and would not let go, fine ever since. What should I eat?',
    'Last Eid my heart was racing and my potassium was low, they gave me tablets. Which foods keep it up?',
    'last lambing I was so confused and wobbly from not eating, what vitamins should I pack this year?',
  ])('"%s" is not alarmed', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('a sign told now beside it still is', () => {
    expect(
      levelOf(
        'My calf has been cramped for 30 minutes now and will not let go. Last harvest it was the same.',
      ),
    ).toBe('urgent');
  });
});

describe('a time told from an earlier event, then settled, is the past', () => {
  it.each([
    'Three months after my gastric bypass I got confused and unsteady and had a thiamine drip. Fine since. Which B1 tablet long term?',
    'A year after the birth I had a swollen, hot, painful calf and a clot was found, treated, no problems since. Can I take magnesium?',
  ])('"%s" is not alarmed', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('without a word that it settled, the sign is now', () => {
    expect(levelOf('Two weeks after my knee op my left calf is swollen, hot and red. Magnesium?')).toBe(
      'urgent',
    );
  });
});

describe('a fear of taking too much is not an overdose', () => {
  it.each([
    "I'm scared of overdosing on magnesium, how much is too much?",
    'Worried I will take too many of the vitamin D pills, what is the safe number?',
    "I don't want to overdose on potassium, how many bananas is fine?",
  ])('"%s" is not alarmed', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('an overdose taken still is', () => {
    expect(levelOf("I'm scared, I took 30 of my vitamin D tablets an hour ago and feel sick")).toBe(
      'emergency',
    );
  });
});

describe('whether something makes a sign more likely is a general question', () => {
  it.each([
    'Does a low carb diet make night cramps more likely?',
    'Am I more likely to get cramps that last a long time if I sweat a lot?',
  ])('"%s" is not alarmed', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('"the odd" cramp is now and then, not an odd heart', () => {
  it('a heart condition named beside the odd cramp is not an irregular heart', () => {
    expect(
      levelOf(
        'On furosemide for my heart failure and I get the odd cramp in my foot at night. Magnesium ok?',
      ),
    ).toBe('none');
  });

  it('a heart that feels odd still is', () => {
    expect(levelOf('My heart feels odd and jumpy and I take potassium tablets with my ramipril')).toBe(
      'emergency',
    );
  });
});

describe('an injury told as a crash or a fall from what was ridden or climbed', () => {
  it.each([
    'Came off my scooter an hour ago, my shin is rock hard and swollen and the pain is unbearable even resting, foot is tingly',
    "Fell from the scaffolding this morning, my calf is swollen and tight as a drum and I can't feel my toes",
  ])('"%s" is an emergency (compartment syndrome)', (text) => {
    expect(ruleOf(text)).toBe('compartment-syndrome');
  });
});

describe('tingly is tingling', () => {
  it('cramps most nights for weeks with tingly toes are seen within days', () => {
    expect(levelOf('my toes are tingly and my legs cramp most nights, been like this for weeks')).toBe(
      'soon',
    );
  });

  it('tingling that is fine once the person moves is not', () => {
    expect(levelOf('feet a bit tingly after sitting through the film, fine once I walk around')).toBe('none');
    expect(levelOf('my leg goes to sleep on the train, it goes after a minute of walking')).toBe('none');
  });
});

describe('vitamin D told as a bare large number or as injections every week, with signs of too much', () => {
  it.each([
    'My aunt gets vitamin D shots every week and now she is so thirsty and keeps being sick',
    'I take vitamin D 50000 every day for 2 months, now drinking so much water and going to the toilet all the time and feel sick',
    'vit d 200000 each week from the pharmacy, now he has no appetite, vomiting and urinating a lot',
  ])('"%s" is triaged', (text) => {
    expect(['urgent', 'emergency']).toContain(levelOf(text));
  });
});

describe('balance told as worse than it was', () => {
  it.each([
    "I'm 72 and my balance is not what it was, which vitamins should I eat more of?",
    'poor balance lately on the stairs, could that be a vitamin thing',
  ])('"%s" gets the safety net', (text) => {
    expect(levelOf(text)).toBe('none');
    expect(safetyScreen().safetyNet(text)).not.toBeNull();
  });

  it('a comparison with "as it used to" is a slow change, not the past', () => {
    const text = 'my grip is not as strong as it used to be, am I low on something?';
    expect(safetyScreen().safetyNet(text)).not.toBeNull();
  });

  it('a bank balance is not the body', () => {
    expect(
      levelOf('my bank balance is not great so I am not eating much, which cheap foods have thiamin?'),
    ).toBe('none');
  });
});

/**
 * The categories learned from sealed batch 48 (Chechen, Ossetian, Oromo, Chichewa, Sesotho, Tswana, Sardinian and
 * Ladino speakers, Manx and Cornish people, wind-turbine technicians, cricketers and umpires, people with kidney
 * stones or gout, crane operators, foster parents), each tested in wording written for it, not the batch's.
 */
import { levelOf, ruleOf } from './loadSafetyData';

describe('urine that will not start, told as getting it going', () => {
  it.each([
    "long drive yesterday, since then numb between my legs and I can't get the flow going",
    'sciatica flared up and since lunch my privates feel numb and I just cannot get my stream started',
  ])('with numbness between the legs is cauda equina, whatever sitting explains: "%s"', (text) => {
    expect(ruleOf(text)).toBe('cauda-equina');
  });

  it('with no back, leg or numbness sign is no alarm', () => {
    expect(levelOf('which vitamins help with a weak bladder as you get older?')).toBe('none');
  });
});

describe('not knowing when the bladder is full, told by where one would go', () => {
  it.each([
    "after sitting in the cab all day his bottom is numb and he can't tell when he needs the loo",
    'after a long drive my privates are numb and I cannot tell when I need the toilet',
  ])('with a numb bottom is cauda equina, whatever sitting explains: "%s"', (text) => {
    expect(ruleOf(text)).toBe('cauda-equina');
  });
});

describe('a back told as going again', () => {
  it.each([
    'my wife has had her back go again, and now both her legs are weak and numb',
    'his back goes again and now both legs weak and numb',
  ])('with both legs weak and numb is cauda equina: "%s"', (text) => {
    expect(ruleOf(text)).toBe('cauda-equina');
  });
});

describe('a thing that cannot work told as paralysed', () => {
  it.each([
    'my work is paralysed today, internet down, legs tired. vitamin D dose?',
    'the whole office was paralysed by the server crash lol. anyway how much magnesium a day?',
  ])('is no paralysis: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('a leg told as paralysed is still an emergency', () => {
    expect(levelOf('my left leg is suddenly paralysed, I cannot move it at all')).toBe('emergency');
  });
});

describe('the contraceptive pill', () => {
  it('with one swollen, hot calf in a teenager is a possible clot, not a child taking tablets', () => {
    const text =
      'my teenage daughter is on the pill, her left calf is swollen and hot since yesterday. any drink for cramps?';
    expect(levelOf(text)).toBe('urgent');
    expect(ruleOf(text)).not.toBe('overdose');
  });

  it('a child who drank from a bottle of tablets is still an overdose', () => {
    expect(ruleOf('my 3 year old drank from the bottle of iron pills, it is half empty')).toBe('overdose');
  });
});

describe('how often urine is passed, after weeks of high vitamin D doses', () => {
  it.each([
    'been on 20,000 IU of vitamin D every day for 2 months, now I feel sick and I am peeing every hour',
    'taking 8 vitamin D capsules a day for weeks, always thirsty and getting up to wee all night',
  ])('is the toxicity sign, urgent, not the emergency for someone very unwell: "%s"', (text) => {
    expect(ruleOf(text)).toBe('vitamin-d-toxicity');
  });

  it('vomiting that will not stop after such doses is still the emergency', () => {
    expect(
      levelOf(
        'vitamin D 50,000 every day for 3 months, now I keep throwing up and I am so weak I cannot stand',
      ),
    ).toBe('emergency');
  });
});

describe('vomiting told as going on', () => {
  it('after an emptied bottle in a child is an overdose with its sign, and after months of high doses a toxicity sign', () => {
    expect(ruleOf('my 4 year old swallowed 15 of my iron tablets and keeps being sick')).toBe('overdose');
    expect(levelOf('taking 10,000 IU vitamin D a day for months and I keep being sick')).not.toBe('none');
  });
});

describe('a start told as since last year or season', () => {
  it.each([
    'my mum has been on 20,000 units of vitamin D a day since the end of last year, now she is sick and thirsty all the time',
    'on a high dose vitamin D since last winter, now always thirsty and I feel sick after meals',
  ])('dates an intake that has gone on since then, not the past: "%s"', (text) => {
    expect(ruleOf(text)).toBe('vitamin-d-toxicity');
  });

  it('a sign told before it in the past is still the past', () => {
    expect(levelOf('I had a clot in my calf after a flight, but no problems since last summer')).toBe('none');
  });
});

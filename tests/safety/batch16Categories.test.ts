/**
 * Categories learned from sealed batch 16's misses (Caribbean English, clinical jargon, easy-read sentences, work
 * stories), each tested here in wording written for it (not the batch's), with near-misses of the same family.
 */
import { levelOf } from './loadSafetyData';

describe('Caribbean English read as the words it stands for', () => {
  it('"cyaan lift" an arm all of a sudden is a stroke sign', () => {
    expect(levelOf('all of a sudden mi granny cyaan lift her left arm')).toBe('emergency');
  });

  it('"nuh" denies what follows', () => {
    expect(
      levelOf('mi nuh have chest pain or swelling, just tired legs after work, wha food have magnesium?'),
    ).toBe('none');
  });

  it('"di" after a preposition: a kick "in di shin", a tight swollen leg and a numb foot', () => {
    expect(levelOf('get a kick in di shin at training, now di leg swell up tight and him foot numb')).toBe(
      'emergency',
    );
  });

  it('a cramp that "nah let go" for twenty minutes', () => {
    expect(levelOf('cramp inna mi calf twenty minutes now, mi stretch it and it nah let go')).toBe('urgent');
  });
});

describe('an onset told in seconds is sudden', () => {
  it('a leg that gives way with a numb hand, "came on in a second", is an emergency', () => {
    expect(
      levelOf(
        'walking to the shop my right leg just went from under me and my right hand is numb now, it came on in a second',
      ),
    ).toBe('emergency');
  });

  it('a cramp that came on in a second and went is not triaged', () => {
    expect(levelOf('the cramp came on in a second and went just as fast, which foods help?')).toBe('none');
  });
});

describe('stroke signs in other words', () => {
  it.each([
    "my dad's mouth has suddenly twisted to one side and he is dribbling",
    'her words are coming out all mashed up since lunch and she seems confused',
  ])('"%s" is an emergency', (text) => {
    expect(levelOf(text)).toBe('emergency');
  });
});

describe('wounds, operations and containers told in plain or short words', () => {
  it('a fish hook, a jab last had at school, a tight jaw and a neck in spasm', () => {
    expect(
      levelOf(
        'caught a fishing hook in my thumb last week. last jab was back at school. now my jaw is tight and my neck keeps going into spasms',
      ),
    ).toBe('emergency');
  });

  it('surgery on the neck, then tingling lips', () => {
    expect(levelOf('I had surgery on my neck on Monday. Now my lips are tingling.')).toBe('urgent');
  });

  it('hands that go stiff with tingling lips', () => {
    expect(levelOf('my lips tingle and my hands go stiff on and off today')).toBe('urgent');
  });

  it('an emptied container with signs of poisoning', () => {
    expect(
      levelOf(
        "my flatmate's bottle of iron tablets is empty, it was nearly full yesterday, and he is drowsy and vomiting",
      ),
    ).toBe('emergency');
  });

  it('a container empty because the course is finished is not an overdose', () => {
    expect(levelOf('my vitamin D bottle is empty, I finished the course, should I buy more?')).toBe('none');
  });
});

describe('urine that "came out like" a dark drink after hard work', () => {
  it('is muscle breakdown, an emergency', () => {
    expect(
      levelOf(
        'shifted bricks all day in the heat, thighs are killing me and my pee came out like coke this morning',
      ),
    ).toBe('emergency');
  });
});

describe('clinical words for chest pain, muscle pain, pins and needles and weakness', () => {
  it('chest discomfort on breathing in after a long flight with a swollen calf', () => {
    expect(
      levelOf(
        'flew back from Dubai yesterday, my left calf is swollen and now I have chest discomfort when I breathe in',
      ),
    ).toBe('emergency');
  });

  it.each([
    'since starting simvastatin in the spring I have had myalgia in both thighs',
    'nightly calf cramps with paraesthesia in my toes for about a month now',
  ])('"%s" is "see a doctor soon"', (text) => {
    expect(levelOf(text)).toBe('soon');
  });
});

describe('"paralysed" as a figure of speech', () => {
  it('a whole team "paralysed" by the other side is not triaged', () => {
    expect(levelOf('the whole team got paralysed by their bowling, which food is good for cramp?')).toBe(
      'none',
    );
  });

  it('one person paralysed down one side is still an emergency', () => {
    expect(levelOf('my dad is suddenly paralysed down one side and cannot speak')).toBe('emergency');
  });
});

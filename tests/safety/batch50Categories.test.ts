/**
 * The categories learned from sealed batch 50 (Yup'ik, Inupiaq, Guarani, Nahuatl, Mapuche, Maya, Papiamento and
 * Sranan Tongo speakers, Torres Strait Islanders, reindeer herders, chimney sweeps and locksmiths, brewers, club
 * darts and bowls players, dockers and ferry crews), each tested in wording written for it, not the batch's.
 */
import { levelOf, ruleOf } from './loadSafetyData';

describe('a child in West African and Caribbean Pidgin and Creole', () => {
  it('who swallowed tablets and is vomiting is an overdose', () => {
    expect(ruleOf('my pikin of 2 years swallow plenty of my iron tablets and now he is vomiting')).toBe(
      'overdose',
    );
  });
});

describe("a trade's fitting told by what is fitted", () => {
  it.each([
    'I spend the day fitting pipes under sinks and my calves ache, no swelling, is it magnesium?',
    'fitting radiators all week on my knees, legs ache at night, which supplement?',
  ])('is no seizure: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('someone fitting on the floor is still a seizure', () => {
    expect(ruleOf('my brother is fitting on the floor and not answering me')).toBe('seizure');
  });
});

describe('yerba mate told by its herb', () => {
  it('with a racing heart after it is caffeine, not dangerous potassium', () => {
    expect(
      levelOf('drank a lot of yerba this morning and my heart beat fast after, do I need potassium?'),
    ).toBe('none');
  });
});

describe('feet told as warm beside signs denied', () => {
  it('are a reassurance, not a warm leg', () => {
    expect(
      levelOf('my calves ache after a long shift, no swelling, no redness, toes feel warm. which vitamin?'),
    ).toBe('none');
  });

  it('a calf told as warm and swollen on one side is still a possible clot', () => {
    expect(levelOf('my feet are warm and my left calf is swollen and hot since the flight')).toBe('urgent');
  });
});

describe('drinking water all day, after weeks of high vitamin D doses', () => {
  it('is the thirst, not being very unwell', () => {
    expect(
      ruleOf(
        'taking 30,000 IU vitamin D a day for 3 months, now nausea and drinking water all day, always thirsty',
      ),
    ).toBe('vitamin-d-toxicity');
  });
});

describe('bigger told as "more big" in a second language', () => {
  it('one calf more big than the other after an operation is a possible clot', () => {
    expect(
      levelOf('two weeks after her knee operation her calf is more big than the other one and warm'),
    ).toBe('urgent');
  });
});

describe('cooked dishes by the pot', () => {
  it('are food, not a container of tablets', () => {
    expect(levelOf('we ate a whole pot of curry at the wedding, is that too much potassium?')).toBe('none');
  });

  it('a child who ate a whole pot of iron gummies is still an overdose', () => {
    expect(ruleOf('my son ate a whole pot of iron gummies')).toBe('overdose');
  });

  it('pills swallowed in a hurry are no dish', () => {
    expect(ruleOf('she swallowed a handful of pills in a hurry and is drowsy')).toBe('overdose');
  });
});

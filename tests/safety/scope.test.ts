import { safetyScreen } from './loadSafetyData';

const screen = safetyScreen();

describe('scope: questions about a child', () => {
  it.each([
    'can children take magnesium for cramps?',
    'my 8 year old gets leg cramps at night',
    'my toddler has growing pains',
  ])('points "%s" to a children’s professional', (text) => {
    const notice = screen.scope(text);
    expect(notice?.kind).toBe('child');
    expect(notice?.message).toMatch(/adults/);
    expect(notice?.message).toMatch(/child's doctor|pharmacist/);
  });

  it('does not treat an adult son or a pregnancy as a child', () => {
    expect(screen.scope('my 30 year old son gets cramps')).toBeNull();
    expect(screen.scope('I am pregnant, will magnesium hurt the baby?')?.kind).not.toBe('child');
  });

  it('does not treat an adult named through a child ("my kids\' grandad") as a child', () => {
    expect(screen.scope("my kids' grandad swears by tonic water for his cramps")).toBeNull();
    expect(screen.scope('my son gets cramps after football')?.kind).toBe('child');
  });

  it('still triages an emergency about a child first', () => {
    const text = 'my toddler swallowed a handful of vitamin gummies';
    expect(screen.triage(text)?.level).toBe('emergency');
    expect(screen.scope(text)?.kind).toBe('child');
  });
});

describe('scope: requests for a diagnosis, a personal dose or a treatment decision', () => {
  it.each([
    'do I have MS?',
    'should I stop my statin?',
    'how many magnesium pills should I take?',
    'is it safe for me to take 1000mg of magnesium',
    'what dose of vitamin D should I take',
    'am I deficient in B12?',
  ])('kindly declines "%s"', (text) => {
    const notice = screen.scope(text);
    expect(notice?.kind).toBe('personal-advice');
    expect(notice?.message).toMatch(/can't diagnose/);
    expect(notice?.message).toMatch(/doctor or pharmacist/);
  });

  it.each([
    'what foods are high in magnesium',
    'how much vitamin D does an adult need a day',
    'do I have to take magnesium with food?',
  ])('answers the general question "%s" normally', (text) => {
    expect(screen.scope(text)).toBeNull();
  });
});

describe('cautions', () => {
  it.each(['kidney-disease', 'potassium-medicines', 'pregnancy', 'quinine'])(
    'has the caution "%s", short and sourced',
    (id) => {
      const caution = screen.caution(id);
      expect(caution?.id).toBe(id);
      expect(caution?.text.split(/\s+/).length).toBeLessThanOrEqual(40);
      expect(caution?.sources.length).toBeGreaterThan(0);
    },
  );

  it('warns against quinine for cramps, citing the FDA', () => {
    expect(screen.caution('quinine')?.text).toMatch(/FDA/);
    expect(screen.caution('quinine')?.sources[0]?.url).toMatch(/^https:\/\/www\.fda\.gov\//);
  });

  it('returns undefined for an unknown caution id', () => {
    expect(screen.caution('no-such-caution')).toBeUndefined();
  });
});

describe('scope: teenagers get their own figures', () => {
  it.each(['how much calcium does my 16 year old need', 'can a teenager take magnesium for cramps'])(
    'gives "%s" the teen figures (calcium 1,300 mg, upper limit 3,000 mg) rather than the child refusal',
    (text) => {
      const notice = screen.scope(text);
      expect(notice?.kind).toBe('teen');
      expect(notice?.message).toMatch(/1,300 mg/);
      expect(notice?.message).toMatch(/3,000 mg/);
    },
  );

  it('still refers a younger child to a children’s professional', () => {
    expect(screen.scope('my 8 year old gets leg cramps at night')?.kind).toBe('child');
  });
});

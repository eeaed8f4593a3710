/**
 * Whose body a message is about when it names a child (knowledge/safety.yaml `subjectReading`,
 * src/safety/readSubject.ts): an adult asking about their own body, with a baby, a toddler or a child only as the
 * situation, gets the ordinary reply; a child's own symptoms, body, intake, dose or needs keep the child notice;
 * teenagers keep the teen notice. Asserted on what the person sees.
 */
import { renderedReply, shippedEngine, shippedKb } from '../support/testKit';

const engine = shippedEngine();
const kb = shippedKb();
const CHILD_NOTICE = /written for adults, so I can't safely answer for a child/;

const seen = (text: string) => renderedReply(engine, kb, text);

describe('an adult asking about their own body, with a child only as the situation', () => {
  it.each([
    // new parents
    'I get horrible calf cramps at night since the baby arrived, is it magnesium?',
    'My wrists and forearms ache from lifting my newborn all day, could I be low in something?',
    'Stuck indoors with a newborn all winter, should I worry about my own vitamin D?',
    "I've been so drained since having my daughter, what foods help with energy?",
    'Up every two hours with the baby and my legs keep cramping, any tips?',
    'Cramps every night since having my second child, what can I do?',
    'Since my toddler was born I barely eat proper meals, which vitamins matter most for me?',
    'Carrying my toddler up the stairs gives me a twinge in my calf, is it a cramp?',
    'Feeding the baby at 3am my foot cramps up, what causes it?',
    "I'm a dad of two toddlers and my energy is gone, could it be low iron?",
    'Chasing after three kids all day and I feel shattered, is it B12?',
    'Our parents group were talking about vitamin D for mums, how much do I need?',
    // grandparents, parents at sport, teachers, a child's belongings
    'Grandad here, babysitting my grandson all week has left my calves really tight',
    "Standing on the sideline at my son's football match for hours gave me cramp in my foot",
    "I ate half the kids' sweets last night and now my stomach feels off, is that normal?",
    "I'm a primary school teacher and my legs ache after standing with the kids all day",
    'I coach the under 10s and my hamstrings cramp when I demo the drills',
    'Waiting outside the school gates in the cold, my toes go numb and tingly',
    'Pushing the pram up hills every day and my calves are killing me, do I need more magnesium?',
    'Night feeds with my 2 week old are wrecking me, could my iron be low after the birth?',
    'I look after my granddaughter three days a week and my knees and legs ache by evening',
    "I'm a nursery nurse and I'm tired all the time, could it be vitamin D?",
    'Rocking the baby to sleep for hours and my lower back and legs are stiff',
    "Coaching the kids' netball team in the rain gave me a cramp in my calf last night",
    // another adult, with the children as the situation
    'My husband gets leg cramps since the twins came along, what helps?',
    'My wife has been so tired since our daughter was born, could she need iron?',
  ])('answers "%s" without the child notice', (text) => {
    const { result, text: reply } = seen(text);
    expect(result.kind).not.toBe('urgent');
    expect(reply).not.toMatch(CHILD_NOTICE);
    if (result.kind === 'fallback') expect(result.notice?.kind).not.toBe('child');
  });
});

describe("a child's own symptoms, body, intake, dose or needs", () => {
  it.each([
    'My son has leg cramps at night, what should I do?',
    'Can toddlers take magnesium supplements?',
    'How much vitamin D does a 6 year old need?',
    'My son is 9, should I give him magnesium?',
    'My daughter keeps waking up with cramps in her calves',
    "I think my 4 year old is low in iron, he's always pale",
    'Is it safe to give my 2 year old iron drops?',
    'My little boy complains his feet ache at bedtime',
    "I want to know if my son needs a B12 supplement, he's vegan",
    'Vitamin D drops for my newborn, how much?',
    'My toddler only eats pasta, could she be short of iron?',
    "I'm worried my son's legs are cramping from football",
    'Should I buy my 8 year old a multivitamin?',
    'How much calcium should my kids be getting?',
    "My 5 year old's calves are tight every morning",
    'Since his growth spurt my son gets bad cramps',
    // an adult named too: the child is still a subject
    'I have a 6 year old who gets cramps in his legs at night',
    'I take magnesium myself, is it ok for my kids too?',
    'I take magnesium. Is it safe for children?',
    'My son is 10 and I want to know if magnesium is ok',
    'Can I give vitamin D drops to my 3 month old baby?',
    'What should I be feeding my toddler to get enough iron?',
    'My daughter and I both get cramps, what helps?',
    'my kid gets leg cramps playing football, I get them too',
    'My children and I have all been tired lately, could we be low in vitamin D?',
    // "and my" (where a negation stops) still names the child after it
    'Me and my daughter both wake up with sore calves',
    'My husband and my son get cramps after hiking, what should they eat?',
    // a word that looks like a caring task or a time is not one here
    'the school nurse said my son might be low in iron',
    'since starting school my daughter gets tired legs',
    // a young child told in months
    'is 400 iu of vitamin d too much for my 18 month old',
  ])('keeps the child notice for "%s"', (text) => {
    const { result, text: reply } = seen(text);
    expect(result.kind).toBe('fallback');
    if (result.kind !== 'fallback') return;
    expect(result.notice?.kind).toBe('child');
    expect(reply).toMatch(CHILD_NOTICE);
  });

  it('still triages a child who swallowed tablets as an emergency first', () => {
    expect(seen('My toddler found my iron tablets and ate some').result.kind).toBe('urgent');
  });
});

describe('teenagers', () => {
  it.each([
    'My teenager gets cramps after basketball, how much magnesium should she have?',
    'How much calcium does a teen need?',
  ])('keeps the teen figures for "%s"', (text) => {
    const { text: reply } = seen(text);
    expect(reply).not.toMatch(CHILD_NOTICE);
    expect(reply).toMatch(/teenagers aged 14 to 18/);
  });

  it.each([
    'My teen is always tired, could she be low in iron?',
    'I get cramps watching my teen play rugby in the cold',
  ])('never gives "%s" the child notice', (text) => {
    const { result, text: reply } = seen(text);
    expect(reply).not.toMatch(CHILD_NOTICE);
    if ('notice' in result && result.notice?.kind !== 'safety-net') expect(result.notice?.kind).toBe('teen');
  });
});

describe('a teenager describing their own symptoms, which the base cannot place', () => {
  it.each([
    "I'm 15 and my elbow clicks every time I throw a ball, what should I do?",
    'as a 17 year old my lips keep cracking at the corners, which vitamin?',
  ])('gets when to get care, then the teen figures: "%s"', (text) => {
    const { result, text: reply } = seen(text);
    expect(result).toMatchObject({ kind: 'fallback', reason: 'safety-net' });
    expect(reply).toMatch(/when to get care[\s\S]*teenagers aged 14 to 18/);
  });
});

describe('an age told as a number from 14 to 18 is a teenager', () => {
  it.each([
    "I'm 17 and my calves cramp at night, how much magnesium do I need?",
    'my daughter is 15, how much calcium should she be getting?',
    'my son 16 plays rugby twice a week, does he need more vitamin D?',
  ])('"%s" gets the teen figures, never the child notice', (text) => {
    const { text: reply } = seen(text);
    expect(reply).toMatch(/teenagers aged 14 to 18/);
    expect(reply).not.toMatch(CHILD_NOTICE);
  });

  it.each(["I'm 16 stone and my legs cramp, how much magnesium do adults need?"])(
    'a weight after "I\'m" is no age: "%s"',
    (text) => {
      expect(seen(text).text).not.toMatch(/teenagers aged 14 to 18/);
    },
  );
});

import { shippedEngine } from '../support/testKit';
import { smallTalkChecks } from '../support/smallTalkChecks';

// Issue 11's categories read from writer-16's misses, each in wording written here (not taken from any measured set),
// with look-alikes that must stay what they are: real health questions and requests that are not small talk. Each
// category's small talk was missed before it was learned; the look-alikes are guards. The small talk is read by the
// framing kinds "…-in-other-languages" (knowledge/content.yaml), not by cues, so the small-talk model is unchanged.
const engine = shippedEngine();
const { isSmallTalk, isNotSmallTalk } = smallTalkChecks(engine);

describe('small talk in Guarani and Paraguayan Spanish', () => {
  it.each([
    ['maitei, bot', 'greeting'],
    ["mba'éichapa? estás ahí?", 'greeting'],
    ['aguyjevete, re útil', 'thanks'],
    ['olvidá todo, empezamos de cero', 'restart'],
    ['sos humano o un robot?', 'disclaimer'],
    ['jajotopa peve!', 'goodbye'],
    ['bueno, me voy', 'goodbye'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    '¡maitei! ¿el magnesio sirve para los calambres?',
    'sos persona mayor y tomás magnesio? cuánto por día?',
    'how do you say goodbye in Guarani?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('small talk in Papiamento', () => {
  it.each([
    ['bon tardi! bo ta aki?', 'greeting'],
    ['kiko nos por puntra?', 'help'],
    ['lubidá tur, tema nobo', 'restart'],
    ['bo ta un robot?', 'disclaimer'],
    ['ken ta lesa loke mi ta skirbi?', 'disclaimer'],
    ['te otro biaha, bot', 'goodbye'],
  ])('"%s" is %s', isSmallTalk);

  it.each([
    'danki. vitamina D ta bon pa mi wesunan?',
    'kiko mi por kome pa haña mas magnesio?',
    'translate danki into English',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe("small talk in Yup'ik and Torres Strait Creole", () => {
  it.each([
    ['waqaa, bot', 'greeting'],
    ['quyana cakneq, bot', 'thanks'],
    ['koeyma eso, bot', 'thanks'],
    ['wanem yu ken du?', 'help'],
    ['yu robot?', 'disclaimer'],
    ['yawo, bot', 'goodbye'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['quyana, how much vitamin D do I need in winter?'])('"%s" is not small talk', isNotSmallTalk);
});

describe('small talk in Tatar and Bashkir, with Russian', () => {
  it.each([
    ['исәнмесез! вы тут?', 'greeting'],
    ['хәерле көн, бот', 'greeting'],
    ['зур рәхмәт!', 'thanks'],
    ['нәрсә белән булыша аласың?', 'help'],
    ['яңадан башлыйк', 'restart'],
    ['онытыгыз әле', 'restart'],
    ['кто читает что я здесь пишу?', 'disclaimer'],
    ['вы вообще кто?', 'disclaimer'],
    ['сау бул, бот', 'goodbye'],
  ])('"%s" is %s', isSmallTalk);

  it.each(['рәхмәт. а кальций можно пить вечером?'])('"%s" is not small talk', isNotSmallTalk);
});

describe('a new topic asked in another language beside a real question', () => {
  it.each([
    'otro tema: does potassium help cramps?',
    'I forgot to take my calcium, should I take two tomorrow?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

describe('"ta-ra" written as one word', () => {
  it.each([['tarra then, bot', 'goodbye']])('"%s" is %s', isSmallTalk);

  it.each([
    "hi, I'm Tara, can I take magnesium with my pills?",
    'Tara says magnesium helps cramps, is that right?',
  ])('"%s" is not small talk', isNotSmallTalk);
});

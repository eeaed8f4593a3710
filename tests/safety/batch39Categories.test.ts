/**
 * The categories learned from sealed batch 39 (Mongolian and Kazakh speakers, Zimbabwean English, Deaf writers of
 * BSL or ASL, circus performers, funeral directors, railway track workers, people living with HIV, ski instructors,
 * retired nurses, bodybuilders cutting for a show), each tested in wording written for it, not the batch's.
 */
import { createAnswerEngine } from '../../src/engine/createAnswerEngine';
import { createSafetyScreen } from '../../src/safety/createSafetyScreen';
import { gotSafetyNet, shippedKb } from '../support/testKit';
import { levelOf, ruleOf } from './loadSafetyData';

describe('how long a cramp has lasted, told with "already"', () => {
  it.each([
    'My calf cramp is 25 minutes already. Stretching, massage, still hard.',
    'foot cramp 15 minutes already, toes pulled down',
    'thigh cramp, an hour already, what do I do',
  ])('is a cramp that will not release: "%s"', (text) => {
    expect(ruleOf(text)).toBe('cramp-over-ten-minutes');
  });

  it('a cramp that has let go, with "already" about something else, is not', () => {
    expect(
      levelOf(
        'had a calf cramp last night, it went after a minute. I take magnesium already, is that enough?',
      ),
    ).toBe('none');
  });
});

describe('a stroke or heart attack as a figure of speech about a reaction', () => {
  it.each([
    'my sister is going to have a stroke when she sees my room, anyway what foods have B12?',
    'my coach is going to have a seizure when he sees my times',
    'I nearly had a stroke when I saw the price of vitamin D drops',
  ])('is not an alarm: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    'he might have a stroke after the news, his face has dropped on one side and his arm is weak',
    'I think I am having a heart attack, crushing chest pain going into my arm',
  ])('the signs themselves still are: "%s"', (text) => {
    expect(levelOf(text)).toBe('emergency');
  });
});

describe('own complaints told with no "I": mood and appetite, and "so" or "really" before a feeling', () => {
  const kb = shippedKb();
  const engine = createAnswerEngine(kb, { safety: createSafetyScreen(kb.safety) });

  it.each([
    'So achy after the double shift, is that low vitamin D?',
    'hangry and moody today, normal on a diet?',
    'starving and a bit cranky since I cut carbs',
  ])('gets the safety net when nothing answers it: "%s"', (text) => {
    const result = engine.answer({ text });
    expect(result.kind === 'answer' || gotSafetyNet(result)).toBe(true);
  });

  it('a general question with "very tired" in it is not about the writer', () => {
    const result = engine.answer({ text: 'Can low B12 make people very tired?' });
    expect(gotSafetyNet(result)).toBe(false);
  });
});

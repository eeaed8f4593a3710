import type { AnswerEngine } from '../../src/engine/types';

/**
 * What a person sees the engine make of a message, for the small-talk category suites: small talk with its intent,
 * or anything but small talk (an answer, a question back, a decline, triage).
 */
export function smallTalkChecks(engine: AnswerEngine) {
  const ask = (text: string) => engine.answer({ text });
  return {
    ask,
    isSmallTalk: (text: string, intent: string) => {
      expect(ask(text)).toMatchObject({ kind: 'help', intent });
    },
    isNotSmallTalk: (text: string) => {
      expect(ask(text).kind).not.toBe('help');
    },
  };
}

/**
 * The learned net beside the rules: either may raise a flag. The rules go first and keep their level and reason;
 * when they raise nothing, the message is about a current concern as the screen reads it (a sign told as now,
 * not denied, past, imagined, general or going on for weeks) and the net's probability reaches the threshold,
 * the reply is the knowledge base's learned flag (`learnedFlag:` in knowledge/safety.yaml): get care today, with
 * the local emergency number. The net cannot name a pattern, so the flag names none.
 *
 * Non-goals: choosing a level other than urgent, lowering a rule's level, or speaking on a framed mention.
 */
import type { SafetyData } from '../../knowledge/safetySchema';
import { fillPlaceholders, pickForLocale } from '../fillPlaceholders';
import type { RedFlag, SafetyScreen } from '../types';
import { LEARNED_NET } from './learnedNetConfig';
import type { RedFlagNet } from './trainRedFlagNet';

export function withLearnedNet(
  screen: SafetyScreen,
  net: RedFlagNet,
  data: SafetyData,
  threshold: number = LEARNED_NET.threshold,
): SafetyScreen {
  const flag = data.learnedFlag;
  if (flag === undefined) return screen;
  return {
    ...screen,
    triage(text: string, locale?: string): RedFlag | null {
      const found = screen.triage(text, locale);
      // Only a sign told as happening now: not denied, past, imagined, general, nor going on for weeks (at most
      // "see a doctor within days", which the rules decide), and a sign, not only a dose, a level or a condition.
      if (found !== null || screen.concern(text) !== 'current' || !screen.tellsSign(text)) return found;
      if (net.score(text) < threshold) return found;
      const values = {
        emergencyNumber: pickForLocale(data.emergencyNumbers, locale),
        poisonControl: pickForLocale(data.poisonControl, locale),
      };
      return {
        level: 'urgent',
        ruleId: LEARNED_NET.ruleId,
        title: flag.title,
        action: fillPlaceholders(flag.action, values),
        why: fillPlaceholders(flag.why, values),
        sources: flag.sources.map((source) => ({ ...source })),
      };
    },
  };
}

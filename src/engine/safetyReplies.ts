/**
 * How the engine folds the safety screen's notices into a reply: the safety net on a decline or a question back, a
 * scope notice after it, and the `soon` advice where the base has no answer. Pure functions over an AnswerResult.
 */
import type { RedFlag, ScopeNotice } from '../safety/types';
import type { AnswerResult, Candidate } from './types';

/**
 * A person describing their own current symptoms that triage did not place and matching could not answer is told
 * when to get care (`safetyNet`, the safety screen's notice or null, asked only for a decline or a question back),
 * then offered the closest topics (`topics` when matching had none): never a bare decline.
 */
export function withSafetyNetNotice(
  result: AnswerResult,
  safetyNet: () => ScopeNotice | null,
  topics: readonly Candidate[],
): AnswerResult {
  if (result.kind !== 'fallback' && result.kind !== 'clarify') return result;
  const net = safetyNet();
  if (net === null) return result;
  if (result.kind === 'clarify') return { ...result, notice: net };
  return {
    kind: 'fallback',
    reason: 'safety-net',
    notice: net,
    score: result.score,
    runnersUp: result.runnersUp.length > 0 ? result.runnersUp : [...topics],
  };
}

/** The safety net's notice, then a scope notice the message also has (teen figures, no personal dose). */
export function withScopeNotice(result: AnswerResult, notice: ScopeNotice): AnswerResult {
  if ((result.kind !== 'fallback' && result.kind !== 'clarify') || !result.notice) return result;
  return {
    ...result,
    notice: { ...result.notice, message: `${result.notice.message}\n\n${notice.message}` },
  };
}

/**
 * A `soon` flag where the base has no answer (a decline, small talk, a scope notice): the advice to see a doctor
 * within days, then the closest topics, as the safety net gives them. It stays a `soon` reply, never an urgent one:
 * "within days" shown as "get care today" would teach people to ignore the real alarms.
 */
export function withSoonAdviceFor(
  result: AnswerResult,
  redFlag: RedFlag,
  topics: readonly Candidate[],
): AnswerResult {
  const declined = result.kind === 'fallback' ? result : undefined;
  const notice = declined?.notice?.kind === 'safety-net' ? undefined : declined?.notice;
  return {
    kind: 'fallback',
    reason: declined?.reason === 'scope' ? 'scope' : 'safety-net',
    soon: redFlag,
    ...(notice ? { notice } : {}),
    score: declined?.score ?? 0,
    runnersUp: declined && declined.runnersUp.length > 0 ? declined.runnersUp : [...topics],
  };
}

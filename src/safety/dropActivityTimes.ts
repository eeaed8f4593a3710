/**
 * A length of time measures what it stands beside. After an activity or a situation, within a few words and with
 * no symptom between ("cycling for an hour", "standing at the counter for 8 hours"), or joined to one that follows
 * ("after an hour of hard cycling"), or told as how far into one something began ("numb after about 20 minutes on
 * the bike": `onset`, `onsetJoiners`), it measures that activity, so it is not read as the symptom lasting that
 * long. A time nearer a symptom ("cramping for an hour", "at the gym my calf cramped for an hour") keeps its
 * meaning, as does a phrase that also names the symptom itself, a time told as when something began ("during
 * the match, over half an hour ago": `anchors`) and a time told as gone by since then ("seized at the end of the
 * set and it's been 25 mins": `elapsed`).
 */
import { namesConceptIn, type PhraseMatch } from './compilePhraseIndex';
import type { MessageToken } from './segmentMessage';

export interface ActivityTimeRule {
  durations: ReadonlySet<string>;
  activities: ReadonlySet<string>;
  /** Concepts that, standing between an activity and a time, take the time for themselves. */
  symptoms: ReadonlySet<string>;
  joiners: ReadonlySet<string>;
  /** Words that open a time as how far into an activity something began ("after 20 minutes on the bike"). */
  onset: ReadonlySet<string>;
  /** After such a time, words that join the activity it measures ("on", "at"). */
  onsetJoiners: ReadonlySet<string>;
  /** Words that, right after a time, make it the time since something began ("half an hour ago"): kept. */
  anchors: ReadonlySet<string>;
  /** Words that, right before a time or opening it, make it the time gone by since something began ("it's been
   * 25 mins", after "the end of the set"): kept. */
  elapsed: ReadonlySet<string>;
  /** Most words between an activity and the time after it (or after the joiner). */
  reach: number;
}

export function dropActivityTimes(
  tokens: readonly MessageToken[],
  matches: readonly PhraseMatch[],
  rule: ActivityTimeRule,
): readonly PhraseMatch[] {
  const named = (names: ReadonlySet<string>) => matches.filter((match) => namesConceptIn(match, names));
  const activities = named(rule.activities);
  if (activities.length === 0) return matches;
  const symptoms = named(rule.symptoms);
  const clauseAt = (position: number): number => tokens[position]?.clause ?? -1;
  const symptomBetween = (from: number, to: number): boolean =>
    symptoms.some((symptom) => symptom.start > from && symptom.start < to);
  // "after about 20 minutes on the bike": the onset word stands right before the time, or one word before it.
  const opensWithOnset = (start: number): boolean =>
    [start - 1, start - 2, start].some((at) => at >= 0 && rule.onset.has(tokens[at]?.word ?? ''));
  const measuresActivity = (time: PhraseMatch): boolean =>
    !rule.anchors.has(tokens[time.end + 1]?.word ?? '') &&
    !rule.elapsed.has(tokens[time.start]?.word ?? '') &&
    !rule.elapsed.has(tokens[time.start - 1]?.word ?? '') &&
    activities.some((activity) => {
      if (activity.start <= time.end && time.start <= activity.end) return false;
      if (clauseAt(activity.start) !== clauseAt(time.start)) return false;
      if (activity.end < time.start)
        return time.start - activity.end - 1 <= rule.reach && !symptomBetween(activity.end, time.start);
      const joiner = tokens[time.end + 1]?.word;
      return (
        joiner !== undefined &&
        (rule.joiners.has(joiner) || (rule.onsetJoiners.has(joiner) && opensWithOnset(time.start))) &&
        activity.start - time.end - 2 <= rule.reach &&
        !symptomBetween(time.end, activity.start)
      );
    });
  // A time: a match whose concepts are all lengths of time (and it names at least one).
  const isTime = (match: PhraseMatch): boolean =>
    namesConceptIn(match, rule.durations) &&
    match.roles.every((role) => role.kind !== 'concept' || rule.durations.has(role.name));
  return matches.flatMap((match) => {
    if (!isTime(match) || !measuresActivity(match)) return [match];
    const roles = match.roles.filter((role) => role.kind !== 'concept');
    return roles.length === 0 ? [] : [{ ...match, roles }];
  });
}

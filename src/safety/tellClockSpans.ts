/**
 * A length told by two clock times: "my calf cramp started at 3am and now it's 3.40" has lasted 40 minutes, as if
 * the writer had said so. The rules read lengths from words ("40 minutes now", `long-duration` in
 * knowledge/safety.yaml), so each span found is told once more in those words, as a sentence of its own at the end
 * of the message; the message itself is read as before.
 *
 * A start is a start word ("started", "began", "came on", "since", "from") and a clock time; the end is "now" with a clock time
 * ("now it's 3.40", "it is now 4:15", "it's now gone 4:15"). A clock time has minutes ("3.40", "4:15") or "am"/"pm" ("3am"); the start may
 * also be a bare hour after "at" ("started at 3"). A number with a unit ("since 3 days", "now it's 3.4 mmol") is no
 * clock time. Without "am" or "pm" on both, an end before the start is read as the next half of the day ("11.50 …
 * now 12.05"); a span of more than twelve hours, or of none, is not told.
 */
import { parseNumber } from '../text';

/** An hour with its minutes, if any ("3", "3.40", "15:05"), never part of a longer number ("30", "3.4"). */
const HOUR_MINUTES = String.raw`(\d{1,2})(?:[:.](\d{2}))?(?!\d)(?![:.]\d)`;
const HALF = String.raw`(?:\s*(am|pm|a\.m\.|p\.m\.)(?![a-z]))?`;
/** Not a clock time when a unit follows ("since 3 days", "now it's 3.40 mmol"). */
const NO_UNIT = String.raw`(?!\s*(?:mmol|nmol|pmol|mg|mcg|µg|ug|iu|ml|kg|g\b|l\b|%|percent|days?|nights?|weeks?|months?|years?|hours?|hrs?|mins?|minutes?|secs?|seconds?|times|x\b))`;
const START = String.raw`\b(?:started|start|starts|began|begun|begins|came on|kicked in|since|from)\s+(at\s+|around\s+|about\s+|just after\s+|just before\s+)?`;
const NOW = String.raw`\b(?:now\s+(?:it['’]?s\s+|it is\s+|its\s+)?|(?:it['’]?s|it is|its)\s+now\s+)(?:(?:just\s+)?(?:gone|past|after)\s+|(?:about|around|nearly|almost)\s+)?`;
const SPAN = new RegExp(
  `${START}${HOUR_MINUTES}${HALF}${NO_UNIT}([^\\n]{0,80}?)${NOW}${HOUR_MINUTES}${HALF}${NO_UNIT}`,
  'gi',
);

const HALF_DAY = 12 * 60;

/** Minutes after midnight; without "am" or "pm" an hour up to 12 is read on a twelve-hour clock (see spanMinutes). */
function minutesOf(hour: string, minutes: string | undefined, half: string | undefined): number | null {
  const h = Number(hour);
  const m = minutes === undefined ? 0 : Number(minutes);
  if (m > 59 || h > 23) return null;
  if (half === undefined) return (h > 12 ? h : h % 12) * 60 + m;
  if (h < 1 || h > 12) return null;
  return ((h % 12) + (half.toLowerCase().startsWith('p') ? 12 : 0)) * 60 + m;
}

/** The minutes from `start` to `end`, or null when they are no span (none, or more than twelve hours). */
function spanMinutes(start: number, end: number, bothHalves: boolean): number | null {
  let span = end - start;
  while (span <= 0 && span > -2 * HALF_DAY) span += bothHalves ? 2 * HALF_DAY : HALF_DAY;
  return span > 0 && span <= HALF_DAY ? span : null;
}

/** The minutes before "past" or "to" that are no number word ("quarter past", "twenty-five to"). */
const FRACTION_MINUTES: Readonly<Record<string, number>> = {
  quarter: 15,
  'a quarter': 15,
  'twenty five': 25,
  'twenty-five': 25,
  half: 30,
};
const HOUR_WORD = String.raw`(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})`;
const MINUTE_WORD = String.raw`(a quarter|quarter|half|twenty[- ]five|twenty|ten|five|\d{1,2}(?: minutes| mins)?)`;
const PAST_OR_TO = new RegExp(String.raw`\b${MINUTE_WORD} (past|to) ${HOUR_WORD}\b`, 'gi');
const O_CLOCK = new RegExp(String.raw`\b${HOUR_WORD} o['’]? ?clock\b`, 'gi');

const hourOf = (word: string): number => parseNumber(word.toLowerCase()) ?? Number.NaN;
const minuteOf = (word: string): number => {
  const lower = word.toLowerCase();
  // "5 minutes", "ten": the number before any unit.
  return FRACTION_MINUTES[lower] ?? parseNumber(lower.split(' ')[0] ?? '') ?? Number.NaN;
};
const clock = (hour: number, minutes: number): string => `${hour}:${String(minutes).padStart(2, '0')}`;

/**
 * Clock times told in words as digits: "half past nine" → "9:30", "twenty to ten" → "9:40", "ten o'clock" →
 * "10:00". Only the span search reads the result; the message is read as written.
 */
function clockWordsAsDigits(raw: string): string {
  return raw
    .replace(PAST_OR_TO, (whole, minuteWord: string, way: string, hourWord: string) => {
      const hour = hourOf(hourWord);
      const minutes = minuteOf(minuteWord);
      if (!(hour >= 1 && hour <= 12 && minutes >= 1 && minutes <= 30)) return whole;
      // "5 to 10" is as often a range as a time: "to" takes the minutes in words only ("five to ten").
      if (way.toLowerCase() === 'to' && /\d/.test(minuteWord)) return whole;
      return way.toLowerCase() === 'past'
        ? clock(hour, minutes)
        : clock(hour === 1 ? 12 : hour - 1, 60 - minutes);
    })
    .replace(O_CLOCK, (whole, hourWord: string) => {
      const hour = hourOf(hourWord);
      return hour >= 1 && hour <= 12 ? clock(hour, 0) : whole;
    });
}

/**
 * `raw` with each clock-time span told again at its end, in minutes ("… 40 minutes now."); unchanged otherwise.
 * The times may be told in digits or in words ("since half past nine and it's now gone ten past ten").
 */
export function tellClockSpans(raw: string): string {
  const text = /\b(?:past|to|o['’]? ?clock)\b/i.test(raw) ? clockWordsAsDigits(raw) : raw;
  if (!/\d/.test(text)) return raw;
  const told: number[] = [];
  for (const found of text.matchAll(SPAN)) {
    const [, at, startHour, startMinutes, startHalf, , endHour, endMinutes, endHalf] = found;
    if (startHour === undefined || endHour === undefined) continue;
    const startIsClock =
      startMinutes !== undefined || startHalf !== undefined || at?.trim().toLowerCase() === 'at';
    const endIsClock = endMinutes !== undefined || endHalf !== undefined;
    if (!startIsClock || !endIsClock) continue;
    const start = minutesOf(startHour, startMinutes, startHalf);
    const end = minutesOf(endHour, endMinutes, endHalf);
    if (start === null || end === null) continue;
    const span = spanMinutes(start, end, startHalf !== undefined && endHalf !== undefined);
    if (span !== null) told.push(span);
  }
  return told.length === 0 ? raw : `${raw}\n${told.map((span) => `${span} minutes now.`).join('\n')}`;
}

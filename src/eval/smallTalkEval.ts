import { z } from 'zod';
import type { AnswerEngine } from '../engine/types';
import { formatIssue } from '../knowledge/KnowledgeBaseError';
import { readYamlFile } from '../knowledge/readYamlFile';

const messageSchema = z.strictObject({
  text: z.string().min(1),
  intent: z.enum(['greeting', 'thanks', 'help', 'restart', 'goodbye', 'disclaimer', 'none']),
});
const fileSchema = z.strictObject({ messages: z.array(messageSchema).min(1) });
export type SmallTalkMessage = z.infer<typeof messageSchema>;

export interface SmallTalkReport {
  smallTalk: number;
  /** Share of small-talk messages answered as small talk (any intent). */
  recognised: number;
  /** Share of small-talk messages answered with their own intent. */
  rightIntent: number;
  lookAlikes: number;
  /** Share of look-alikes (questions, other requests) not answered as small talk. */
  lookAlikesKept: number;
}

/** How the engine's small talk does on a labelled set of small talk and look-alikes. */
export function evaluateSmallTalk(
  engine: AnswerEngine,
  messages: readonly SmallTalkMessage[],
): SmallTalkReport {
  let smallTalk = 0;
  let recognised = 0;
  let rightIntent = 0;
  let lookAlikes = 0;
  let kept = 0;
  for (const message of messages) {
    const result = engine.answer({ text: message.text });
    if (message.intent === 'none') {
      lookAlikes += 1;
      if (result.kind !== 'help') kept += 1;
      continue;
    }
    smallTalk += 1;
    if (result.kind === 'help') {
      recognised += 1;
      if (result.intent === message.intent) rightIntent += 1;
    }
  }
  const share = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
  return {
    smallTalk,
    recognised: share(recognised, smallTalk),
    rightIntent: share(rightIntent, smallTalk),
    lookAlikes,
    lookAlikesKept: share(kept, lookAlikes),
  };
}

export function loadSmallTalkSet(path: string, display = path): SmallTalkMessage[] {
  const result = readYamlFile(path, display, fileSchema);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.value.data.messages;
}

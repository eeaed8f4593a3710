import { readFileSync } from 'node:fs';
import type { ContentData } from '../knowledge/schema';

export type ChatMode = 'local' | 'directline';

/**
 * The page is public/index.html with the bot's name and disclaimer filled in on the server, so the wording
 * stays in knowledge/content.yaml and the disclaimer is readable before (and without) any script.
 */
export function renderChatPage(
  templatePath: string,
  content: Pick<ContentData, 'botName' | 'disclaimer'>,
  mode: ChatMode,
): string {
  const values: Record<string, string> = {
    botName: content.botName,
    disclaimerShort: content.disclaimer.short,
    disclaimerFull: content.disclaimer.full,
    mode,
  };
  return readFileSync(templatePath, 'utf8').replace(/\{\{(\w+)\}\}/g, (placeholder, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`${templatePath}: unknown placeholder ${placeholder}`);
    return escapeHtml(value);
  });
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

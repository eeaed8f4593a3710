import { createApp } from '../../src/createApp';
import { loadConfig } from '../../src/config';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase';
import { loadKnowledgeBase } from '../../src/knowledge/loadKnowledgeBase';
import { createMemoryLogger } from '../../src/logger';
import { listen } from '../../src/server';
import type { ConversationMemory } from '../../src/state/ConversationMemory';
import type { FetchLike } from '../../src/webchat/fetchDirectLineToken';

let kb: KnowledgeBase | undefined;

/** The shipped knowledge base, loaded once per test file. */
export function shippedKb(): KnowledgeBase {
  kb ??= loadKnowledgeBase();
  return kb;
}

export interface Service {
  url: string;
  logs: Array<Record<string, unknown>>;
  close(): Promise<void>;
}

/** The real service (createApp + listen) on an ephemeral loopback port. */
export async function startService(
  env: Record<string, string> = {},
  fetch?: FetchLike,
  /** One memory handed to several instances plays the shared store (Redis) of a real deployment. */
  memory?: ConversationMemory,
): Promise<Service> {
  const logger = createMemoryLogger();
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  const app = createApp({ config, kb: shippedKb(), logger, fetch, memory });
  const { server } = app;
  const port = await listen(server, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    logs: logger.lines,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!memory) await app.memory.close();
    },
  };
}

export interface Reply {
  id?: string;
  type: string;
  text?: string;
  replyToId?: string;
  attachments?: Array<{
    contentType: string;
    content: { version?: string; body?: CardNode[]; actions?: CardNode[] };
  }>;
  entities?: Array<Record<string, unknown> & { type: string }>;
  suggestedActions?: { actions: unknown[] };
  channelData?: Record<string, unknown>;
  timestamp?: string;
  from?: { id?: string; role?: string };
}

export interface CardNode {
  type: string;
  title?: string;
  text?: string;
  items?: CardNode[];
  actions?: CardNode[];
  selectAction?: CardNode;
  [key: string]: unknown;
}

export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; json: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

/**
 * Every button a card shows: top-level actions, those in ActionSets anywhere in the body, and the tappable rows
 * (a Container's selectAction) that Teams gets instead of buttons.
 */
export function buttonsOf(reply: Reply): CardNode[] {
  const walk = (nodes: CardNode[] = []): CardNode[] =>
    nodes.flatMap((node) => [
      ...(node.type === 'ActionSet' ? (node.actions ?? []) : []),
      ...(node.selectAction ? [node.selectAction] : []),
      ...walk(node.items),
    ]);
  return (reply.attachments ?? []).flatMap((attachment) => [
    ...(attachment.content.actions ?? []),
    ...walk(attachment.content.body),
  ]);
}

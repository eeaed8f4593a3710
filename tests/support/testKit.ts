import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { Server } from 'restify';
import type { AuthEndpoints } from '../../src/adapter';
import { loadConfig, type Config } from '../../src/config';
import { createApp } from '../../src/createApp';
import { createAnswerEngine } from '../../src/engine/createAnswerEngine';
import type { AnswerEngine, AnswerResult } from '../../src/engine/types';
import { renderReply } from '../../src/render/renderReply';
import { createSafetyScreen } from '../../src/safety/createSafetyScreen';
import { labelledTrainingSource } from '../../src/eval/trainingQuestions';
import { safetyTrainingSource } from '../../src/eval/safetyCases';
import { loadOrTrainRedFlagNet } from '../../src/safety/learned/loadOrTrainRedFlagNet';
import { withLearnedNet } from '../../src/safety/learned/withLearnedNet';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase';
import { loadKnowledgeBase } from '../../src/knowledge/loadKnowledgeBase';
import { createMemoryLogger } from '../../src/logger';
import { listen } from '../../src/server';
import type { ConversationMemory } from '../../src/state/ConversationMemory';

let cachedKb: KnowledgeBase | undefined;

/** The shipped knowledge base, loaded once per test file. */
export function shippedKb(): KnowledgeBase {
  cachedKb ??= loadKnowledgeBase();
  return cachedKb;
}

/** The engine as the service builds it: the rules, then the learned red-flag net, then matching. */
export function shippedEngine() {
  const kb = shippedKb();
  const root = join(__dirname, '../..');
  return createAnswerEngine(kb, {
    safety: withLearnedNet(
      createSafetyScreen(kb.safety),
      loadOrTrainRedFlagNet(safetyTrainingSource(root)),
      kb.safety,
    ),
    training: labelledTrainingSource(root),
  });
}

/** What a person sees for `text`: the engine's result rendered as the reply, its faqResult entity and buttons. */
export function renderedReply(engine: AnswerEngine, kb: KnowledgeBase, text: string, locale?: string) {
  const result = engine.answer({ text, locale });
  const reply = renderReply(result, kb);
  const faq = reply.entities.find((entity) => entity.type === 'faqResult');
  return { result, text: reply.text, faq, actions: reply.suggestedActions?.actions ?? [] };
}

/** Whether a reply gave the safety net's "when to get care": on a decline, or on a question back. */
export const gotSafetyNet = (result: AnswerResult): boolean =>
  (result.kind === 'fallback' && result.reason === 'safety-net') ||
  (result.kind === 'clarify' && result.notice?.kind === 'safety-net');

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ LOG_LEVEL: 'silent', ...env });
}

export interface RunningServer {
  url: string;
  logger: ReturnType<typeof createMemoryLogger>;
  server: Server;
  close(): Promise<void>;
}

/** The real service on an ephemeral loopback port. */
export async function startServer(
  options: { env?: Record<string, string>; memory?: ConversationMemory; authEndpoints?: AuthEndpoints } = {},
): Promise<RunningServer> {
  const logger = createMemoryLogger();
  const config = testConfig(options.env);
  const app = createApp({
    config,
    kb: shippedKb(),
    logger,
    memory: options.memory,
    authEndpoints: options.authEndpoints,
  });
  const { server } = app;
  const port = await listen(server, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    logger,
    server,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!options.memory) await app.memory.close();
    },
  };
}

let counter = 0;

/** A user activity as a channel would send it, asking for the replies in the response body. */
export function userActivity(fields: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return {
    type: 'message',
    id: `activity-${counter}`,
    channelId: 'test',
    serviceUrl: 'http://127.0.0.1:9',
    conversation: { id: 'conversation-1' },
    from: { id: 'user-1', name: 'User' },
    recipient: { id: 'bot', name: 'Bot' },
    locale: 'en-US',
    deliveryMode: 'expectReplies',
    ...fields,
  };
}

export interface ReplyActivity {
  type: string;
  text?: string;
  attachments?: Array<{
    contentType: string;
    content: Record<string, unknown> & { body?: unknown[]; actions?: unknown[]; version?: string };
  }>;
  entities?: Array<Record<string, unknown> & { type: string }>;
  suggestedActions?: { actions: Array<Record<string, unknown>> };
  channelData?: Record<string, unknown>;
}

export async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: unknown; text: string; requestId: string | null }> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text, requestId: response.headers.get('x-request-id') };
}

export function faqResultOf(activity: ReplyActivity): Record<string, unknown> | undefined {
  return activity.entities?.find((entity) => entity.type === 'faqResult');
}

/**
 * Gives the service in this process a fresh temp directory, so a test can show that no request left a file
 * there (restify's body parser once wrote multipart uploads to it and kept them). It replaces os.tmpdir(),
 * which is where Node code puts temp files: setting TMPDIR in a test would not reach it, since jest gives each
 * test file its own copy of process.env.
 */
export function watchTempDirectory(): { files(): string[]; restore(): void } {
  const dir = mkdtempSync(join(os.tmpdir(), 'service-tmp-'));
  const spy = jest.spyOn(os, 'tmpdir').mockReturnValue(dir);
  return {
    files: () => readdirSync(dir),
    restore: () => {
      spy.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

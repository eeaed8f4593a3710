import { createMemoryLogger, MAX_LOGGED_CHARS } from '../../src/logger';
import { post, startServer, userActivity } from '../support/testKit';

describe('what reaches the log', () => {
  it('caps the "None of these" question: a 250 KB value is one short line', async () => {
    const running = await startServer();
    try {
      const response = await post(
        running.url,
        userActivity({ text: '', value: { action: 'none-of-these', question: 'q'.repeat(250_000) } }),
      );
      expect(response.status).toBe(200);
      const line = running.logger.lines.find((logged) => logged.via === 'none-of-these');
      expect(String(line?.question).length).toBeLessThanOrEqual(MAX_LOGGED_CHARS + 30);
      expect(JSON.stringify(running.logger.lines).length).toBeLessThan(20_000);
    } finally {
      await running.close();
    }
  });

  it('never writes a raw conversation id: a question, a "None of these" click and feedback log only its hash', async () => {
    const running = await startServer();
    const conversation = { id: 'a:1QmRawTeamsConversationId-77f3' };
    try {
      await post(running.url, userActivity({ text: 'what foods have magnesium', conversation }));
      await post(
        running.url,
        userActivity({ text: '', conversation, value: { action: 'none-of-these', question: 'leg ache' } }),
      );
      await post(
        running.url,
        userActivity({
          text: '',
          conversation,
          value: { action: 'feedback', entryId: 'what-is-a-leg-cramp', rating: 'helpful' },
        }),
      );
      const withConversation = running.logger.lines.filter((line) => line.conversationId !== undefined);
      expect(withConversation.length).toBeGreaterThanOrEqual(2);
      for (const line of withConversation) expect(line.conversationId).toMatch(/^[0-9a-f]{16}$/);
      expect(JSON.stringify(running.logger.lines)).not.toContain('RawTeamsConversationId');
    } finally {
      await running.close();
    }
  });

  it('hashes conversation ids, the same id to the same hash', () => {
    const logger = createMemoryLogger();
    logger.info('a', { conversationId: 'teams-conversation-secret' });
    logger.info('b', { conversationId: 'teams-conversation-secret' });
    const [a, b] = logger.lines;
    expect(a?.conversationId).toMatch(/^[0-9a-f]{16}$/);
    expect(a?.conversationId).toBe(b?.conversationId);
    expect(JSON.stringify(logger.lines)).not.toContain('secret');
  });

  it('writes errors as one JSON object with a capped message, and bounds nesting and arrays', () => {
    const logger = createMemoryLogger();
    logger.error('boom', {
      error: new Error('x'.repeat(10_000)),
      deep: { a: { b: { c: { d: { e: 'deepest-value' } } } } },
      list: Array.from({ length: 1000 }, (_, i) => i),
    });
    const [line] = logger.lines;
    expect(line).toMatchObject({ level: 'error', event: 'boom' });
    expect(String((line?.error as { message: string }).message).length).toBeLessThan(MAX_LOGGED_CHARS + 30);
    expect(JSON.stringify(line)).not.toContain('deepest-value');
    expect((line?.list as unknown[]).length).toBeLessThanOrEqual(21);
  });
});

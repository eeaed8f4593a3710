import { analyseLogs, groupBySimilarity } from '../../src/report/analyseLogs';
import { renderCuratorHtml, renderCuratorText } from '../../src/report/renderCuratorReport';
import { post, shippedKb, startServer, userActivity } from '../support/testKit';

describe('npm run report: the curator report from the logs', () => {
  it('groups similar unanswered questions, counts feedback, lists "None of these" and never-hit entries, from a real service’s logs', async () => {
    const running = await startServer();
    try {
      const say = (conversation: string, fields: Record<string, unknown>) =>
        post(running.url, userActivity({ conversation: { id: conversation }, ...fields }));
      await say('c1', { text: "what's the weather in Paris?" });
      await say('c2', { text: 'what is the weather in Paris today' });
      await say('c3', { text: 'who won the football' });
      await say('c4', { text: 'what foods have magnesium' });
      await say('c4', {
        text: '',
        value: { action: 'feedback', entryId: 'magnesium-foods', helpful: false },
      });
      await say('c5', { text: '', value: { action: 'none-of-these', question: 'tingly toes at night' } });
      const entryIds = shippedKb().entries.map((entry) => entry.id);
      const report = analyseLogs(running.logger.lines, entryIds);

      expect(report.unanswered[0]).toMatchObject({ count: 2 });
      expect(report.unanswered[0]?.wordings.join(' ')).toMatch(/weather in Paris/);
      expect(report.unanswered.map((group) => group.example)).toContain('who won the football');
      expect(report.noneOfThese).toEqual([{ question: 'tingly toes at night', offered: [] }]);
      expect(report.hits.get('magnesium-foods')).toBeGreaterThanOrEqual(1);
      expect(report.neverHit).not.toContain('magnesium-foods');
      expect(report.neverHit.length).toBeGreaterThan(10);

      const text = renderCuratorText(report);
      expect(text).toContain('Most frequent unanswered questions');
      const html = renderCuratorHtml(report);
      expect(html).toContain('<svg');
      expect(html).not.toContain('<script');
    } finally {
      await running.close();
    }
  });

  it('suggests a clarified question as an alternate of the entry the user then chose, and shows what "None of these" declined', () => {
    const lines = [
      {
        event: 'question.answered',
        conversationId: 'a',
        kind: 'clarify',
        options: ['x-foods', 'x-role'],
        question: 'x grub',
      },
      { event: 'question.answered', conversationId: 'a', kind: 'answer', id: 'x-foods', viaButton: true },
      {
        event: 'question.answered',
        conversationId: 'b',
        kind: 'clarify',
        options: ['x-foods', 'x-role'],
        question: 'x grub',
      },
      { event: 'question.answered', conversationId: 'b', kind: 'answer', id: 'x-foods', viaButton: true },
      {
        event: 'question.answered',
        conversationId: 'c',
        kind: 'clarify',
        options: ['y-tests', 'y-role'],
        question: 'y check',
      },
      { event: 'question.unanswered', conversationId: 'c', via: 'none-of-these', question: 'y check' },
      { event: 'feedback', entryId: 'x-foods', helpful: true },
      { event: 'feedback', entryId: 'x-foods', helpful: false },
      { event: 'feedback', entryId: 'x-foods', helpful: false },
    ];
    const report = analyseLogs(lines, ['x-foods', 'x-role', 'y-tests', 'y-role']);
    expect(report.suggestedAlternates).toEqual([{ entryId: 'x-foods', question: 'x grub', count: 2 }]);
    expect(report.noneOfThese).toEqual([{ question: 'y check', offered: ['y-tests', 'y-role'] }]);
    expect(report.clarified[0]).toMatchObject({ example: 'x grub', count: 2 });
    expect(report.feedback).toEqual([{ entryId: 'x-foods', helpful: 1, notHelpful: 2 }]);
    expect(report.neverHit).toEqual(['x-role', 'y-tests', 'y-role']);
  });

  it('groups wordings by shared words, not by exact text', () => {
    const groups = groupBySimilarity([
      'can I eat bananas for cramps',
      'bananas for cramps?',
      'do bananas help cramps',
      'how to fix a flat tyre',
    ]);
    expect(groups.map((group) => group.count)).toEqual([3, 1]);
  });
});

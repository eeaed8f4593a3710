import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MATCH_DEFAULTS } from '../../src/engine/config';
import { answerEngineSteps, createAnswerEngine } from '../../src/engine/createAnswerEngine';
import { labelledTrainingSource } from '../../src/eval/trainingQuestions';
import type { AnswerResult } from '../../src/engine/types';
import { loadQuestionSet } from '../../src/eval/questionSet';
import { loadKnowledgeBase } from '../../src/knowledge/loadKnowledgeBase';
import { loadKnowledgeBaseInWorker } from '../../src/reload/loadKnowledgeBaseInWorker';
import { createSafetyScreen, safetyScreenSteps } from '../../src/safety/createSafetyScreen';
import { runInSlices } from '../../src/util/runSteps';

const ROOT = join(__dirname, '../..');

/** What a user would see of a result: its kind, the entry or rule chosen, the options offered, the score. */
function seen(result: AnswerResult): unknown {
  return JSON.parse(
    JSON.stringify(result, (key, value: unknown) =>
      key === 'entry' && value && typeof value === 'object' ? (value as { id: string }).id : value,
    ),
  );
}

describe('a hot reload builds the same service off the request path', () => {
  it('a base loaded (and its models trained) in a worker thread and built in slices answers every labelled question exactly as one loaded and built at once', async () => {
    const direct = loadKnowledgeBase(join(ROOT, 'knowledge'));
    const {
      kb: viaWorker,
      smallTalkModel,
      entryClassifier,
    } = await loadKnowledgeBaseInWorker(join(ROOT, 'knowledge'));
    expect(smallTalkModel).toBeDefined();
    // The entry classifier comes from the worker too (when the engine uses it), so the slices never train it.
    expect(entryClassifier !== undefined).toBe(MATCH_DEFAULTS.classifierWeight > 0);
    expect(viaWorker.version).toBe(direct.version);
    expect(viaWorker.entries.length).toBe(direct.entries.length);

    const training = labelledTrainingSource(ROOT);
    const atOnce = createAnswerEngine(direct, { safety: createSafetyScreen(direct.safety), training });
    let slices = 0;
    const countingSlices = async <T>(steps: Generator<void, T, void>) => {
      const done = runInSlices(steps, 1);
      const timer = setInterval(() => (slices += 1), 0);
      try {
        return await done;
      } finally {
        clearInterval(timer);
      }
    };
    const safety = await countingSlices(safetyScreenSteps(viaWorker.safety));
    const inSlices = await countingSlices(
      // As the service builds it (createApp): the answer check, which the worker trained, is read from its cache.
      answerEngineSteps(viaWorker, {
        safety,
        smallTalkModel,
        entryClassifier: entryClassifier ?? null,
        training,
      }),
    );
    // The event loop ran in between (timers fired), so the build really was cut into slices.
    expect(slices).toBeGreaterThan(5);

    const questions = loadQuestionSet(join(ROOT, 'tests/eval/questions.yaml')).map((q) => q.text);
    expect(questions.length).toBeGreaterThan(100);
    for (const text of questions)
      expect([text, seen(inSlices.answer({ text }))]).toEqual([text, seen(atOnce.answer({ text }))]);
  }, 60_000);

  it('a worker load of an invalid base rejects with the file:line problems', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-worker-'));
    try {
      cpSync(join(ROOT, 'knowledge'), dir, { recursive: true });
      writeFileSync(
        join(dir, 'faq.yaml'),
        `${readFileSync(join(dir, 'faq.yaml'), 'utf8')}\n  - id: [unclosed\n`,
      );
      await expect(loadKnowledgeBaseInWorker(dir)).rejects.toThrow(/faq\.yaml:\d+/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { FeedbackDialog } from '../dialogs/FeedbackDialog';
import { QuestionDialog } from '../dialogs/QuestionDialog';
import { WelcomeDialog } from '../dialogs/WelcomeDialog';
import { FaqBot } from './bot';
import type { AnswerEngine } from './engine/types';
import type { KnowledgeBase } from './knowledge/KnowledgeBase';
import type { Logger } from './logger';
import type { ConversationMemory } from './state/ConversationMemory';

/** The bot and its dialogs, wired one way for the service and for tests (which may hand in a stub engine). */
export function createBot(
  engine: AnswerEngine,
  kb: KnowledgeBase,
  memory: ConversationMemory,
  logger: Logger,
): FaqBot {
  const feedback = new FeedbackDialog(kb, logger);
  return new FaqBot(
    {
      welcome: new WelcomeDialog(kb),
      question: new QuestionDialog(engine, kb, memory, feedback, logger),
      feedback,
    },
    logger,
  );
}

import type { Explanation, ReadingExplanation } from '../engine/Explanation';
import type { AnswerResult } from '../engine/types';
import type { ClinicalFeatures } from '../safety/types';

/** The explanation as a curator reads it: the outcome first, then each text ranked and why. */
export function renderExplanation(
  explanation: Explanation,
  result: Record<string, unknown>,
  features: ClinicalFeatures,
): string {
  const lines = [`Question: ${explanation.question}`, `Result: ${summarise(result)}`];
  for (const step of explanation.steps) lines.push(`  ${step}`);
  const named = Object.entries(features).filter(([, values]) => values.length > 0);
  if (named.length > 0)
    lines.push(
      `  triage features: ${named.map(([key, values]) => `${key} (${values.join(', ')})`).join('; ')}`,
    );
  explanation.readings.forEach((reading, i) => {
    lines.push('', `Reading ${i + 1} of ${explanation.readings.length}: "${reading.text}"`);
    if (reading.corrections.length > 0)
      lines.push(`  typos corrected: ${reading.corrections.map((c) => `${c.from} → ${c.to}`).join(', ')}`);
    lines.push(`  words: ${reading.words.join(' ') || '(none)'}`);
    lines.push(`  terms: ${reading.terms.join(' ') || '(none)'}`);
    if (reading.nutrients.length > 0) lines.push(`  nutrients: ${reading.nutrients.join(', ')}`);
    if (reading.facets.length > 0) lines.push(`  facets cued: ${reading.facets.join(', ')}`);
    if (reading.uncovered.length > 0) lines.push(`  topics not covered: ${reading.uncovered.join(', ')}`);
    const { context } = reading;
    if (context.previous)
      lines.push(
        `  after ${context.previous}: ${context.pointsBack ? 'points back' : 'does not point back'}` +
          (context.carried.length > 0 ? `, carries ${context.carried.join(' ')}` : '') +
          (context.offered.length > 0 ? `, leans towards ${context.offered.join(', ')}` : ''),
      );
    lines.push(`  words the base never uses: ${Math.round(reading.unknownShare * 100)}% of the weight`);
    if (reading.candidates.length > 0)
      lines.push(
        '  candidates (score = phrasing/cosine blend, then evidence, then lexical − classifierWeight × (best − own classifier probability)):',
      );
    for (const candidate of reading.candidates)
      lines.push(
        `    ${candidate.score.toFixed(3)}  ${candidate.id}: phrasing ${candidate.phrasing.match.toFixed(2)}` +
          (candidate.phrasing.text ? ` ("${candidate.phrasing.text}")` : '') +
          `, cosine ${candidate.cosine.toFixed(2)}, base ${candidate.base.toFixed(3)}; ${candidate.adjustment}` +
          (candidate.offered ? '; offered by the last answer (+followUpBonus)' : '') +
          `; lexical ${candidate.lexical.toFixed(3)}, classifier ${candidate.probability.toFixed(3)}`,
      );
    lines.push(`  decision: ${describeDecision(reading.decision)} → ${reading.outcome.kind}`);
  });
  return lines.join('\n');
}

function describeDecision(decision: ReadingExplanation['decision']): string {
  switch (decision.stage) {
    case 'uncovered-topic':
      return `names "${decision.topic}", a topic the base does not cover`;
    case 'mostly-unknown-words':
      return `a short question (${decision.terms} terms) of mostly unknown words: ${Math.round(decision.unknownShare * 100)}% ≥ maxUnknownShare ${decision.maxUnknownShare}`;
    case 'classifier-held-back': {
      const why = decision.storySentence
        ? "it read only the story's question sentence"
        : `it gives ${decision.id} ${decision.probability} < classifierTip ${decision.classifierTip}`;
      return `the classifier would have answered ${decision.id}, but ${why}, so the words decide: ${describeDecision(decision.words)}`;
    }
    case 'answer-checked':
      return decision.asks
        ? `${describeDecision(decision.words)}, but the answer check finds ${decision.id} right with probability ${decision.probability} < answerCheckMin ${decision.answerCheckMin}, so it asks`
        : `${describeDecision(decision.words)}, but the answer check finds ${decision.id} right with probability ${decision.probability} ≥ ${decision.words.stage === 'decide' && decision.words.outcome === 'fallback' ? 'answerCheckRescue' : 'answerCheckSure'} ${decision.answerCheckSure}, so it answers`;
    case 'decide': {
      const floorRule = decision.onSubject
        ? 'on the subject, so the floor is min(minScore, subjectMinScore)'
        : 'floor minScore';
      const lead = `lead ${decision.lead.toFixed(3)} over ${decision.second.toFixed(3)}`;
      if (decision.outcome === 'fallback')
        return `top ${decision.top.toFixed(3)} < ${decision.floor} (${floorRule})`;
      const needed = `${decision.needed.rule} ${decision.needed.score} needs a lead of ${decision.needed.lead}`;
      return `top ${decision.top.toFixed(3)} ≥ ${decision.floor} (${floorRule}); ${needed}; ${lead}${decision.alone ? ', no rival above the floor' : ''}`;
    }
  }
}

function summarise(result: Record<string, unknown>): string {
  return Object.entries(result)
    .filter(([key, value]) => value !== undefined && key !== 'runnersUp' && key !== 'options')
    .map(([key, value]) => `${key}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .concat(
      Array.isArray(result.options)
        ? [`options=${(result.options as Array<{ id: string }>).map((option) => option.id).join(', ')}`]
        : [],
    )
    .join(' ');
}

export function describeResult(result: AnswerResult): Record<string, unknown> {
  switch (result.kind) {
    case 'answer':
      return {
        kind: result.kind,
        id: result.entry.id,
        title: result.entry.title,
        score: result.score,
        also: result.also,
        notice: result.notice?.kind,
        runnersUp: result.runnersUp,
      };
    case 'clarify':
      return {
        kind: result.kind,
        score: result.score,
        notice: result.notice?.kind,
        options: result.options,
        runnersUp: result.runnersUp,
      };
    case 'fallback':
      return {
        kind: result.kind,
        reason: result.reason,
        notice: result.notice?.kind,
        topic: result.topic,
        score: result.score,
        runnersUp: result.runnersUp,
      };
    case 'urgent':
      return {
        kind: result.kind,
        id: result.redFlag.ruleId,
        title: result.redFlag.title,
        level: result.redFlag.level,
        action: result.redFlag.action,
      };
    case 'help':
      return { kind: result.kind, id: result.intent };
  }
}

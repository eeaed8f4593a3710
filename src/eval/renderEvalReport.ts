import type { SafetyEvalReport } from './safetyEval';
import type { MatchingReport } from './evaluateMatching';
import { EVAL_GATES } from './gates';

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

export interface EvalBundle {
  kbVersion: string;
  thresholds: Record<string, number>;
  matching: MatchingReport;
  safety: SafetyEvalReport;
}

type GateResult = { name: string; value: string; limit: string; pass: boolean };

const atLeast = (name: string, value: number, min: number): GateResult => ({
  name,
  value: pct(value),
  limit: `≥ ${pct(min)}`,
  pass: value >= min,
});

const atMost = (name: string, value: number, max: number): GateResult => ({
  name,
  value: pct(value),
  limit: `≤ ${pct(max)}`,
  pass: value <= max,
});

/** Gate verdicts, shared by the text report, the HTML report and the test. */
export function gateResults(bundle: EvalBundle): GateResult[] {
  const { matching, safety } = bundle;
  return [
    atLeast('top-1 accuracy (in-scope)', matching.top1, EVAL_GATES.minTop1),
    atLeast('out-of-scope declined', matching.declined, EVAL_GATES.minDeclined),
    atMost('confidently wrong', matching.confidentlyWrong, EVAL_GATES.maxConfidentlyWrong),
    atLeast('safety sensitivity', safety.sensitivity, EVAL_GATES.minSafetySensitivity),
    atMost('safety false positives', safety.falsePositiveRate, EVAL_GATES.maxSafetyFalsePositives),
    {
      name: 'emergencies answered as urgent',
      value: String(safety.emergencyAsUrgent),
      limit: '= 0',
      pass: safety.emergencyAsUrgent === 0,
    },
  ];
}

export function renderEvalText(bundle: EvalBundle): string {
  const { matching, safety } = bundle;
  const lines: string[] = [];
  lines.push(
    `Evaluation of knowledge base ${bundle.kbVersion}: ${matching.total} questions (${matching.inScope} in scope, ${matching.outOfScope} out of scope, ${matching.help} small talk); ${safety.total} safety messages`,
  );
  lines.push('');
  lines.push('Gates');
  for (const gate of gateResults(bundle))
    lines.push(
      `  ${gate.pass ? 'PASS' : 'FAIL'}  ${gate.name.padEnd(32)} ${gate.value.padStart(7)}  (${gate.limit})`,
    );
  lines.push('');
  lines.push(
    `Clarify rate (in-scope): ${pct(matching.clarifyRate)}; right option offered: ${pct(matching.clarifyRightOffered)}`,
  );
  lines.push(`Small talk recognised: ${pct(matching.helpRecognised)}`);
  lines.push(
    `Mid-conversation (each question again, right after an answer to another entry): top-1 ${pct(matching.midConversation.top1)}, out-of-scope declined ${pct(matching.midConversation.declined)}`,
  );
  lines.push(
    `Safety: ${safety.redFlags} red flags, ${safety.benign} benign; other rule than labelled: ${safety.otherRule}`,
  );
  lines.push('');
  lines.push('Scoring constants (src/engine/config.ts, each with its reason there):');
  lines.push(...listConstants(bundle.thresholds));
  lines.push('');
  lines.push('Score histogram of direct answers (right | wrong)');
  for (const bin of matching.histogram) {
    if (bin.right === 0 && bin.wrong === 0) continue;
    lines.push(
      `  ${bin.from.toFixed(2)}–${(bin.from + 0.05).toFixed(2)}  ${'#'.repeat(Math.min(60, bin.right)).padEnd(30)} ${String(bin.right).padStart(3)} | ${'x'.repeat(bin.wrong)} ${bin.wrong}`,
    );
  }
  lines.push('');
  lines.push('Most confused pairs (expected → answered)');
  if (matching.confusedPairs.length === 0) lines.push('  none');
  for (const pair of matching.confusedPairs.slice(0, 10))
    lines.push(`  ${pair.count} × ${pair.expected} → ${pair.answered}`);
  lines.push('');
  const weak = matching.perEntry.filter((entry) => entry.precision < 1 || entry.recall < 1);
  lines.push(
    `Per-entry precision / recall (${matching.perEntry.length} entries; ${weak.length} below 100% shown)`,
  );
  for (const entry of weak)
    lines.push(
      `  ${entry.id.padEnd(40)} precision ${pct(entry.precision).padStart(6)}  recall ${pct(entry.recall).padStart(6)}  (expected ${entry.expected}, answered ${entry.answered})`,
    );
  lines.push('');
  const failures = matching.outcomes.filter((outcome) => !outcome.correct);
  lines.push(`Questions not handled as labelled (${failures.length})`);
  for (const outcome of failures) {
    const got =
      outcome.kind === 'answer'
        ? `answer ${outcome.id}`
        : outcome.kind === 'clarify'
          ? `clarify [${outcome.options.join(', ')}]`
          : outcome.kind;
    lines.push(
      `  [${outcome.question.expect}${outcome.question.ids.length ? ` ${outcome.question.ids.join('|')}` : ''}] got ${got} (${outcome.score.toFixed(2)}): ${outcome.question.text.slice(0, 100)}`,
    );
  }
  for (const miss of safety.misses) lines.push(`  safety miss: ${JSON.stringify(miss).slice(0, 160)}`);
  for (const fp of safety.falsePositives)
    lines.push(`  safety false positive: ${JSON.stringify(fp).slice(0, 160)}`);
  return lines.join('\n');
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A self-contained HTML page (no scripts, no CDN) with the gates, the histogram as an SVG chart and the tables. */
export function renderEvalHtml(bundle: EvalBundle): string {
  const { matching } = bundle;
  const bins = matching.histogram;
  const max = Math.max(1, ...bins.map((bin) => Math.max(bin.right, bin.wrong)));
  const barWidth = 14;
  const height = 160;
  const bars = bins
    .map((bin, i) => {
      const x = 40 + i * (barWidth * 2 + 6);
      const rightH = (bin.right / max) * height;
      const wrongH = (bin.wrong / max) * height;
      return (
        `<rect x="${x}" y="${20 + height - rightH}" width="${barWidth}" height="${rightH}" fill="#2e7d32"><title>${bin.from.toFixed(2)}: ${bin.right} right</title></rect>` +
        `<rect x="${x + barWidth}" y="${20 + height - wrongH}" width="${barWidth}" height="${wrongH}" fill="#c62828"><title>${bin.from.toFixed(2)}: ${bin.wrong} wrong</title></rect>` +
        (i % 2 === 0 ? `<text x="${x}" y="${height + 36}" font-size="10">${bin.from.toFixed(1)}</text>` : '')
      );
    })
    .join('');
  const gates = gateResults(bundle)
    .map(
      (gate) =>
        `<tr><td>${escapeHtml(gate.name)}</td><td>${gate.value}</td><td>${escapeHtml(gate.limit)}</td><td class="${gate.pass ? 'pass' : 'fail'}">${gate.pass ? 'PASS' : 'FAIL'}</td></tr>`,
    )
    .join('');
  const entries = matching.perEntry
    .map(
      (entry) =>
        `<tr><td>${escapeHtml(entry.id)}</td><td>${pct(entry.precision)}</td><td>${pct(entry.recall)}</td><td>${entry.expected}</td><td>${entry.answered}</td></tr>`,
    )
    .join('');
  const pairs =
    matching.confusedPairs
      .map(
        (pair) =>
          `<tr><td>${escapeHtml(pair.expected)}</td><td>${escapeHtml(pair.answered)}</td><td>${pair.count}</td></tr>`,
      )
      .join('') || '<tr><td colspan="3">none</td></tr>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Matching evaluation ${escapeHtml(bundle.kbVersion)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1b1b1b}table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}.pass{color:#2e7d32;font-weight:bold}.fail{color:#c62828;font-weight:bold}</style></head>
<body><h1>Matching evaluation</h1>
<p>Knowledge base ${escapeHtml(bundle.kbVersion)}: ${matching.total} questions, ${bundle.safety.total} safety messages. Clarify rate ${pct(matching.clarifyRate)} (right option offered ${pct(matching.clarifyRightOffered)}). Mid-conversation (each question again, right after an answer to another entry): top-1 ${pct(matching.midConversation.top1)}, out-of-scope declined ${pct(matching.midConversation.declined)}.</p>
<h2>Gates</h2><table><tr><th>Measure</th><th>Value</th><th>Gate</th><th></th></tr>${gates}</table>
<h2>Score of direct answers: right (green) vs wrong (red)</h2>
<svg role="img" aria-label="Histogram of answer scores, right versus wrong" width="${40 + 20 * (barWidth * 2 + 6)}" height="${height + 50}">${bars}</svg>
<h2>Scoring constants (src/engine/config.ts)</h2><p>${Object.entries(bundle.thresholds)
    .map(([key, value]) => `${escapeHtml(key)} = ${value}`)
    .join(', ')}</p>
<h2>Most confused pairs</h2><table><tr><th>Expected</th><th>Answered</th><th>Count</th></tr>${pairs}</table>
<h2>Per entry</h2><table><tr><th>Entry</th><th>Precision</th><th>Recall</th><th>Expected</th><th>Answered</th></tr>${entries}</table>
</body></html>
`;
}

/** `key=value` pairs, wrapped into indented lines of at most `width` characters. */
export function listConstants(constants: Readonly<Record<string, number>>, width = 110): string[] {
  const lines: string[] = [];
  let line = '';
  for (const [key, value] of Object.entries(constants)) {
    const pair = `${key}=${value}`;
    if (line.length > 0 && line.length + pair.length + 2 > width) {
      lines.push(`  ${line},`);
      line = '';
    }
    line = line.length > 0 ? `${line}, ${pair}` : pair;
  }
  if (line.length > 0) lines.push(`  ${line}`);
  return lines;
}

import type { CuratorReport, QuestionGroup } from './analyseLogs';

const TOP = 20;

/** The report as plain text for the terminal. */
export function renderCuratorText(report: CuratorReport): string {
  const out: string[] = [`Curator report (${report.lines} log lines)`, ''];
  const groups = (title: string, list: QuestionGroup[]) => {
    out.push(`${title} (${list.reduce((sum, g) => sum + g.count, 0)} questions, ${list.length} groups)`);
    if (list.length === 0) out.push('  none');
    for (const group of list.slice(0, TOP)) {
      out.push(`  ${String(group.count).padStart(4)}  ${group.example}`);
      for (const other of group.wordings.slice(1, 4)) out.push(`          ~ ${other}`);
    }
    out.push('');
  };
  groups('Most frequent unanswered questions', report.unanswered);
  groups('Most frequent "Did you mean…" questions', report.clarified);
  out.push(`"None of these" clicks (${report.noneOfThese.length})`);
  if (report.noneOfThese.length === 0) out.push('  none');
  for (const click of report.noneOfThese.slice(0, TOP))
    out.push(`  ${click.question || '(no question)'}  — offered: ${click.offered.join(', ') || '(unknown)'}`);
  out.push('', 'Feedback per entry (helpful / not helpful)');
  if (report.feedback.length === 0) out.push('  none');
  for (const row of report.feedback)
    out.push(`  ${String(row.helpful).padStart(4)} / ${String(row.notHelpful).padEnd(4)} ${row.entryId}`);
  out.push('', `Entries never hit (${report.neverHit.length})`);
  for (const id of report.neverHit) out.push(`  ${id}`);
  out.push('', 'Suggested new alternates (confirmed through "Did you mean…")');
  if (report.suggestedAlternates.length === 0) out.push('  none');
  for (const suggestion of report.suggestedAlternates)
    out.push(`  ${suggestion.entryId}: "${suggestion.question}" (${suggestion.count}×)`);
  return `${out.join('\n')}\n`;
}

/** The report as one self-contained HTML page (no scripts, no external assets) with SVG bar charts. */
export function renderCuratorHtml(report: CuratorReport): string {
  const section = (title: string, body: string) => `<section><h2>${escape(title)}</h2>${body}</section>`;
  const groupTable = (list: QuestionGroup[]) =>
    list.length === 0
      ? '<p>None.</p>'
      : `${barChart(list.slice(0, TOP).map((g) => ({ label: g.example, value: g.count })))}<table><tr><th>Count</th><th>Question</th><th>Similar wordings</th></tr>${list
          .slice(0, TOP)
          .map(
            (g) =>
              `<tr><td>${g.count}</td><td>${escape(g.example)}</td><td>${g.wordings.slice(1, 6).map(escape).join('<br>')}</td></tr>`,
          )
          .join('')}</table>`;
  const body = [
    section('Most frequent unanswered questions', groupTable(report.unanswered)),
    section('Most frequent “Did you mean…” questions', groupTable(report.clarified)),
    section(
      '“None of these” clicks',
      report.noneOfThese.length === 0
        ? '<p>None.</p>'
        : `<table><tr><th>Question</th><th>Offered</th></tr>${report.noneOfThese
            .slice(0, 100)
            .map((c) => `<tr><td>${escape(c.question)}</td><td>${escape(c.offered.join(', '))}</td></tr>`)
            .join('')}</table>`,
    ),
    section(
      'Feedback per entry',
      report.feedback.length === 0
        ? '<p>None.</p>'
        : `<table><tr><th>Entry</th><th>Helpful</th><th>Not helpful</th></tr>${report.feedback
            .map((r) => `<tr><td>${escape(r.entryId)}</td><td>${r.helpful}</td><td>${r.notHelpful}</td></tr>`)
            .join('')}</table>`,
    ),
    section(
      `Entries never hit (${report.neverHit.length})`,
      report.neverHit.length === 0
        ? '<p>None.</p>'
        : `<ul>${report.neverHit.map((id) => `<li>${escape(id)}</li>`).join('')}</ul>`,
    ),
    section(
      'Suggested new alternates',
      report.suggestedAlternates.length === 0
        ? '<p>None.</p>'
        : `<table><tr><th>Add to entry</th><th>Question</th><th>Confirmed</th></tr>${report.suggestedAlternates
            .map(
              (s) =>
                `<tr><td>${escape(s.entryId)}</td><td>${escape(s.question)}</td><td>${s.count}</td></tr>`,
            )
            .join('')}</table>`,
    ),
  ].join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Curator report</title>
<style>body{font-family:system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1b1b1b}table{border-collapse:collapse;width:100%;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}svg text{font-size:12px}</style>
</head><body><h1>Curator report</h1><p>${report.lines} log lines.</p>
${body}
</body></html>
`;
}

function barChart(bars: Array<{ label: string; value: number }>): string {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const row = 22;
  const labelWidth = 420;
  const barWidth = 440;
  const rows = bars
    .map((bar, i) => {
      const width = Math.max(2, Math.round((bar.value / max) * barWidth));
      const label = bar.label.length > 60 ? `${bar.label.slice(0, 59)}…` : bar.label;
      return `<text x="0" y="${i * row + 15}">${escape(label)}</text><rect x="${labelWidth}" y="${i * row + 4}" width="${width}" height="14" fill="#2b6cb0"/><text x="${labelWidth + width + 6}" y="${i * row + 15}">${bar.value}</text>`;
    })
    .join('');
  return `<svg role="img" aria-label="bar chart" width="${labelWidth + barWidth + 40}" height="${bars.length * row + 4}">${rows}</svg>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

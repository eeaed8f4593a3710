import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledgeBase } from '../knowledge/loadKnowledgeBase';
import { analyseLogs, type LogLine } from '../report/analyseLogs';
import { renderCuratorHtml, renderCuratorText } from '../report/renderCuratorReport';

/**
 * npm run report -- <log files…> [--out file.html] [--knowledge dir]
 * Prints the curator report and writes it as HTML (default artifacts/report/curator.html). Lines that are
 * not JSON (e.g. the start-up line) are skipped.
 */
function main(argv: string[]): void {
  const files: string[] = [];
  let out = 'artifacts/report/curator.html';
  let knowledge = process.env.KNOWLEDGE_DIR || DEFAULT_KNOWLEDGE_DIR;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--out') out = argv[++i] ?? out;
    else if (arg === '--knowledge') knowledge = argv[++i] ?? knowledge;
    else files.push(arg);
  }
  if (files.length === 0) {
    process.stderr.write('Usage: npm run report -- <log files…> [--out report.html] [--knowledge dir]\n');
    process.exit(2);
  }
  const lines: LogLine[] = [];
  for (const file of files) {
    for (const text of readFileSync(file, 'utf8').split('\n')) {
      if (!text.startsWith('{')) continue;
      try {
        lines.push(JSON.parse(text) as LogLine);
      } catch {
        // A truncated last line (log rotated mid-write) is not worth failing the report for.
      }
    }
  }
  const kb = loadKnowledgeBase(knowledge);
  const report = analyseLogs(
    lines,
    kb.entries.map((entry) => entry.id),
  );
  process.stdout.write(renderCuratorText(report));
  const target = resolve(out);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, renderCuratorHtml(report));
  process.stdout.write(`\nHTML report: ${target}\n`);
}

main(process.argv.slice(2));

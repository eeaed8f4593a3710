import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildMatching } from '../engine/buildMatching';
import { MATCH_DEFAULTS } from '../engine/config';
import { formatIssue, KnowledgeBaseError } from '../knowledge/KnowledgeBaseError';
import { lintKnowledgeBase } from '../curation/lintKnowledgeBase';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledgeBase } from '../knowledge/loadKnowledgeBase';
import { readYamlFile } from '../knowledge/readYamlFile';
import { coverageFileSchema } from '../knowledge/schema';

/**
 * npm run kb:check [-- <knowledge dir>] — validates every knowledge file, runs the quality lint, prints each
 * finding as file:line and a summary. Exit code 1 on any finding, so CI fails.
 */
function main(): number {
  const dir = process.argv[2] ?? DEFAULT_KNOWLEDGE_DIR;
  let kb;
  try {
    kb = loadKnowledgeBase(dir);
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  const coveragePath = join(dir, 'coverage.yaml');
  const coverage = readYamlFile(coveragePath, relative(process.cwd(), coveragePath), coverageFileSchema);
  if (!coverage.ok) {
    process.stderr.write(`${coverage.issues.map(formatIssue).join('\n')}\n`);
    return 1;
  }
  const seedText = readFileSync(join(dir, '..', 'tests', 'fixtures', 'seed-article.txt'), 'utf8');
  const { analyzer } = buildMatching(kb, MATCH_DEFAULTS);
  const { findings, summary } = lintKnowledgeBase({
    kb,
    analyzer,
    seedText,
    claims: coverage.value.data.claims,
    claimLine: (index) => coverage.value.lineOf(['claims', index]),
    coverageFile: coverage.value.file,
  });
  for (const finding of findings) process.stdout.write(`${formatIssue(finding)}\n`);
  const domains = Object.entries(summary.sourcesPerDomain)
    .sort((a, b) => b[1] - a[1])
    .map(([domain, count]) => `${domain} ${count}`)
    .join(', ');
  process.stdout.write(
    [
      '',
      `Knowledge base ${kb.version}: ${summary.entries} answerable entries (${summary.faqEntries} FAQ, ${summary.facetEntries} nutrient facets of ${summary.nutrients} nutrients)`,
      `Sources per domain: ${domains}`,
      `Reading grade (Flesch-Kincaid): mean ${summary.meanReadingGrade.toFixed(1)}, max ${summary.maxReadingGrade.toFixed(1)} (limits: mean ${kb.policy.maxMeanReadingGrade}, each ${kb.policy.maxReadingGrade})`,
      `Seed claims covered: ${summary.claimsCovered}/${summary.claimsTotal}`,
      `Single-source entries (warning: add a second independent source where one exists, or say why there is none in singleSourceReason): ${summary.singleSourceEntries.length}${summary.singleSourceEntries.length > 0 ? ` — ${summary.singleSourceEntries.join(', ')}` : ''}`,
      `Single-source entries with a reason (no second page states the claim): ${summary.explainedSingleSourceEntries.length}`,
      ...summary.explainedSingleSourceEntries.map(({ id, reason }) => `  ${id}: ${reason}`),
      `Sources that state only part of their entry: ${summary.partialSources.length}`,
      ...summary.partialSources.map(({ id, url, backs }) => `  ${id}: ${url} states only ${backs}`),
      findings.length === 0
        ? 'OK: no findings.'
        : `FAILED: ${findings.length} finding${findings.length === 1 ? '' : 's'}.`,
      '',
    ].join('\n'),
  );
  return findings.length === 0 ? 0 : 1;
}

process.exitCode = main();

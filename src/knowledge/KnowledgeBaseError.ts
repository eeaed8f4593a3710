/** One problem in the knowledge base, located precisely enough for a curator to jump to it. */
export interface KnowledgeIssue {
  /** Path relative to the project, e.g. "knowledge/faq.yaml". */
  file: string;
  /** 1-based line, or undefined when the problem is the whole file. */
  line?: number;
  entryId?: string;
  message: string;
}

export function formatIssue(issue: KnowledgeIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  const entry = issue.entryId === undefined ? '' : ` entry "${issue.entryId}":`;
  return `${where}:${entry} ${issue.message}`;
}

/** Thrown when any knowledge file is invalid: the base is never half-loaded. */
export class KnowledgeBaseError extends Error {
  constructor(readonly issues: readonly KnowledgeIssue[]) {
    super(
      `Knowledge base is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((issue) => `  ${formatIssue(issue)}`).join('\n'),
    );
    this.name = 'KnowledgeBaseError';
  }
}

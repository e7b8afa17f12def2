/**
 * Findings: the errors and warnings `check` prints and `build` stops on.
 * Each names the file (relative to the content root, `/`-separated), the
 * line where it can be known, a short code, and a message that says what
 * was expected and how to fix it.
 */

/** `error` stops check and build; `warning` is a coaching hint. */
export type FindingLevel = 'error' | 'warning';

/** One problem found in the content. */
export interface Finding {
  /** File relative to the content root, e.g. `okrs/2026-q3/sales/win.md`. */
  file: string;
  /** 1-based line of the offending key, or 1 when it cannot be known. */
  line: number;
  level: FindingLevel;
  /** An error code (`unknown-field`) or a coaching rule id (`kr-output`). */
  code: string;
  /** The field path (`key_results[1].target`) when the finding is about one field. */
  field?: string;
  /** What is wrong and how to fix it, in one sentence or two. */
  message: string;
}

/** `key_results[1].target` from `['key_results', 1, 'target']`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** The one-line form `check` prints: `file:line: level code: message`. */
export function formatFinding(finding: Finding): string {
  const field = finding.field ? `${escapeControl(finding.field)}: ` : '';
  return `${escapeControl(finding.file)}:${finding.line}: ${finding.level} ${finding.code}: ${field}${escapeControl(finding.message)}`;
}

/**
 * Control characters (and Unicode line breaks) written as escapes, `\n` or
 * `\u001b`: a file named with a newline cannot print a second, forged
 * finding line that a CI annotation parser would believe.
 */
export function escapeControl(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Findings in a stable order: by file, then line, then code. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/** `N errors, M warnings in F files`. */
export function summaryLine(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.level === 'error').length;
  const warnings = findings.length - errors;
  const files = new Set(findings.map((f) => f.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}`;
}

/** Thrown when content is broken: carries every finding of the run. */
export class ContentError extends Error {
  readonly findings: Finding[];
  constructor(findings: Finding[]) {
    const errors = findings.filter((f) => f.level === 'error');
    super(`The content has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${errors.map(formatFinding).join('\n')}`);
    this.name = 'ContentError';
    this.findings = findings;
  }
}

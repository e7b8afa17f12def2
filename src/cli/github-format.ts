/**
 * `check --format github`: findings as GitHub Actions workflow commands,
 * `::error file=…,line=…,title=…::…`, so that a workflow run shows them as
 * annotations on the files. Paths are relative to the repository, which is
 * where GitHub looks for them.
 * @see https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../model/index.ts';

/** A command's message: `%`, CR and LF escaped as GitHub's runner unescapes them. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A command's property value: the message escapes, and `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** The repository holding `dir`: the nearest folder up from it with a `.git`; `fallback` when there is none. */
export function repositoryRoot(dir: string, fallback: string): string {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) return current;
    if (path.dirname(current) === current) return path.resolve(fallback);
  }
}

/** One finding as a workflow command; `file` is made relative to the repository from the content root. */
export function githubCommand(finding: Finding, contentRoot: string, repository: string): string {
  const file = path.relative(repository, path.join(contentRoot, finding.file)).split(path.sep).join('/');
  const field = finding.field ? `${finding.field}: ` : '';
  const properties = `file=${escapeProperty(file)},line=${finding.line},title=${escapeProperty(finding.code)}`;
  return `::${finding.level} ${properties}::${escapeData(field + finding.message)}`;
}

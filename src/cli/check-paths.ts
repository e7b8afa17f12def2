/**
 * `check [paths...]` (site.md): which findings belong to the files an
 * author asked about. A path is taken as `check` prints it (relative to the
 * content root) or as the shell gives it (relative to where the command was
 * typed, or absolute); a folder stands for every file below it.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../model/index.ts';
import { UsageError } from './run.ts';

/** The files and folders asked about, relative to the content root, `/`-separated. */
export interface CheckScope {
  files: Set<string>;
  folders: string[];
}

/**
 * Resolves the paths given to `check` against the content root. `typedIn`
 * is the folder the command was typed in (npm runs scripts from the project
 * root and keeps the author's folder in INIT_CWD). Refuses, with the fix, a
 * path that does not exist or lies outside the content root.
 */
export function scopeOf(paths: readonly string[], contentRoot: string, typedIn: string): CheckScope {
  const scope: CheckScope = { files: new Set(), folders: [] };
  for (const given of paths) {
    // As check prints it first: `okrs/...` under the content root wins over a same-named folder where the command was typed.
    const candidates = [path.resolve(contentRoot, given), path.resolve(typedIn, given)];
    const found = candidates.find((candidate) => existsSync(candidate) && isInside(candidate, contentRoot));
    if (!found) {
      const outside = candidates.find((candidate) => existsSync(candidate));
      throw new UsageError(
        outside
          ? `${given} is outside the content root ${contentRoot}; give a file or folder inside it (or set OKRBOOK_CONTENT to the root that holds it)`
          : `${given} is not a file or folder of the content root ${contentRoot}; give a path as check prints it (e.g. okrs/2026-q3/sales/win.md) or as your shell completes it`,
      );
    }
    const relative = path.relative(contentRoot, found).split(path.sep).join('/');
    if (relative === '' || statSync(found).isDirectory()) scope.folders.push(relative === '' ? '' : `${relative}/`);
    else scope.files.add(relative);
  }
  return scope;
}

function isInside(candidate: string, root: string): boolean {
  const relative = path.relative(root, candidate);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** True when a finding is about a file the scope names or holds. */
export function inScope(finding: Pick<Finding, 'file'>, scope: CheckScope): boolean {
  return scope.files.has(finding.file) || scope.folders.some((folder) => finding.file.startsWith(folder));
}

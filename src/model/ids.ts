/**
 * Entry ids from file paths (content.md, Identifiers). A module of its own:
 * content.config.ts needs it without the validator and its YAML parsers.
 */
import path from 'node:path';

/** The kinds of entry that live in a folder of their own. */
export type FolderKind = 'team' | 'cycle' | 'objective' | 'checkin' | 'guide' | 'handover';

/** The id a file's path (relative to its kind's folder) gives it. */
export function entryId(kind: FolderKind, relative: string): string {
  const withoutExtension = relative.replace(/\.mdx?$/i, '');
  if (kind === 'team' || kind === 'cycle') return path.posix.basename(withoutExtension);
  if (kind === 'guide') {
    if (withoutExtension === 'index') return 'index';
    return withoutExtension.replace(/\/index$/, '');
  }
  return withoutExtension;
}

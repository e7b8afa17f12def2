/**
 * Entry ids from file paths (content.md, Identifiers). A module of its own:
 * content.config.ts needs it without the validator and its YAML parsers.
 */
import path from 'node:path';
import { asciiSlug } from '../lib/slug.ts';

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

/**
 * One segment of an entry id (a file or folder name without extension):
 * lower-case letters, digits, `-`, `_` and `.`, starting with a letter or a
 * digit. Every such id is a URL path as it is, so no page, link, search
 * record, feed, JSON or CSV ever needs to escape it (docs/security.md, Reliability).
 */
export const ID_SEGMENT = /^[a-z0-9][a-z0-9_.-]*$/;

/** The nearest id segment to a name that breaks the rule: `C#-Migration` -> `c-migration`. */
export function suggestIdSegment(name: string): string {
  return asciiSlug(name, 'id') || 'entry';
}

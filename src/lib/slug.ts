/**
 * Slugs: the ASCII, URL- and file-safe form of a name or title
 * (`Siti Nurhaliza Ş.` -> `siti-nurhaliza-s`), at most `SLUG_MAX` characters.
 * A longer one is cut and ends with a short hash of the whole, so two long
 * names that begin alike still get two slugs, and no folder name of the
 * built site comes near a file system's limit (255 bytes).
 */

/** The longest slug: room below the 255-byte limit of a folder name, and for a `-2` after it. */
export const SLUG_MAX = 64;

/**
 * The ASCII slug of a text, uncut: accents dropped, lower case, runs of
 * anything else one `-`, none at either end (may be empty). With `id`, `_`
 * and `.` are kept as an entry id's segment may hold them (content.md,
 * Identifiers), and none of `-_.` is left at either end.
 */
export function asciiSlug(text: string, keep: 'words' | 'id' = 'words'): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(keep === 'id' ? /[^a-z0-9_.-]+/g : /[^a-z0-9]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(keep === 'id' ? /^[-_.]+|[-_.]+$/g : /^-+|-+$/g, '');
}

/** The slug of a text, at most `max` characters (cut with a hash), or `fallback` when the text has no Latin letter or digit. */
export function slugOf(text: string, fallback: string, max = SLUG_MAX): string {
  const slug = asciiSlug(text);
  if (!slug) return fallback;
  if (slug.length <= max) return slug;
  const hash = shortHash(slug);
  return `${slug.slice(0, max - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}

/** FNV-1a, 32 bits, as 8 hex digits: stable across runs and machines, enough to tell slugs apart. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Slugs: a name or title as lower-case ASCII words joined by `-`, the one
 * way okrbook makes a file name or an address segment out of words
 * (a person's page, a new objective's file, the id a wrong name suggests).
 */

/** How a slug is made: which punctuation it keeps besides `-`, how long it may be, and what stands for words with no Latin letter or digit. */
export interface SlugOptions {
  /** What an empty slug becomes (`person`, `objective`). */
  fallback: string;
  /** Keep `_` and `.` as an id segment may (content.md, Identifiers). */
  idPunctuation?: boolean;
  /** Cut at this many characters (and at no trailing `-`). */
  maxLength?: number;
}

/** `Siti Nurhaliza Ş.` -> `siti-nurhaliza-s`: accents dropped, every other run of characters a single `-`, none at either end. */
export function slugOf(text: string, { fallback, idPunctuation = false, maxLength }: SlugOptions): string {
  let slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(idPunctuation ? /[^a-z0-9_.-]+/g : /[^a-z0-9]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(idPunctuation ? /^[-_.]+|[-_.]+$/g : /^-+|-+$/g, '');
  if (maxLength !== undefined) slug = slug.slice(0, maxLength).replace(/-+$/, '');
  return slug || fallback;
}

/**
 * The search text of every body (src/search/markdown-text.ts), kept between
 * builds by the digest of each body: reading a body as the page shows it
 * goes through the Markdown processor's tree, which costs far more than the
 * lookup, and a warm build changes few bodies. Made again for every body
 * when okrbook's reading of bodies changes (that file, or the packages).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomically } from '../lib/atomic-write.ts';
import { digestOfFiles } from '../lib/file-digest.ts';
import { bodyText } from '../search/markdown-text.ts';
import type { BodyText } from '../search/records.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A `BodyText` that remembers; `save()` keeps what this build read (and only that) in `file`. */
export function cachedBodyText(file: string): { textOf: BodyText; save(): void } {
  const version = digestOfFiles(PROJECT_ROOT, [path.join(PROJECT_ROOT, 'src/search/markdown-text.ts'), path.join(PROJECT_ROOT, 'package-lock.json')]);
  let saved: Record<string, string> = {};
  try {
    const read = JSON.parse(readFileSync(file, 'utf8')) as { version: string; texts: Record<string, string> };
    if (read.version === version) saved = read.texts;
  } catch {
    // No earlier build, or a damaged file: read every body.
  }
  const kept: Record<string, string> = {};
  return {
    textOf(entry) {
      const key = createHash('sha256').update(/\.mdx$/i.test(entry.file) ? 'mdx\0' : 'md\0').update(entry.body).digest('hex');
      const text = kept[key] ?? saved[key] ?? bodyText(entry);
      kept[key] = text;
      return text;
    },
    save() {
      writeFileAtomically(file, JSON.stringify({ version, texts: kept }));
    },
  };
}

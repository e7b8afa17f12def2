/**
 * What a set of files holds, as one hash: how the front-matter cache knows
 * it was made by the same schemas and loader (src/model/front-matter-cache.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The files below a folder that `keep` accepts, sorted; `node_modules` and `.`-folders are skipped. */
export function filesBelow(dir: string, keep: (file: string) => boolean = () => true): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : filesBelow(full, keep);
      return entry.isFile() && keep(full) ? [full] : [];
    })
    .sort();
}

/** One hash of the files' paths (relative to `root`) and contents; files that do not exist are left out. */
export function digestOfFiles(root: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    if (!existsSync(file)) continue;
    hash.update(path.relative(root, file)).update('\0').update(createHash('sha256').update(readFileSync(file)).digest('hex')).update('\0');
  }
  return hash.digest('hex');
}

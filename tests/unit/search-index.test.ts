/**
 * The search index goes into the site as a copy of okrbook's cached index:
 * every file with its bytes, nothing left of an earlier index, and no file
 * shared with the cache (rewriting the site cannot change what the next
 * build reuses).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { placeIndex } from '../../src/integration/search-index.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'okrbook-index-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A cached index of three files, one in a subfolder. */
function cachedIndex(): string {
  const from = path.join(scratch, `cache-${Math.random().toString(36).slice(2)}`);
  mkdirSync(path.join(from, 'fragment'), { recursive: true });
  writeFileSync(path.join(from, 'pagefind.js'), 'export const search = 1;\n');
  writeFileSync(path.join(from, 'pagefind-entry.json'), '{"version":"1"}');
  writeFileSync(path.join(from, 'fragment', 'en_1.pf_fragment'), 'fragment');
  return from;
}
const files = ['pagefind.js', 'pagefind-entry.json', path.join('fragment', 'en_1.pf_fragment')];

describe('placing the search index in the site', () => {
  it('copies every file of the cached index into the site, sharing none with the cache', () => {
    const from = cachedIndex();
    const to = path.join(scratch, 'site-a', 'pagefind');
    placeIndex(from, to);
    for (const file of files) {
      expect(readFileSync(path.join(to, file), 'utf8')).toBe(readFileSync(path.join(from, file), 'utf8'));
      expect(statSync(path.join(to, file)).ino).not.toBe(statSync(path.join(from, file)).ino);
    }
    // A deploy step that rewrites a published file in place leaves the cache as it was.
    writeFileSync(path.join(to, 'pagefind.js'), 'minified');
    expect(readFileSync(path.join(from, 'pagefind.js'), 'utf8')).toBe('export const search = 1;\n');
  });

  it('replaces an index left in the site by an earlier build (an output folder kept with emptyOutDir: false)', () => {
    const from = cachedIndex();
    const to = path.join(scratch, 'site-b', 'pagefind');
    mkdirSync(to, { recursive: true });
    writeFileSync(path.join(to, 'pagefind.js'), 'stale');
    writeFileSync(path.join(to, 'stale.json'), 'stale');
    placeIndex(from, to);
    for (const file of files) expect(readFileSync(path.join(to, file), 'utf8')).toBe(readFileSync(path.join(from, file), 'utf8'));
    expect(() => statSync(path.join(to, 'stale.json'))).toThrow();
  });
});

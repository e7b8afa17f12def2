/**
 * Validated front matter of the files that have not changed since the last
 * `check` or `build` on a content root, so that an unchanged file is neither
 * parsed nor validated again (on 3,854 files that is most of `check`'s time).
 *
 * A file is known by its path and a hash of its bytes; the cache belongs to
 * one content root and one version of okrbook's code (its sources and the
 * lockfile are part of the cache's name), so a change of either starts it
 * afresh. Only files that validated are kept: a file with an error
 * is read fully every time, so its messages and lines are always today's.
 * The command line uses it; the dev server and Astro never do.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { digestOfFiles, filesBelow } from '../lib/file-digest.ts';
import { writeFileAtomically } from '../lib/atomic-write.ts';

/** What one run reads from and adds to the cache. */
export interface FrontMatterCache {
  /** The validated data of `file` when its bytes are the ones validated last time. */
  get(file: string, bytes: Uint8Array): unknown;
  /** Remembers the validated data of `file`. */
  set(file: string, bytes: Uint8Array, data: unknown): void;
  /** Writes what this run validated (files no longer read are forgotten), when anything changed. */
  save(): void;
}

type Stored = Record<string, { hash: string; data: unknown }>;

const digest = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/**
 * The code that decides what a file validates to: all of okrbook's sources
 * (the schemas import the date rules, and may import more) and the locked
 * dependencies (Zod, js-yaml).
 */
const codeVersion = (projectRoot: string) => digestOfFiles(projectRoot, [...filesBelow(path.join(projectRoot, 'src')), path.join(projectRoot, 'package-lock.json')]);

const projectRoot = () => fileURLToPath(new URL('../..', import.meta.url));
// Beside Astro's caches in node_modules: never published, and gone with a fresh install.
const cacheDir = () => path.join(projectRoot(), 'node_modules', '.cache', 'okrbook');
const cacheName = (contentRoot: string) => `front-matter-${digest(path.resolve(contentRoot)).slice(0, 12)}`;

/** Forgets what was validated under a content root (the benchmark's cold runs). */
export function clearFrontMatterCache(contentRoot: string): void {
  const dir = cacheDir();
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (name.startsWith(`${cacheName(contentRoot)}-`)) rmSync(path.join(dir, name), { force: true });
}

/** The file that holds a content root's cache for the code as it is now. */
export function frontMatterCacheFile(contentRoot: string): string {
  return path.join(cacheDir(), `${cacheName(contentRoot)}-${codeVersion(projectRoot()).slice(0, 12)}.json`);
}

/** No cache: what a run gets when the cache cannot be opened. */
const NO_CACHE: FrontMatterCache = { get: () => undefined, set: () => {}, save: () => {} };

/** Opens the cache of a content root. A cache that cannot be read or written is no cache, never an error. */
export function openFrontMatterCache(contentRoot: string): FrontMatterCache {
  let file: string;
  try {
    file = frontMatterCacheFile(contentRoot);
  } catch {
    return NO_CACHE;
  }
  const dir = path.dirname(file);
  const name = cacheName(contentRoot);
  const stored = readStored(file);
  const seen: Stored = {};
  let changed = false;
  return {
    get(entry, bytes) {
      const hit = stored[entry];
      if (!hit || hit.hash !== digest(bytes)) return undefined;
      seen[entry] = hit;
      return hit.data;
    },
    set(entry, bytes, data) {
      // Only data that survives JSON as it is (no NaN, Infinity or undefined inside) can be kept.
      const json = JSON.stringify(data);
      if (json === undefined || !sameAfterJson(data, JSON.parse(json))) return;
      seen[entry] = { hash: digest(bytes), data };
      changed = true;
    },
    save() {
      if (!changed && Object.keys(seen).length === Object.keys(stored).length) return;
      try {
        mkdirSync(dir, { recursive: true });
        // Older versions of this root's cache are of no use any more, nor caches of roots unused for a month.
        // Another run's file being written (`.json.<pid>`) is left alone unless it is that old.
        const monthAgo = Date.now() - 30 * 24 * 3600 * 1000;
        for (const old of readdirSync(dir)) {
          const oldFile = path.join(dir, old);
          try {
            const stale = statSync(oldFile).mtimeMs < monthAgo;
            if (oldFile !== file && (stale || (old.startsWith(`${name}-`) && old.endsWith('.json')))) rmSync(oldFile, { force: true });
          } catch {
            // removed by another run meanwhile
          }
        }
        writeFileAtomically(file, JSON.stringify(seen));
      } catch {
        // A read-only node_modules: the next run validates everything again, as without a cache.
      }
    },
  };
}

/** A cache file's entries; nothing when it is not one (damaged, or written by something else). */
function readStored(file: string): Stored {
  try {
    if (!existsSync(file)) return {};
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const entries = Object.entries(parsed as Record<string, unknown>).filter(
      ([, entry]) => entry !== null && typeof entry === 'object' && typeof (entry as { hash?: unknown }).hash === 'string' && 'data' in entry,
    );
    return Object.fromEntries(entries) as Stored;
  } catch {
    return {};
  }
}

/** Whether `after` (a JSON round trip of `before`) is the same data, key for key. */
function sameAfterJson(before: unknown, after: unknown): boolean {
  // Object.is: -0 comes back from JSON as 0.
  if (typeof before === 'number') return Number.isFinite(before) && Object.is(before, after);
  if (before === null || typeof before !== 'object') return before === after;
  if (Array.isArray(before)) return Array.isArray(after) && before.length === after.length && before.every((item, i) => sameAfterJson(item, after[i]));
  if (Object.getPrototypeOf(before) !== Object.prototype || after === null || typeof after !== 'object') return false;
  const keys = Object.keys(before);
  return keys.length === Object.keys(after).length && keys.every((key) => sameAfterJson((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key]));
}

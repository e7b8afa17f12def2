/**
 * Which page shows which data, recorded while the page renders, so that the
 * next build re-renders exactly the pages whose data changed.
 *
 * Pages read the site's data through `tracked` views of the model, the
 * figures and the coaching: every property read and every lookup a page
 * makes while it renders (`figures.scorecard("sales","2026-q3")`,
 * `model.checkIns`) is noted as a **key**. After the build, the integration
 * keeps each page's keys. The next build gives each page Astro's `cacheKey`
 * (experimental incremental builds): a digest of the current value behind
 * each of those keys. A page whose data did not change keeps its key, and
 * Astro reuses its last output; any change to what it read (a new check-in
 * in a list it showed, a renamed team, a setting) changes the key.
 *
 * Nothing here is kept by hand: a page that starts reading something new
 * records it the first time it renders.
 *
 * @see https://docs.astro.build/en/reference/experimental-flags/incremental-build/
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';

/** The keys read by the page being rendered (one set per page, across its awaits). */
const reading = new AsyncLocalStorage<Set<string>>();

/** What one key names: a root (`model`), a property and, for a lookup, its arguments. */
const KEY = /^(\w+)\.([\w$]+)(?:\((.*)\))?$/s;

/**
 * A view of `target` that notes, for the page being rendered, each property
 * read (`model.teams`) and each lookup with its arguments
 * (`model.team("sales")`) as a key. Outside a page render it notes nothing.
 */
export function tracked<T extends object>(target: T, name: string): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof property !== 'string') return value;
      if (typeof value === 'function') {
        return (...args: unknown[]) => {
          reading.getStore()?.add(`${name}.${property}(${JSON.stringify(args).slice(1, -1)})`);
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        };
      }
      reading.getStore()?.add(`${name}.${property}`);
      return value;
    },
  });
}

/** Runs a page's render, returning what it returned and every key it read. */
export async function readingKeys<T>(render: () => Promise<T>): Promise<{ result: T; keys: string[] }> {
  const keys = new Set<string>();
  const result = await reading.run(keys, render);
  return { result, keys: [...keys].sort() };
}

/** A digest of any plain value (sets and maps as lists, functions left out). */
export function digestOf(value: unknown): string {
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Set) return [...v];
    if (v instanceof Map) return [...v.entries()];
    if (typeof v === 'bigint') return v.toString();
    return v;
  });
  return createHash('sha256')
    .update(json ?? 'undefined')
    .digest('hex');
}

/**
 * The current value behind each key, as a digest; each key is looked up and
 * digested once per build. A key that no longer resolves digests to a value
 * of its own, so a page that read it renders again.
 */
export function keyDigests(roots: Record<string, object>): (key: string) => string {
  const known = new Map<string, string>();
  return (key) => {
    let digest = known.get(key);
    if (digest === undefined) {
      digest = resolveKey(roots, key);
      known.set(key, digest);
    }
    return digest;
  };
}

function resolveKey(roots: Record<string, object>, key: string): string {
  const match = KEY.exec(key);
  const root = match ? roots[match[1]!] : undefined;
  if (!match || !root) return `unknown:${key}`;
  try {
    const value: unknown = Reflect.get(root, match[2]!);
    if (match[3] === undefined) return digestOf(value);
    if (typeof value !== 'function') return `unknown:${key}`;
    return digestOf((value as (...a: unknown[]) => unknown).apply(root, JSON.parse(`[${match[3]}]`) as unknown[]));
  } catch {
    // A value that cannot be digested (a cycle in it) is never taken as unchanged.
    return `undigestible:${key}:${Math.random()}`;
  }
}

/**
 * Astro's `cacheKey` for a page: `undefined` (render it) when no earlier
 * build recorded what it reads; else a digest of every key it read then
 * and the current value behind each.
 */
export function cacheKeyOf(keys: readonly string[] | undefined, digest: (key: string) => string): string | undefined {
  if (!keys) return undefined;
  const hash = createHash('sha256');
  for (const key of keys) hash.update(key).update('\0').update(digest(key)).update('\n');
  return hash.digest('hex');
}

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
 * in a list it showed, a renamed team, a setting) gives it a new key. The
 * digests are noted as the page renders, so the build right after a cold
 * one is warm already.
 *
 * Nothing here is kept by hand: a page that starts reading something new
 * records it the first time it renders.
 *
 * @see https://docs.astro.build/en/reference/experimental-flags/incremental-build/
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { digestOf } from '../lib/digest.ts';

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

/**
 * Notes that the page being rendered shows the body of `file` (src/site/body.ts).
 * Bodies are read only this way, so the digests of other reads leave them out:
 * editing the notes of a check-in re-renders the pages that show them, not
 * every page that lists the check-in.
 */
export function noteBody(file: string): void {
  reading.getStore()?.add(`body:${file}`);
}

export { digestOf };

/**
 * The current value behind each key, as a digest; each key is looked up and
 * digested once per build. A key that no longer resolves digests to a value
 * of its own, so a page that read it renders again.
 */
export function keyDigests(roots: Record<string, object>, bodies: ReadonlyMap<string, string>): (key: string) => string {
  const known = new Map<string, string>();
  return (key) => {
    let digest = known.get(key);
    if (digest === undefined) {
      const body = key.startsWith('body:') ? bodies.get(key.slice(5)) : undefined;
      digest = body === undefined ? resolveKey(roots, key) : createHash('sha256').update(body).digest('hex');
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

/** What the last build noted of a page it rendered: the `cacheKey` it gave the page, and each read with its value's digest. */
export interface PageReads {
  key: string;
  reads: Record<string, string>;
}

/**
 * Astro's `cacheKey` for a page. When the last build rendered the page and
 * no value it read has changed since, the key it gave then (Astro reuses the
 * page); otherwise a key Astro has never seen (the page renders, and its
 * reads are noted again). `fresh` makes the key of a page never noted unique
 * to this build, so that a lost record can never pass for an unchanged page.
 */
export function cacheKeyOf(last: PageReads | undefined, digest: (key: string) => string, fresh: string): string {
  if (!last) return `new:${fresh}`;
  const hash = createHash('sha256');
  let unchanged = true;
  for (const [key, was] of Object.entries(last.reads)) {
    const now = digest(key);
    if (now !== was) unchanged = false;
    hash.update(key).update('\0').update(now).update('\n');
  }
  return unchanged ? last.key : `changed:${hash.digest('hex')}`;
}

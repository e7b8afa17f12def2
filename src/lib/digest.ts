/** A digest of a plain value: how caches know that what they were made from has not changed. */
import { createHash } from 'node:crypto';

/** A digest of any plain value (sets and maps as lists, functions and entries' bodies left out). */
export function digestOf(value: unknown): string {
  const json = JSON.stringify(value, (key, v: unknown) => {
    if (key === 'body' && typeof v === 'string') return undefined;
    if (v instanceof Set) return [...v];
    if (v instanceof Map) return [...v.entries()];
    if (typeof v === 'bigint') return v.toString();
    return v;
  });
  return createHash('sha256')
    .update(json ?? 'undefined')
    .digest('hex');
}

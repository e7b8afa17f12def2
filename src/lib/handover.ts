/**
 * Handing a value from the okrbook integration (Astro's configuration) to
 * the pages' bundle when both run in one process, as they do under `astro
 * build` and `astro dev`: Vite loads each its own copy of okrbook's modules,
 * so the one thing they share is the global object. The pages take the
 * model, its rendered bodies and its figures as the integration made them,
 * instead of reading them from a file and working the figures out again.
 */

/** The slot on the global object, one per okrbook package loaded in the process. */
const SLOT = Symbol.for('okrbook.handover');

function slots(): Map<string, unknown> {
  const global = globalThis as { [SLOT]?: Map<string, unknown> };
  return (global[SLOT] ??= new Map());
}

/** Hands `value` over under `key` (the site's file), in place of what was handed over before. */
export function handOver(key: string, value: unknown): void {
  slots().set(key, value);
}

/** What was handed over under `key` in this process, if anything. */
export function handedOver<T>(key: string): T | undefined {
  return slots().get(key) as T | undefined;
}

/**
 * Loops of links between entries (a team's `parent`, an objective's
 * `parent`, `carried_from`), found in one pass: every entry is walked once,
 * and a walk stops where an earlier one finished.
 */

/** Reports each entry that sits on a loop of `parent` links, once per loop. */
export function reportLoops<T extends { id: string }>(
  entries: T[],
  parentOf: (entry: T) => string | undefined,
  byId: Map<string, T>,
  report: (entry: T, loop: string[]) => void,
) {
  // Linear in the number of entries: every entry is walked once, and a chain stops where an
  // earlier walk finished. A loop is reported once, at its member that comes first in `entries`.
  const order = new Map(entries.map((entry, index) => [entry, index]));
  const finished = new Set<T>();
  for (const start of entries) {
    const chain: T[] = [];
    const onChain = new Map<T, number>();
    let current: T | undefined = start;
    while (current && !finished.has(current) && !onChain.has(current)) {
      onChain.set(current, chain.length);
      chain.push(current);
      const parent = parentOf(current);
      current = parent ? byId.get(parent) : undefined;
    }
    if (current && onChain.has(current)) {
      const loop = chain.slice(onChain.get(current));
      const first = loop.reduce((a, b) => ((order.get(b) ?? Infinity) < (order.get(a) ?? Infinity) ? b : a));
      const at = loop.indexOf(first);
      const ids = [...loop.slice(at), ...loop.slice(0, at)].map((entry) => entry.id);
      report(first, [...ids, first.id]);
    }
    for (const entry of chain) finished.add(entry);
  }
}

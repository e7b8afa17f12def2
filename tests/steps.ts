/**
 * Counts the steps a piece of code takes, the same on any machine: every
 * element a for-of loop or a spread visits over an array, a Map or a Set,
 * every element an array method walks (`filter`, `find`, `includes`,
 * `sort`...), and every Map or Set lookup. A pass that is quadratic in the
 * size of the content (for each team, walk every other team) shows up as
 * millions of steps where a linear one takes thousands, however fast or busy
 * the machine is. Indexed `for (let i...)` loops are not seen.
 */

type AnyFunction = (this: unknown, ...args: unknown[]) => unknown;

/** The methods that walk an array (one step per element) and those that look one key up (one step). */
const WALKS = ['forEach', 'map', 'filter', 'find', 'findIndex', 'findLast', 'findLastIndex', 'some', 'every', 'reduce', 'reduceRight', 'includes', 'indexOf', 'lastIndexOf', 'flatMap', 'flat', 'sort', 'toSorted', 'join', 'slice', 'concat'] as const;
const LOOKUPS: [object, string[]][] = [
  [Map.prototype, ['get', 'has', 'set']],
  [Set.prototype, ['has', 'add']],
];
const ITERATORS: object[] = [
  Object.getPrototypeOf([][Symbol.iterator]()) as object,
  Object.getPrototypeOf(new Map()[Symbol.iterator]()) as object,
  Object.getPrototypeOf(new Set()[Symbol.iterator]()) as object,
];

/** Runs `run` and returns what it returned with the number of steps it took. */
export function countSteps<T>(run: () => T): { result: T; steps: number } {
  let steps = 0;
  const restore: (() => void)[] = [];
  const patch = (owner: object, name: string, step: (self: unknown) => number) => {
    const original = (owner as Record<string, AnyFunction>)[name]!;
    Object.defineProperty(owner, name, {
      configurable: true,
      writable: true,
      value: function (this: unknown, ...args: unknown[]) {
        steps += step(this);
        return original.apply(this, args);
      },
    });
    restore.push(() => Object.defineProperty(owner, name, { configurable: true, writable: true, value: original }));
  };
  for (const name of WALKS) patch(Array.prototype, name, (self) => (self as unknown[]).length);
  for (const [owner, names] of LOOKUPS) for (const name of names) patch(owner, name, () => 1);
  for (const iterator of ITERATORS) patch(iterator, 'next', () => 1);
  try {
    return { result: run(), steps };
  } finally {
    for (const undo of restore.reverse()) undo();
  }
}

/** How many single-character edits turn `a` into `b` (Levenshtein): how "did you mean" finds the name a typo meant. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length]!;
}

/** ` (did you mean \`id\`?)` for the first of `known` near `wrong` (a typo, a prefix, a part), else nothing. */
export function suggest(wrong: string, known: Iterable<string>): string {
  const near = [...known].filter((id) => id.includes(wrong) || wrong.includes(id) || prefixDistance(id, wrong) <= 2 || editDistance(id, wrong) <= 2);
  return near.length > 0 ? ` (did you mean \`${near[0]}\`?)` : '';
}

/** Characters that differ position by position, plus the difference in length (3 past a difference of 2). */
function prefixDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let diff = Math.abs(a.length - b.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) diff++;
  return diff;
}

/**
 * `/cycles/<cycle>.csv`: one row per key result, RFC 4180 (CRLF line ends,
 * fields with a comma, quote or line break quoted, quotes doubled), UTF-8.
 * Text a spreadsheet would run as a formula gets a `'` in front, which
 * `import csv` takes off (src/lib/spreadsheet.ts); control characters are
 * dropped.
 */
import { withoutControlCharacters } from '../lib/control.ts';
import { neutraliseCell } from '../lib/spreadsheet.ts';
import type { CycleResult } from '../figures/index.ts';

/** The exact header site.md gives. */
export const CSV_HEADER = ['team', 'objective', 'objective_title', 'kr', 'kr_title', 'kind', 'unit', 'baseline', 'target', 'current', 'progress', 'score', 'status', 'grade', 'confidence', 'last_update'] as const;

/** One field, quoted when it must be. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutraliseCell(withoutControlCharacters(value)) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV of a cycle: every key result of every team with objectives in it. */
export function cycleCsv(result: CycleResult): string {
  const rows: string[] = [CSV_HEADER.join(',')];
  for (const card of result.scorecards) {
    for (const o of card.objectives) {
      for (const k of o.keyResults) {
        rows.push(
          [
            card.team.id,
            o.objective.id,
            o.objective.title,
            k.keyResult.id,
            k.keyResult.title,
            k.keyResult.kind,
            k.keyResult.unit,
            k.keyResult.baseline,
            k.keyResult.target,
            k.current,
            k.progress,
            k.score,
            k.status,
            k.grade,
            k.confidence,
            k.lastUpdate,
          ]
            .map(csvField)
            .join(','),
        );
      }
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

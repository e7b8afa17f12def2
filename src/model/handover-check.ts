/**
 * The handover form's checks, run in the browser on the file it made: the
 * same parser, schema and messages as `check` (src/model/source.ts,
 * src/model/validate.ts, src/schemas/handover.ts) and its one-note-a-day
 * rule. Free of Node APIs: the form's script bundles it.
 */
import type { Finding } from './findings.ts';
import { duplicateHandoverMessage } from './handover-rules.ts';
import { parseSource } from './source.ts';
import { validateSource } from './validate.ts';
import { handoverSchema } from '../schemas/handover.ts';

/** A handover note of the team already in the content: its day and file. */
export interface TakenDay {
  date: string;
  file: string;
}

/** The errors `check` would report for the note `text` saved as `file`, the team's existing notes being `taken`. */
export function handoverFindings(file: string, text: string, taken: readonly TakenDay[] = []): Finding[] {
  const source = parseSource(file, new TextEncoder().encode(text), { frontMatter: true });
  if (Array.isArray(source)) return source.filter((f) => f.level === 'error');
  const result = validateSource(source, handoverSchema, 'handover');
  if ('findings' in result) return result.findings.filter((f) => f.level === 'error');
  const same = taken.find((note) => note.date === result.data.date);
  return same ? [{ file, line: source.lineOf(['date']), level: 'error', code: 'duplicate-handover', field: 'date', message: duplicateHandoverMessage(result.data.team, result.data.date, same.file) }] : [];
}

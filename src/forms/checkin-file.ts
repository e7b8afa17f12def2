/**
 * The one check-in file generator: `new checkin` and the check-in form both
 * write a check-in with it. From a scaffold (what the model knows: the team,
 * the date, every key result with its latest reading, the health metrics) it
 * writes the file `new checkin` writes; with a form's edits, the file a text
 * editor would give after uncommenting and filling the same lines.
 *
 * Browser-safe: no Node.js module. Everything typed goes through the `yaml`
 * library, never into the YAML by concatenation, and the notes are the body,
 * after the closing `---`, so no note can reach the front matter.
 */
import { Document, Scalar, visit } from 'yaml';
import { frontMatterFile } from '../lib/front-matter.ts';
import type { Day } from '../lib/dates.ts';
import type { KeyResultKind } from '../schemas/objective.ts';

/** One key result as the scaffold shows it, with its latest reading (the scorecard's). */
export interface ScaffoldKeyResult {
  id: string;
  title: string;
  unit?: string;
  kind: KeyResultKind;
  baseline?: number;
  target?: number;
  /** The latest update on or before the date, if any. */
  latest?: { value: number | boolean; date: Day };
  /** The confidence of the latest update that gave one. */
  confidence: number | null;
}

/** One of the team's health metrics, with its latest reading in any cycle. */
export interface ScaffoldHealthMetric {
  id: string;
  title: string;
  unit?: string;
  above?: number;
  below?: number;
  latest?: { value: number; date: Day };
}

/** What the model knows that a new check-in file shows. */
export interface CheckInScaffold {
  team: string;
  date: Day;
  cycle: string;
  /** Whether the file says `cycle:` (as `new checkin --cycle` does) rather than leaving it to the date. */
  namesCycle: boolean;
  keyResults: ScaffoldKeyResult[];
  health: ScaffoldHealthMetric[];
}

/** A value as typed in a form field (text), or already a number or true/false. */
export type Typed = string | number | boolean;

/** What a form changes in the scaffold. Every field is optional: no edits give `new checkin`'s file. */
export interface CheckInEdits {
  date?: Day;
  /** Readings recorded this week, by key-result id (a key result left out stays commented out). */
  updates?: Record<string, { value: Typed; confidence?: Typed }>;
  /** Readings of health metrics, by metric id. */
  health?: Record<string, Typed>;
  attendees?: string[];
  leadersPresent?: string[];
  actions?: Array<{ title: string; kr?: string; owner?: string; status?: string }>;
  blockers?: string[];
  /** The body: notes of the meeting. */
  notes?: string;
}

/** The body `new checkin` writes, to be replaced with the notes. */
export const NOTES_PROMPT = 'Notes of the meeting: what moved, what did not, and what the team will try next.';

/**
 * A value typed into a form field as YAML would read it written bare: a
 * number stays a number, `true`/`false` a boolean, nothing at all is null,
 * and anything else is text (which the schema then refuses with its own
 * message: "45%" as a confidence says "write 45% as 0.45").
 */
export function typedValue(value: Typed): number | boolean | string | null {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text === '') return null;
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return text;
}

/**
 * How the yaml library writes what was typed: never folded, never as a block
 * scalar, so every line of the front matter starts with a key, a `#` or
 * spaces, and no text can put a `---` line into it.
 */
const YAML_OPTIONS = { lineWidth: 0, blockQuote: false } as const;

/**
 * Text that a YAML reader other than the `yaml` library's own (`check` reads
 * with js-yaml's core schema, which takes `1_000` and `0b11` as numbers) might
 * read as something else than text: it is written in double quotes.
 */
const LOOKS_LIKE_NOT_TEXT = /^([\s\d+\-.~!&*%@`'"]|(true|false|null|yes|no|on|off|y|n)$)/i;

/** YAML for a value, written by the yaml library (every line after the first indented). */
function yaml(value: unknown): string {
  const doc = new Document(value);
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && LOOKS_LIKE_NOT_TEXT.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString(YAML_OPTIONS).trimEnd();
}

/** A YAML scalar on one line (quoted only where it must be). */
function scalar(value: unknown): string {
  return yaml(value);
}

/** A comment-safe one-liner. */
function comment(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** `key: []`, or the list as a block written by the yaml library. */
function list(key: string, items: readonly unknown[]): string {
  if (items.length === 0) return `${key}: []`;
  return yaml({ [key]: items });
}

/** Where the check-in lives, relative to the content root. */
export function checkInFilePath(scaffold: Pick<CheckInScaffold, 'team' | 'cycle'>, date: Day): string {
  return `checkins/${scaffold.cycle}/${scaffold.team}/${date}.md`;
}

/** `title (unit): baseline -> target`, the comment beside a key result. */
function aboutKeyResult(kr: ScaffoldKeyResult): string {
  const bounds = kr.kind === 'metric' ? `: ${kr.baseline} -> ${kr.target}` : kr.target !== undefined ? `: ${kr.kind} ${kr.target}` : '';
  return comment(`${kr.title}${kr.unit ? ` (${kr.unit})` : ''}${bounds}`);
}

/** The lines of one key result under `updates:`, commented out unless recorded. */
function keyResultLines(kr: ScaffoldKeyResult, recorded: { value: Typed; confidence?: Typed } | undefined): string[] {
  const head = `  - kr: ${kr.id} # ${aboutKeyResult(kr)}`;
  if (!recorded) {
    const lines = [`# ${head}`];
    if (kr.latest) {
      lines.push(`#     value: ${kr.latest.value} # latest, on ${kr.latest.date}`);
      if (kr.confidence !== null) lines.push(`#     confidence: ${kr.confidence} # latest given`);
    } else if (kr.kind === 'metric') {
      lines.push(`#     value: ${kr.baseline} # the baseline: no update yet`);
    } else if (kr.kind === 'milestone') {
      lines.push('#     value: false # not done yet');
    } else {
      lines.push('#     value: # no reading yet: write one');
    }
    return lines;
  }
  const lines = [head, `    value: ${scalar(typedValue(recorded.value))}`];
  const confidence = recorded.confidence === undefined ? null : typedValue(recorded.confidence);
  if (confidence !== null) lines.push(`    confidence: ${scalar(confidence)}`);
  else if (kr.latest && kr.confidence !== null) lines.push(`#     confidence: ${kr.confidence} # latest given`);
  return lines;
}

/** The lines of one health metric under `health:`, commented out unless read. */
function healthLines(metric: ScaffoldHealthMetric, read: Typed | undefined): string[] {
  const bounds = `healthy ${[metric.above !== undefined ? `at or above ${metric.above}` : '', metric.below !== undefined ? `at or below ${metric.below}` : ''].filter(Boolean).join(' and ')}`;
  const head = `  - id: ${metric.id} # ${comment(`${metric.title}${metric.unit ? ` (${metric.unit})` : ''}: ${bounds}`)}`;
  if (read === undefined) {
    return [`# ${head}`, metric.latest ? `#     value: ${metric.latest.value} # latest, on ${metric.latest.date}` : '#     value: # no reading yet: write one'];
  }
  return [head, `    value: ${scalar(typedValue(read))}`];
}

/** Whether an action row of the form is left empty (and so not written). */
export function isBlankAction(action: { title: string; kr?: string; owner?: string }): boolean {
  return ![action.title, action.kr, action.owner].some((field) => field !== undefined && field.trim() !== '');
}

/** Text lines of a list field, without the empty ones. */
const filled = (items: readonly string[] | undefined) => (items ?? []).map((item) => item.trim()).filter((item) => item !== '');

/** The action plan as the schema reads it: empty fields left out, the status kept as chosen. */
function actionItems(actions: CheckInEdits['actions']): Array<Record<string, string>> {
  return (actions ?? [])
    .filter((action) => !isBlankAction(action))
    .map((action) => {
      const item: Record<string, string> = { title: action.title.trim() };
      if (action.kr?.trim()) item.kr = action.kr.trim();
      if (action.owner?.trim()) item.owner = action.owner.trim();
      if (action.status?.trim()) item.status = action.status.trim();
      return item;
    });
}

/** The notes as the body: line ends made `\n`, trailing space dropped (as frontMatterFile does). */
function notesBody(notes: string | undefined): string {
  if (notes === undefined) return NOTES_PROMPT;
  return notes.replace(/\r\n?/g, '\n');
}

/** The check-in file: `new checkin`'s with no edits, else the same file with the edits written in. */
export function checkInFile(scaffold: CheckInScaffold, edits: CheckInEdits = {}): { file: string; text: string } {
  const date = edits.date ?? scaffold.date;
  const lines: string[] = [`team: ${scaffold.team}`, `date: ${/^\d{4}-\d{2}-\d{2}$/.test(date) ? date : scalar(date)}`];
  if (scaffold.namesCycle) lines.push(`cycle: ${scaffold.cycle}`);
  lines.push(list('attendees', filled(edits.attendees)), list('leaders_present', filled(edits.leadersPresent)));
  // Every reading is a comment (site.md): a scaffold left as written records no
  // update, rather than repeating last week's values as if they had been measured again.
  const recorded = edits.updates ?? {};
  const updates = scaffold.keyResults.flatMap((kr) => keyResultLines(kr, Object.hasOwn(recorded, kr.id) ? recorded[kr.id] : undefined));
  if (updates.length) {
    const any = scaffold.keyResults.some((kr) => Object.hasOwn(recorded, kr.id));
    lines.push(
      '# To record a reading, remove the "# " from `updates:` and from the lines of each',
      "# key result you measured, then write today's value. The values below are the",
      '# latest ones; a key result left commented out records nothing.',
      any ? 'updates:' : '# updates:',
      ...updates,
    );
  } else lines.push('updates: []');
  const readings = edits.health ?? {};
  const health = scaffold.health.flatMap((metric) => healthLines(metric, Object.hasOwn(readings, metric.id) ? readings[metric.id] : undefined));
  if (health.length) {
    const any = scaffold.health.some((metric) => Object.hasOwn(readings, metric.id));
    lines.push(
      '# To record a health metric, remove the "# " from `health:` and from the lines of',
      "# each metric you read, then write today's value; one left commented out records nothing.",
      any ? 'health:' : '# health:',
      ...health,
    );
  }
  lines.push(list('actions', actionItems(edits.actions)), list('blockers', filled(edits.blockers)));
  return { file: checkInFilePath(scaffold, date), text: frontMatterFile(lines.join('\n'), notesBody(edits.notes)) };
}

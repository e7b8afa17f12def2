/**
 * Zod issues turned into findings a person can act on: the field path, the
 * line, what was expected, what was found, and how to fix it.
 */
import { z } from 'astro/zod';
import { fieldPath, type Finding } from './findings.ts';
import type { SourceFile } from './source.ts';
import { editDistance } from '../lib/edit-distance.ts';
import { BODY_CONTROL, CONTENT_CONTROL, controlName } from '../lib/control.ts';

/** What kind of entry a file holds, used in messages ("a key result"). */
export type EntryKind = 'site' | 'team' | 'cycle' | 'objective' | 'checkin' | 'guide' | 'handover';

const ENTRY_NAMES: Record<EntryKind, string> = {
  site: 'site.yaml',
  team: 'a team',
  cycle: 'a cycle',
  objective: 'an objective',
  checkin: 'a check-in',
  guide: 'a guide page',
  handover: 'a handover note',
};

const LIST_ITEM_NAMES: Record<string, string> = {
  key_results: 'a key result',
  updates: 'an update',
  actions: 'an action',
  leadership: 'a leadership entry',
  health: 'a health metric or reading',
};

/** Validates a parsed file against its schema: the data, or the findings. */
export function validateSource<S extends z.ZodType>(
  source: SourceFile,
  schema: S,
  kind: EntryKind,
): { data: z.output<S> } | { findings: Finding[] } {
  const result = schema.safeParse(source.data);
  const findings = controlFindings(source);
  if (result.success && findings.length === 0) return { data: result.data };
  for (const issue of result.error?.issues ?? []) {
    findings.push(...issueToFindings(source, schema, kind, issue));
  }
  return { findings };
}

/** A finding for a body holding a control character (tab, LF and CR aside), at its line. */
export function bodyControlFinding(file: string, body: string, bodyLine = 1): Finding | undefined {
  const found = BODY_CONTROL.exec(body);
  if (!found) return undefined;
  const line = bodyLine + (body.slice(0, found.index).match(/\n/g)?.length ?? 0);
  return { file, line, level: 'error', code: 'invalid-character', message: `the body holds the control character ${controlName(found[0])}, which no page can show; remove it (retype the text if it was pasted from a terminal or a document)` };
}

/**
 * A finding for every text (value or key) holding a control character
 * (src/lib/control.ts: any C0 control but tab and LF, and DEL), naming its
 * field and line: `"Alpha\e[0m"` would reach feeds, calendars and terminals.
 */
export function controlFindings(source: SourceFile): Finding[] {
  const findings: Finding[] = [];
  const report = (text: string, path: PropertyKey[]) => {
    const found = CONTENT_CONTROL.exec(text);
    if (!found) return;
    const field = fieldPath(path);
    findings.push({
      file: source.file,
      line: source.lineOf(path),
      level: 'error',
      code: 'invalid-character',
      ...(field ? { field } : {}),
      message: `the text holds the control character ${controlName(found[0])}, which no page, feed or calendar can show; remove it (retype the text if it was pasted from a terminal or a document)`,
    });
  };
  // A stack, not recursion: nesting is as deep as the file makes it.
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: source.data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') report(value, path);
    else if (Array.isArray(value)) value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      for (const [key, item] of Object.entries(value)) {
        report(key, [...path, key]);
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return findings.sort((a, b) => a.line - b.line);
}

function issueToFindings(source: SourceFile, schema: z.ZodType, kind: EntryKind, issue: z.core.$ZodIssue): Finding[] {
  const path = issue.path;
  const base = { file: source.file, level: 'error' as const };
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(schema, path);
    return issue.keys.map((key) => {
      const suggestion = closest(key, known);
      const where = path.length === 0 ? ENTRY_NAMES[kind] : (LIST_ITEM_NAMES[String(path.at(-2))] ?? `\`${fieldPath(path)}\``);
      const fix = suggestion ? `did you mean \`${suggestion}\`?` : `remove it, or use one of: ${known.join(', ')}`;
      return {
        ...base,
        line: source.lineOf([...path, key]),
        code: 'unknown-field',
        field: fieldPath([...path, key]),
        message: `\`${key}\` is not a field of ${where}; ${fix}`,
      };
    });
  }
  const value = valueAt(source.data, path);
  const field = fieldPath(path);
  const line = source.lineOf(path);
  if (issue.code === 'invalid_type' && value === undefined) {
    const name = String(path.at(-1) ?? 'front matter');
    return [{ ...base, line, code: 'required', field, message: `\`${name}\` is required; add a line \`${name}: ...\` (${issue.message})` }];
  }
  const custom = issue.code === 'custom' ? (issue.params as { code?: string } | undefined)?.code : undefined;
  const code = custom ?? (issue.code === 'invalid_type' || issue.code === 'invalid_union' ? 'invalid-type' : 'invalid-value');
  // Say what was found when the message is about the value itself ("expected ..."), not about its neighbours.
  const message = issue.message.startsWith('expected') && value !== undefined && typeof value !== 'object' ? `${issue.message}, got ${describe(value)}` : issue.message;
  return [{ ...base, line, code, ...(field ? { field } : {}), message }];
}

/** The raw value at a path, for "got ..." in messages. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

/** How a YAML value reads back to the person who wrote it. */
export function describe(value: unknown): string {
  if (value === null) return 'an empty value';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
    return String(value);
  }
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a block of fields';
  return String(value);
}

/**
 * Unwraps optional, default, prefault, nullable and pipe layers down to the
 * schema that holds the fields, through Zod 4's public classes and
 * accessors (`unwrap()`, a pipe's `in`/`out`), never its internals. A pipe
 * made by `z.preprocess` starts with a transform: its fields are in `out`.
 */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let i = 0; i < 10; i++) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodPrefault || current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = (current.in instanceof z.ZodTransform ? current.out : current.in) as z.ZodType;
    } else {
      break;
    }
  }
  return current;
}

/** The field names an object schema accepts at a path. */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const part of path) {
    if (current instanceof z.ZodObject && typeof part === 'string' && Object.hasOwn(current.shape, part)) current = unwrap(current.shape[part] as z.ZodType);
    else if (current instanceof z.ZodArray) current = unwrap(current.element as z.ZodType);
    else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/** The known name a typo most likely meant (edit distance at most 2, or a case/underscore slip). */
function closest(typo: string, known: readonly string[]): string | undefined {
  const plain = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = plain(candidate) === plain(typo) ? 0 : editDistance(typo.toLowerCase(), candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

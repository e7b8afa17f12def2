/**
 * Reading one content file: bytes -> UTF-8 text -> front matter (YAML) and
 * body, with a way back from a field path to the line it was written on.
 */
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { Finding } from './findings.ts';

/** A content file whose front matter parsed as YAML. */
export interface SourceFile {
  /** Path relative to the content root, `/`-separated. */
  file: string;
  /** Front matter as plain data (not yet validated). */
  data: unknown;
  /** The Markdown body after the front matter. */
  body: string;
  /** The file's line on which the body starts (1 when there is no front matter). */
  bodyLine: number;
  /** 1-based line of a field path (`['key_results', 1, 'target']`), or of the nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number;
  /** Lines of the top-level keys, read off the text without a full parse. */
  keyLines: Record<string, number>;
  /** Lines of the items of a top-level block list (`key_results:` then `- id: ...`), when written as one. */
  itemLines(key: string): number[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });
const FENCE = /^---[ \t]*$/;

/**
 * Parses one file's bytes. Returns the source or the findings that stop it
 * (bad encoding, no front matter, YAML that does not parse). `known` is the
 * front matter an earlier run validated from the same bytes: it is used
 * instead of reading the YAML again.
 */
export function parseSource(file: string, bytes: Uint8Array, options: { frontMatter: boolean; known?: unknown }): SourceFile | Finding[] {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return [error(file, 1, 'encoding', 'the file is not valid UTF-8; save it as UTF-8 (most editors offer this under "Save with encoding")')];
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  let yamlText = text;
  let body = '';
  let firstYamlLine = 1;
  let bodyLine = 1;
  if (options.frontMatter) {
    const lines = text.split(/\r?\n/);
    if (text.trim() === '') {
      return [error(file, 1, 'empty-file', 'the file is empty; start it with front matter between two `---` lines, or rename it with a leading `_` to keep it as a draft the build ignores')];
    }
    if (!FENCE.test(lines[0] ?? '')) {
      return [error(file, 1, 'front-matter', 'expected the file to start with a `---` line opening the front matter (YAML), closed by another `---` line')];
    }
    const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
    if (close === -1) {
      return [error(file, lines.length, 'front-matter', 'the front matter is never closed; add a `---` line after the last field')];
    }
    yamlText = lines.slice(1, close).join('\n');
    body = lines.slice(close + 1).join('\n');
    bodyLine = close + 2;
    firstYamlLine = 2;
  }

  // The full YAML parser knows every position, and is slow: it is only asked when a position
  // is needed (an error, a hint) or when the fast reader refuses the text. Both read YAML 1.2's
  // core schema: `2026-07-06` stays text, `yes` is not a boolean.
  let full: { doc: Document; toLine: (offset: number) => number } | undefined;
  const parseFully = () => {
    if (!full) {
      const lineCounter = new LineCounter();
      const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
      full = { doc, toLine: (offset: number) => lineCounter.linePos(offset).line + firstYamlLine - 1 };
    }
    return full;
  };
  // Front matter validated by an earlier run from these same bytes (front-matter-cache.ts) is not read again.
  let data: unknown = options.known;
  if (data === undefined) {
    try {
      data = loadYaml(yamlText, { schema: CORE_SCHEMA, filename: file });
    } catch {
      const { doc, toLine } = parseFully();
      if (doc.errors.length > 0) {
        // The usual cause in a `new checkin` scaffold: the readings uncommented, `# updates:` above them not.
        const commented = commentedOutKey(yamlText);
        if (commented) {
          const line = commented.index + firstYamlLine;
          return [error(file, line, 'yaml', `the front matter is not valid YAML: \`${commented.key}:\` on line ${line} is still commented out, but the lines under it are not; uncomment \`${commented.key}:\` on line ${line} (remove the \`# \` in front of it)`)];
        }
        return doc.errors.map((e) => error(file, toLine(e.pos[0]), 'yaml', yamlMessage(e.code, e.message)));
      }
      try {
        data = doc.toJS({ maxAliasCount: 100 });
      } catch (cause) {
        // The second parser refuses what the first let through: too many aliases (a "billion laughs"), a tag it cannot resolve.
        const reason = cause instanceof Error ? cause.message.replace(/\s+/g, ' ') : String(cause);
        const hint = /alias/i.test(reason)
          ? 'write the values out instead of repeating them through `*aliases`'
          : 'remove the `!tag` and write the value as plain YAML';
        return [error(file, firstYamlLine, 'yaml', `the front matter is not valid YAML (${reason}): ${hint}`)];
      }
    }
  }
  const scanned = scanLines(yamlText, firstYamlLine);
  return {
    file,
    data: data ?? {},
    body,
    bodyLine,
    lineOf: (path) => {
      const { doc, toLine } = parseFully();
      return lineOfPath(doc, path, toLine);
    },
    keyLines: scanned.keys,
    itemLines: (key) => scanned.items.get(key) ?? [],
  };
}

/**
 * A top-level key left commented out (`# updates:`) above lines that are
 * not (`  - kr: new-mrr`): its name and 0-based line in the YAML text.
 */
function commentedOutKey(yamlText: string): { key: string; index: number } | undefined {
  const lines = yamlText.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const key = /^#\s*([A-Za-z_][\w-]*)\s*:\s*$/.exec(lines[i]!);
    if (!key) continue;
    // The first line after it that is neither blank nor a comment: indented, or a list item, belongs to it.
    const next = lines.slice(i + 1).find((line) => line.trim() !== '' && !/^\s*#/.test(line));
    if (next !== undefined && /^(\s+\S|-(\s|$))/.test(next)) return { key: key[1]!, index: i };
  }
  return undefined;
}

/** Top-level keys and the items of top-level block lists, by line, from the text alone. */
function scanLines(yamlText: string, firstLine: number): { keys: Record<string, number>; items: Map<string, number[]> } {
  const keys: Record<string, number> = {};
  const items = new Map<string, number[]>();
  let current: string | undefined;
  let itemIndent = -1;
  const lines = yamlText.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line);
    if (key) {
      current = key[1]!;
      keys[current] ??= i + firstLine;
      itemIndent = -1;
      continue;
    }
    const item = /^(\s*)-(\s|$)/.exec(line);
    if (item && current) {
      const indent = item[1]!.length;
      if (itemIndent === -1) itemIndent = indent;
      if (indent === itemIndent) items.set(current, [...(items.get(current) ?? []), i + firstLine]);
    }
  }
  return { keys, items };
}

function lineOfPath(doc: Document, path: readonly PropertyKey[], toLine: (offset: number) => number): number {
  let node: unknown = doc.contents;
  let line = 1;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => {
        const key = item.key as { value?: unknown } | null;
        return key !== null && typeof key === 'object' && String(key.value) === String(part);
      });
      if (!pair) break;
      const keyRange = (pair.key as { range?: [number, number, number] }).range;
      if (keyRange) line = toLine(keyRange[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as { range?: [number, number, number] } | undefined;
      if (!item) break;
      if (item.range) line = toLine(item.range[0]);
      node = item;
    } else {
      break;
    }
  }
  return line;
}

function yamlMessage(code: string, message: string): string {
  const hints: Record<string, string> = {
    DUPLICATE_KEY: 'a field is written twice in the same block; keep one of them',
    BAD_INDENT: 'the indentation is off; list items and nested fields must line up with their siblings',
    MISSING_CHAR: 'a quote or bracket is not closed',
    TAB_AS_INDENT: 'a tab is used to indent; YAML needs spaces',
  };
  const hint = hints[code];
  return `the front matter is not valid YAML (${message.replace(/\s+/g, ' ').replace(/ at line \d+, column \d+.*$/, '')})${hint ? `: ${hint}` : ''}`;
}

function error(file: string, line: number, code: string, message: string): Finding {
  return { file, line, level: 'error', code, message };
}

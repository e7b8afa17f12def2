/**
 * Fuzzing `check`: a valid content root mutated at random (lines deleted,
 * value types swapped, files truncated, invalid UTF-8 and control characters,
 * duplicated keys, broken indentation). `check` must always finish with exit
 * 0 or 1, never crash or print a stack trace, and name the mutated file when
 * it fails. The seed is printed on failure (fast-check), so a case replays.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/cli/check.ts';
import { cleanContentRoots, contentRoot } from '../helpers.ts';

afterAll(cleanContentRoots);

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
  | { kind: 'indent'; at: number; spaces: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-type' as const), at: fc.nat(), value: fc.constantFrom('true', '[]', '{}', '"text"', '42', '-1e400', '.nan', '~', '2026-02-30', "''", '[1, 2]', 'yes') }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('invalid-utf8' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('control' as const), at: fc.nat(), char: fc.integer({ min: 0, max: 31 }) }),
  fc.record({ kind: fc.constant('duplicate-key' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), spaces: fc.integer({ min: -4, max: 5 }) }),
);

/** Applies a mutation to a file's bytes. */
function mutate(bytes: Buffer, m: Mutation): Buffer {
  const text = bytes.toString('utf8');
  const lines = text.split('\n');
  const line = m.at % Math.max(lines.length, 1);
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

  it('never crashes, never prints a stack, and names the mutated file (1,000 cases)', { timeout: 120_000 }, () => {
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
        } finally {
          writeFileSync(target, originals.get(file)!);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

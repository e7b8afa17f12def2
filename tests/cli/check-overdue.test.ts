/** `check --overdue` and `check --format github`, as a scheduled CI job runs them. */
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, githubCommand } from '../../src/cli/github-format.ts';
import { cleanContentRoots, contentRoot, projectRoot, runCheck as run } from '../helpers.ts';

afterAll(cleanContentRoots);

describe('check --overdue', () => {
  // The small fixture: Sales checked in on 07-06 and 07-13, Company never. On 2026-08-15 the
  // latest weekly period due is 08-05..08-11 and the current one 08-12..08-18: both uncovered.
  it('reports each overdue team on its file, line 1, and exits 1', () => {
    const { code, stdout } = run(['--overdue'], { OKRBOOK_CONTENT: contentRoot() });
    expect(code).toBe(1);
    expect(stdout.split('\n').filter((line) => line.includes('checkin-overdue'))).toMatchInlineSnapshot(`
      [
        "teams/company.md:1: error checkin-overdue: Company is overdue for a check-in in Q3 2026: the period that started on 2026-08-05 has none, and neither has the current one (from 2026-08-12). Hold the check-in and add its file (npm run new -- checkin --team company --cycle 2026-q3).",
        "teams/sales.md:1: error checkin-overdue: Sales is overdue for a check-in in Q3 2026: the period that started on 2026-08-05 has none, and neither has the current one (from 2026-08-12). Hold the check-in and add its file (npm run new -- checkin --team sales --cycle 2026-q3).",
      ]
    `);
  });

  it('does not report a team that met this period, even if it missed the last one', () => {
    const root = contentRoot({
      'checkins/2026-q3/sales/2026-08-13.md': '---\nteam: sales\ndate: 2026-08-13\n---\nMet again.\n',
      'checkins/2026-q3/company/2026-08-10.md': '---\nteam: company\ndate: 2026-08-10\n---\nMet last week.\n',
    });
    const { code, stdout } = run(['--overdue'], { OKRBOOK_CONTENT: root });
    expect(stdout).not.toContain('checkin-overdue');
    expect(code).toBe(0);
  });

  it('reports nothing without the flag', () => {
    const { code, stdout } = run([], { OKRBOOK_CONTENT: contentRoot() });
    expect(stdout).not.toContain('checkin-overdue');
    expect(code).toBe(0);
  });
});

describe('check --format github', () => {
  it('escapes data and properties as the runner reads them', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('writes one workflow command per finding, the path relative to the repository', () => {
    const line = githubCommand(
      { file: 'okrs/2026-q3/sales/win, big.md', line: 7, level: 'error', code: 'invalid-value', field: 'key_results[0].target', message: 'expected a number: 100%' },
      '/repo/site/content',
      '/repo',
    );
    expect(line).toBe('::error file=site/content/okrs/2026-q3/sales/win%2C big.md,line=7,title=invalid-value::key_results[0].target: expected a number: 100%25');
  });

  it('annotates the example from the repository root, as the recipe in docs/recipes.md runs it', () => {
    // As of 2026-08-20 the example's Company last met on 08-07: in Q3 (from 07-01, a Wednesday) 08-12..08-18 and
    // 08-19..08-25 are uncovered. (v3) Overdue once: the year 2026 meets quarterly (91 days: 07-02..09-30 holds
    // 08-07) and would not be overdue anyway; Q3 has the shortest cadence and is the one named.
    const result = spawnSync('npm', ['run', '--silent', 'check', '--', '--overdue', '--format', 'github'], {
      cwd: projectRoot,
      env: { ...process.env, OKRBOOK_AS_OF: '2026-08-20', OKRBOOK_CONTENT: '' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('::error'))).toEqual([
      '::error file=content/teams/company.md,line=1,title=checkin-overdue::Cendana Systems is overdue for a check-in in Q3 2026: the period that started on 2026-08-12 has none, and neither has the current one (from 2026-08-19). Hold the check-in and add its file (npm run new -- checkin --team company --cycle 2026-q3).',
    ]);
    expect(lines.slice(0, -1).every((l) => /^::(error|warning) file=content\/[^,]+,line=\d+,title=[a-z-]+::/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^1 error, \d+ warnings in \d+ files$/);
  });
});

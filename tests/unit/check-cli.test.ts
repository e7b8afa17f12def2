/** `npm run check` as a person runs it: the real command, its output and exit code. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanContentRoots, contentRoot, projectRoot } from '../helpers.ts';

afterAll(cleanContentRoots);

function run(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'src/cli/check.ts'), ...args], {
    cwd: projectRoot,
    env: { ...process.env, OKRBOOK_AS_OF: '2026-08-15', ...env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check', () => {
  it('passes a valid content root with exit 0 and a summary line', () => {
    const { code, stdout, stderr } = run([], { OKRBOOK_CONTENT: contentRoot() });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^\d+ errors?, \d+ warnings? in \d+ files?$/);
  });

  it('prints every error as file:line: error code: message, then exits 1 without a stack trace', () => {
    const root = contentRoot({
      'teams/sales.md': '---\nname: Sales\nleadership:\n  - name: Farid\n    roles: [boss]\n---\n',
      'checkins/2026-q3/sales/2026-07-06.md': '---\nteam: sales\ndate: 2026-07-06\nupdates:\n  - kr: churn\n    value: "four"\n---\n',
    });
    const { code, stdout, stderr } = run([], { OKRBOOK_CONTENT: root });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toMatchInlineSnapshot(`
      "checkins/2026-q3/sales/2026-07-06.md:6: error invalid-type: updates[0].value: expected a number, or true/false for a milestone, got "four"
      teams/sales.md:5: error invalid-value: leadership[0].roles[0]: expected one of motivator, supporter, mentor, got "boss"
      2 errors, 0 warnings in 2 files
      "
    `);
    expect(stdout).not.toMatch(/\n\s+at /);
  });

  it('gives the same findings as JSON', () => {
    const root = contentRoot({ 'cycles/2026-q3.md': '---\nname: Q3 2026\nstart: 2026-07-01\nend: 2026-06-30\n---\n' });
    const { code, stdout } = run(['--format', 'json'], { OKRBOOK_CONTENT: root });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchInlineSnapshot(`
      {
        "checked": 8,
        "errors": 1,
        "files": 1,
        "findings": [
          {
            "code": "cycle-dates",
            "field": "end",
            "file": "cycles/2026-q3.md",
            "level": "error",
            "line": 4,
            "message": "the cycle ends before it starts (start is 2026-07-01); expected an end on or after the start",
          },
        ],
        "warnings": 0,
      }
    `);
  });

  it('refuses a bad option or environment with a message, not a stack', () => {
    const bad = run(['--format', 'xml'], { OKRBOOK_CONTENT: contentRoot() });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^okrbook check: --format must be text or json, got "xml"/);
    const date = run([], { OKRBOOK_CONTENT: contentRoot(), OKRBOOK_AS_OF: '15/08/2026' });
    expect(date.stderr.trim()).toBe('okrbook check: OKRBOOK_AS_OF must be a calendar date written YYYY-MM-DD, e.g. 2026-08-15; got "15/08/2026".');
    const root = run([], { OKRBOOK_CONTENT: '/no/such/folder' });
    expect(root.code).toBe(1);
    expect(root.stderr).toContain('The content root /no/such/folder does not exist');
  });
});

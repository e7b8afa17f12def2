/**
 * The `okrbook` binary as a person runs it (bin/okrbook.mjs, from this
 * checkout): the list of commands, a mistyped command, and `okrbook init`
 * writing a starter that `okrbook check` accepts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { quarterOf, starterValues } from '../../src/cli/init.ts';
import { projectRoot } from '../helpers.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'okrbook-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const okrbook = (args: string[], env: Record<string, string> = {}, cwd = work) =>
  spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'okrbook.mjs'), ...args], { cwd, env: { ...process.env, OKRBOOK_CONTENT: '', ...env }, encoding: 'utf8' });

describe('okrbook', () => {
  it('lists its commands, and says so when one is mistyped', () => {
    const help = okrbook(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['init', 'check', 'new', 'import', 'schemas', 'build']) expect(help.stdout).toContain(`okrbook ${command}`);
    const typo = okrbook(['chek']);
    expect(typo.status).toBe(1);
    expect(typo.stderr).toContain('okrbook: "chek" is not a command.');
  });

  it('init writes a starter for the quarter of the as-of date, which check accepts', () => {
    const site = path.join(work, 'acme-okrs');
    const init = okrbook(['init', site], { OKRBOOK_AS_OF: '2026-11-25' });
    expect(init.status, init.stderr).toBe(0);
    for (const file of ['package.json', 'astro.config.mjs', 'README.md', '.gitignore', '.github/workflows/okrs.yml', 'content/site.yaml', 'content/teams/product.md', 'content/cycles/2026-q4.md', 'content/okrs/2026-q4/product/first-customers.md', 'content/checkins/2026-q4/product/2026-11-24.md', 'content/guide/index.md']) {
      expect(existsSync(path.join(site, file)), file).toBe(true);
    }
    expect(readFileSync(path.join(site, 'content/cycles/2026-q4.md'), 'utf8')).toContain('start: 2026-10-01\nend: 2026-12-31\n');
    expect(JSON.parse(readFileSync(path.join(site, 'package.json'), 'utf8')).dependencies.okrbook).toBe('^0.1.0');
    expect(readFileSync(path.join(site, 'README.md'), 'utf8').trim().split('\n').length).toBeLessThanOrEqual(12);
    const check = okrbook(['check'], { OKRBOOK_AS_OF: '2026-11-25' }, site);
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toMatch(/^0 errors, \d+ warnings? in \d+ files?$/m);
  });
});

describe('the starter dates', () => {
  it('are the calendar quarter holding the as-of date, the check-in the day before (never before the cycle)', () => {
    // Q1 is January to March: 2026-02-15 lies in 2026-01-01 .. 2026-03-31.
    expect(quarterOf('2026-02-15')).toEqual({ id: '2026-q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' });
    // Q2 2024: April to June (30 days in June).
    expect(quarterOf('2024-05-01')).toEqual({ id: '2024-q2', name: 'Q2 2024', start: '2024-04-01', end: '2024-06-30' });
    // On a quarter's first day the check-in cannot be the day before: it is that first day.
    expect(starterValues('okrs', '2026-10-01').date).toBe('2026-10-01');
    expect(starterValues('okrs', '2026-11-25').date).toBe('2026-11-24');
    expect(starterValues('acme-okrs', '2026-11-25').title).toBe('Acme OKRs');
    expect(starterValues('okrs', '2026-11-25').title).toBe('Our OKRs');
  });
});

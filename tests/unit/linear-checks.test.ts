/**
 * Checks stay linear in the size of the content (issue 14): a 500-deep
 * team tree and a 500-long alignment chain take as many steps as flat ones
 * of the same size, and twice the content twice the steps. Steps are counted,
 * not timed (tests/steps.ts), so the verdict never depends on the machine.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/cli/check.ts';
import { cleanContentRoots, contentRoot } from '../helpers.ts';
import { countSteps } from '../steps.ts';

afterAll(cleanContentRoots);

const SIZE = 500;

function teams(size: number, deep: boolean): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < size; i++) {
    const parent = deep ? (i === 0 ? 'company' : `t${i - 1}`) : 'company';
    files[`teams/t${i}.md`] = `---\nname: Team ${i}\nparent: ${parent}\n---\n`;
  }
  return files;
}

function objectives(size: number, deep: boolean): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < size; i++) {
    const parent = deep ? (i === 0 ? '' : `parent: 2026-q3/sales/o${i - 1}\n`) : '';
    files[`okrs/2026-q3/sales/o${i}.md`] = `---\ntitle: Objective ${i}\nteam: sales\ncycle: 2026-q3\n${parent}key_results:\n  - id: kr${i}\n    title: Sign ${i} customers\n    baseline: 0\n    target: 10\n---\n`;
  }
  return files;
}

/**
 * The steps `check` takes on a root (tests/steps.ts): the same count on any
 * machine, however busy. Each root is checked once before, so that the
 * count is of the run every later `check` makes (front matter cached).
 */
function stepsOf(files: Record<string, string>): number {
  const env = { OKRBOOK_CONTENT: contentRoot(files), OKRBOOK_AS_OF: '2026-08-15' };
  check([], env);
  const { result, steps } = countSteps(() => check([], env));
  expect(result.output).not.toContain('internal');
  return steps;
}

// Measured: about 65 steps a team and 245 an objective, deep or flat alike (500 teams: 35,330 steps flat and
// deep). A quadratic pass over a 500-deep chain adds at least 125,000 (half of 500 x 500), 3.5 times the whole
// linear count (one made quadratic on purpose took 659,580). Twice the content takes twice the steps; a
// quadratic pass four times.
describe('checks are linear in the size of the content', { timeout: 120_000 }, () => {
  it('a 500-deep team tree takes as many steps as a flat one, and twice the teams twice the steps', () => {
    const flat = stepsOf(teams(SIZE, false));
    const deep = stepsOf(teams(SIZE, true));
    expect(deep / flat).toBeLessThan(1.2);
    expect(stepsOf(teams(2 * SIZE, true)) / deep).toBeLessThan(2.2);
  });

  it('a 500-long alignment chain takes as many steps as unaligned objectives, and twice the chain twice the steps', () => {
    const flat = stepsOf(objectives(SIZE, false));
    const deep = stepsOf(objectives(SIZE, true));
    expect(deep / flat).toBeLessThan(1.2);
    expect(stepsOf(objectives(2 * SIZE, true)) / deep).toBeLessThan(2.2);
  });

  it('the step count sees a quadratic pass', () => {
    const items = Array.from({ length: SIZE }, (_, i) => i);
    const { steps } = countSteps(() => items.filter((item) => items.includes(item + 1)));
    expect(steps).toBeGreaterThan(SIZE * SIZE * 0.4);
  });

  it('a loop at the end of a long chain is reported once, at its first member', () => {
    const files = teams(SIZE, true);
    files['teams/t0.md'] = `---\nname: Team 0\nparent: t${SIZE - 1}\n---\n`;
    const report = check([], { OKRBOOK_CONTENT: contentRoot(files), OKRBOOK_AS_OF: '2026-08-15' });
    const loops = report.findings.filter((f) => f.code === 'parent-loop');
    expect(loops.map((f) => f.file)).toEqual(['teams/t0.md']);
    expect(loops[0]!.message).toMatch(/^the team tree loops: t0 -> t499 -> t498 -> .* -> t1 -> t0; /);
  });
});

/** Issue 26, as a person meets it: the commands on hostile input end with a message and exit 1, never a stack trace. */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanContentRoots, contentRoot, projectRoot } from '../helpers.ts';

afterAll(cleanContentRoots);

describe('npm run import on ids a file system cannot hold', () => {
  it('names the row and column, exits 1, prints no stack and leaves the content root as it was', () => {
    const root = contentRoot();
    const before = readdirSync(root, { recursive: true }).sort();
    const file = path.join(tmpdir(), `okrbook-long-${process.pid}.csv`);
    writeFileSync(file, `team,objective,objective_title,kr,kr_title,baseline,target\nsales,2026-q3/sales/${'a'.repeat(300)},Grow,mrr-9,MRR,1,2\nsales,2026-q3/${'b/'.repeat(2100)}c,Grow,mrr-8,MRR,1,2\n`);
    const run = spawnSync(process.execPath, [path.join(projectRoot, 'src/cli/import.ts'), 'csv', file, '--cycle', '2026-q3'], { env: { ...process.env, OKRBOOK_CONTENT: root }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${file} row 2, column objective: the objective id "2026-q3/sales/aaa`);
    expect(run.stderr).toContain(`${file} row 3, column objective: the objective id "2026-q3/b/b/b`);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(readdirSync(root, { recursive: true }).sort()).toEqual(before);
  });
});

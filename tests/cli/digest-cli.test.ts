/** `okrbook digest` as a user runs it: a refusal is one line on stderr and exit 1, no stack. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers.ts';

const env = { ...process.env, OKRBOOK_CONTENT: path.join(projectRoot, 'content'), OKRBOOK_AS_OF: '2026-11-25', OKRBOOK_SITE: 'https://okr.example.org/' };

describe('okrbook digest on the command line', () => {
  it('exits 1 with the message and no stack', () => {
    const result = spawnSync(process.execPath, [path.join(projectRoot, 'src/cli/digest.ts'), '--week', '2026-W54'], { cwd: projectRoot, env, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe('okrbook digest: --week 2026-W54 is not an ISO week: write it as YYYY-Www with a week that year has (01 to 52, or 53 in a long year), e.g. 2026-W48.');
  });

  it('prints the week as Markdown', () => {
    const result = spawnSync(process.execPath, [path.join(projectRoot, 'src/cli/digest.ts'), '--week', '2026-W47', '--format', 'markdown'], { cwd: projectRoot, env, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('## [Cendana OKRs: Week 47, 2026](https://okr.example.org/digest/2026-w47/)');
  });
});

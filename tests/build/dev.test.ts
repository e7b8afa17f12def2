/**
 * `npm run dev`: pages read the content afresh on every request, so an edit
 * shows on reload. (A build must not: it reads the model once, whatever
 * NODE_ENV says; see the determinism test and the integration's unit test.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanContentRoots, contentRoot, projectRoot } from '../helpers.ts';

let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill('SIGTERM');
  cleanContentRoots();
});

/** Starts Astro's dev server on a content root; resolves with its address once it listens. */
function startDev(root: string, log: { output: string } = { output: '' }): Promise<string> {
  // One dev server per project at a time: the one of an earlier test stops first.
  server?.kill('SIGTERM');
  // Astro's dev server serves no pages when it sees VITEST (it expects to be under test itself).
  const { VITEST: _vitest, ...environment } = process.env;
  server = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '0', '--host', '127.0.0.1'], {
    cwd: projectRoot,
    env: { ...environment, OKRBOOK_CONTENT: root, OKRBOOK_AS_OF: '2026-08-15', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return new Promise((resolve, reject) => {
    const listen = (chunk: Buffer) => {
      log.output += chunk;
      const output = log.output;
      const address = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (address) resolve(address[1]!);
    };
    server!.stdout!.on('data', listen);
    server!.stderr!.on('data', listen);
    server!.on('exit', (code) => reject(new Error(`the dev server ended (${code}):\n${log.output}`)));
  });
}

describe('npm run dev', () => {
  it('shows an edit to the content on the next request', { timeout: 90_000 }, async () => {
    const root = contentRoot();
    const origin = await startDev(root);
    const teams = async () => (await fetch(`${origin}/teams/`)).text();
    const first = await teams();
    expect(first, first.slice(0, 3000)).toContain('Sales');
    const file = path.join(root, 'teams/sales.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Sales', 'name: Sales and Renewals'));
    // The file watcher needs a moment; the page must follow without a restart.
    let html = '';
    for (let i = 0; i < 40 && !html.includes('Sales and Renewals'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      html = await teams();
    }
    expect(html).toContain('Sales and Renewals');
  });

  it('says what is wrong with the content, with no empty "Stack trace:" under it (issue 25, item 10)', { timeout: 90_000 }, async () => {
    const root = contentRoot();
    const file = path.join(root, 'teams/sales.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Sales', 'name: Sales\ncolour: blue'));
    const log = { output: '' };
    const origin = await startDev(root, log);
    expect((await fetch(`${origin}/teams/`)).status).toBe(500);
    for (let i = 0; i < 40 && !log.output.includes('unknown-field'); i++) await new Promise((resolve) => setTimeout(resolve, 250));
    expect(log.output).toContain('teams/sales.md:3: error unknown-field: colour');
    expect(log.output).not.toContain('Stack trace:');
  });
});

/**
 * docs/digest.md's chat recipe, run as written: the digest as Markdown,
 * `jq` wraps it as `{"text": ...}`, `curl` posts it to the webhook. A local
 * server plays the webhook; a stand-in `date` names the week, so the test
 * does not depend on the day it runs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { digest } from '../../src/cli/digest.ts';
import { projectRoot } from '../helpers.ts';

const hasTools = ['curl', 'jq'].every((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0);
const docs = readFileSync(path.join(projectRoot, 'docs', 'digest.md'), 'utf8');
const recipe = /## Recipe: post the digest to a team chat[\s\S]*?```sh\n([\s\S]*?)```/.exec(docs)![1]!;

describe.skipIf(!hasTools)('the chat recipe', () => {
  it('posts the Markdown of last week to the webhook', async () => {
    const env = { ...process.env, OKRBOOK_CONTENT: path.join(projectRoot, 'content'), OKRBOOK_AS_OF: '2026-11-25', OKRBOOK_SITE: 'https://okr.example.org/', OKRBOOK_BASE: '/' };
    // `date -u -d yesterday +%G-W%V` on Monday 2026-11-23 names the week just ended.
    const bin = mkdtempSync(path.join(tmpdir(), 'okrbook-recipe-'));
    writeFileSync(path.join(bin, 'date'), '#!/bin/sh\necho 2026-W47\n');
    chmodSync(path.join(bin, 'date'), 0o755);
    const posted: { type: string | undefined; body: string }[] = [];
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        posted.push({ type: request.headers['content-type'], body });
        response.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const webhook = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hook`;
    try {
      const code = await new Promise<number | null>((resolve) => {
        const child = spawn('bash', ['-c', `set -o pipefail\n${recipe}`], { cwd: projectRoot, env: { ...env, PATH: `${bin}:${process.env.PATH}`, WEBHOOK: webhook }, stdio: 'inherit' });
        child.on('close', resolve);
      });
      expect(code).toBe(0);
    } finally {
      server.close();
      rmSync(bin, { recursive: true, force: true });
    }
    expect(posted).toHaveLength(1);
    expect(posted[0]!.type).toBe('application/json');
    expect(JSON.parse(posted[0]!.body)).toEqual({ text: digest(['--week', '2026-W47', '--format', 'markdown'], env, projectRoot).output });
  });
});

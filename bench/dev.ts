/**
 * The dev server as an author lives it: `astro dev` on the corpus, the time
 * until the first scorecard is served (the content loaded once, Vite's first
 * compile), then a scorecard once it is running, and how long an edit takes
 * to show on the next requests.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface DevMeasure {
  /** From starting the server to the first scorecard served. */
  startSeconds: number;
  /** Another scorecard, once the server has loaded the content. */
  scorecardSeconds: number;
  /** The same scorecard again. */
  againSeconds: number;
  /** From saving an edit of a team's name to the first request that shows it. */
  editSeenSeconds: number;
}

const timed = async (url: string) => {
  const started = performance.now();
  const response = await fetch(url);
  const text = await response.text();
  if (!response.ok) throw new Error(`the dev server answered ${response.status} for ${url}:\n${text.slice(0, 500)}`);
  return { seconds: (performance.now() - started) / 1000, text };
};

/** Measures `astro dev` on a content root; the server is stopped afterwards, whatever happens. */
export async function measureDev(content: string, asOf: string): Promise<DevMeasure> {
  // Astro's dev server serves no pages when it sees VITEST.
  const { VITEST: _vitest, ...environment } = process.env;
  const started = performance.now();
  const server = spawn(process.execPath, [path.join(project, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '0', '--host', '127.0.0.1'], {
    cwd: project,
    env: { ...environment, OKRBOOK_CONTENT: content, OKRBOOK_AS_OF: asOf, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      let output = '';
      const listen = (chunk: Buffer) => {
        output += chunk;
        const address = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
        if (address) resolve(address[1]!);
      };
      server.stdout.on('data', listen);
      server.stderr.on('data', listen);
      server.on('exit', (code) => reject(new Error(`the dev server ended (${code}):\n${output.slice(-2000)}`)));
    });
    const cycle = readdirSync(path.join(content, 'checkins')).sort().at(-1)!;
    await timed(`${origin}/teams/team-001/${cycle}/`);
    const startSeconds = (performance.now() - started) / 1000;
    const scorecardSeconds = (await timed(`${origin}/teams/team-002/${cycle}/`)).seconds;
    const againSeconds = (await timed(`${origin}/teams/team-002/${cycle}/`)).seconds;
    const teamFile = path.join(content, 'teams', 'team-002.md');
    const before = readFileSync(teamFile, 'utf8');
    const renamed = `Team Two ${Date.now()}`;
    const edited = performance.now();
    writeFileSync(teamFile, before.replace(/^name: .*$/m, `name: ${renamed}`));
    try {
      for (let i = 0; i < 200; i++) {
        if ((await timed(`${origin}/teams/team-002/${cycle}/`)).text.includes(renamed)) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      writeFileSync(teamFile, before);
    }
    return { startSeconds, scorecardSeconds, againSeconds, editSeenSeconds: (performance.now() - edited) / 1000 };
  } finally {
    server.kill('SIGTERM');
  }
}

/**
 * `astro build` in its own process, started before okrbook has validated
 * the content so that Astro's start-up (about a second and a half) runs
 * while okrbook reads and checks the files on the other core. Astro waits
 * at `astro:config:setup` (src/integrations/okrbook.ts) for okrbook's word:
 * `go()` lets it build; `stop()` ends it before it has written anything.
 * Its output is held back until `go()`, so broken content shows okrbook's
 * messages only.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Set in Astro's environment: wait for okrbook's word before building. */
export const WAIT_FOR_GO = 'OKRBOOK_WAIT_FOR_GO';

/** The message that lets a waiting Astro build. */
export const GO = 'okrbook:go';

export interface AstroBuild {
  /** Lets Astro build, and shows its output from now on. */
  go(): void;
  /** Ends Astro before it builds; its output is dropped. */
  stop(): Promise<void>;
  /** Astro's exit code (null when it was ended by a signal). */
  readonly exited: Promise<number | null>;
}

/**
 * Where Astro's process keeps V8's compiled code between builds (Node's
 * compile cache): a warm build starts Astro faster. Removing it is safe.
 */
export const COMPILE_CACHE = fileURLToPath(new URL('../../node_modules/.cache/okrbook/v8', import.meta.url));

/** Starts `astro build` with extra environment; it waits for `go()`. */
export function startAstroBuild(args: readonly string[], env: Record<string, string>): AstroBuild {
  // `astro/package.json` is exported; the CLI script sits beside it.
  const cli = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
  // Astro's output goes through a pipe: keep its colours when okrbook's own output is a terminal.
  const colour = process.stdout.isTTY && !('NO_COLOR' in process.env) && !('FORCE_COLOR' in process.env) ? { FORCE_COLOR: '1' } : {};
  const compileCache = 'NODE_COMPILE_CACHE' in process.env ? {} : { NODE_COMPILE_CACHE: COMPILE_CACHE };
  const child = spawn(process.execPath, [cli, 'build', ...args], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, ...colour, ...compileCache, ...env, [WAIT_FOR_GO]: '1' },
  });
  const held: Array<[NodeJS.WriteStream, Buffer]> = [];
  let showing = false;
  for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
    from?.on('data', (chunk: Buffer) => (showing ? to.write(chunk) : held.push([to, chunk])));
  }
  const exited = new Promise<number | null>((resolve) => {
    child.on('close', (code) => resolve(code));
    child.on('error', () => resolve(1));
  });
  return {
    go() {
      showing = true;
      for (const [to, chunk] of held.splice(0)) to.write(chunk);
      if (child.connected) child.send(GO);
    },
    async stop() {
      held.length = 0;
      child.kill('SIGKILL');
      await exited;
    },
    exited,
  };
}

/**
 * Astro's build in a process of its own (src/cli/astro-child.ts), started
 * before okrbook has validated the content so that loading Astro runs while
 * okrbook reads and checks the files on the other core. The child waits for
 * okrbook's word: `go()` lets it build; `stop()` ends it before it has
 * written anything. Its output is held back until `go()`, so broken content
 * shows okrbook's messages only.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What okrbook tells a waiting Astro once the content is valid. */
export interface Go {
  type: 'go';
  /** Run Astro's content sync: only when a page of this build shows a body only Astro renders. */
  sync: boolean;
  /** Clear Astro's content cache first (`npm run build -- --force`). */
  force: boolean;
  /** Astro's own log detail (`--verbose` gives debug). */
  logLevel: 'info' | 'debug';
}

export interface AstroBuild {
  /** Lets Astro build, and shows its output from now on. */
  go(word: Omit<Go, 'type'>): void;
  /** Ends Astro before it builds; its output is dropped. */
  stop(): Promise<void>;
  /** Astro's exit code (null when it was ended by a signal). */
  readonly exited: Promise<number | null>;
}

/** Starts Astro's build with extra environment; it waits for `go()`. */
export function startAstroBuild(env: Record<string, string>): AstroBuild {
  // Astro's output goes through a pipe: keep its colours when okrbook's own output is a terminal.
  const colour = process.stdout.isTTY && !('NO_COLOR' in process.env) && !('FORCE_COLOR' in process.env) ? { FORCE_COLOR: '1' } : {};
  const child = spawn(process.execPath, [fileURLToPath(new URL('astro-child.ts', import.meta.url))], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, ...colour, ...env },
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
    go(word) {
      showing = true;
      for (const [to, chunk] of held.splice(0)) to.write(chunk);
      if (child.connected) child.send({ type: 'go', ...word } satisfies Go);
    },
    async stop() {
      held.length = 0;
      child.kill('SIGKILL');
      await exited;
    },
    exited,
  };
}

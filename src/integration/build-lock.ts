/**
 * One Astro build at a time per checkout: Astro writes the modules of its
 * content collections into the project's one `.astro/` folder, and a public
 * and a leadership site list different files there. A build beside another
 * (`astro build` or `npm run build`) waits for it; a lock whose holder is
 * gone is taken over.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Whether a process is still running. */
export function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** How long a build waits for another one before it gives up: far longer than any build takes. */
export const LOCK_WAIT_MS = 30 * 60 * 1000;

/**
 * Holds the checkout's Astro lock (a folder naming its holder) until the returned
 * function is called; a lock whose holder is gone is taken over. Gives up with
 * a message saying what to do after `waitMs` (a holder that hangs).
 */
export async function astroLock(dir: string, say: (line: string) => void, waitMs = LOCK_WAIT_MS): Promise<() => void> {
  const waitingSince = Date.now();
  const lock = path.join(dir, 'astro.lock');
  mkdirSync(dir, { recursive: true });
  let said = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      const release = () => {
        process.off('exit', release);
        rmSync(lock, { recursive: true, force: true });
      };
      // Released when the build is done, and in any case when the process ends (a failed build).
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder = 0;
      try {
        holder = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
      } catch {
        // Being written by its holder this instant.
      }
      // A holder that is gone, or one that never wrote its name (it stopped between the two steps).
      if ((holder && !running(holder)) || (!holder && ageMs(lock) > 10_000)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - waitingSince >= waitMs) {
        throw new LockTimeout(
          `another build of this checkout (process ${holder || '?'}) has held the Astro lock for ${minutes(ageMs(lock))}, and this build waited ${minutes(waitMs)} for it; ` +
            `if that build hangs, stop it (kill ${holder || '<process>'}); if no build is running, remove ${lock}`,
        );
      }
      if (!said) say(`another build of this checkout is running Astro (process ${holder || '?'}); waiting for it (at most ${minutes(waitMs)})`);
      said = true;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}


/** A build that waited too long for another: the message says what to do, no stack under it. */
export class LockTimeout extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockTimeout';
    this.stack = message;
  }
}

/** A duration in whole minutes (seconds below one), as a reader says it. */
function minutes(ms: number): string {
  if (ms < 60_000) return `${Math.max(1, Math.round(ms / 1000))} s`;
  const n = Math.round(ms / 60_000);
  return `${n} minute${n === 1 ? '' : 's'}`;
}

/** How long ago a path was last changed, in milliseconds (0 when it is gone). */
function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

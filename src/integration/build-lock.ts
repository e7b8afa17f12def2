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

/**
 * Holds the checkout's Astro lock (a folder naming its holder) until the returned
 * function is called; a lock whose holder is gone is taken over.
 */
export async function astroLock(dir: string, say: (line: string) => void): Promise<() => void> {
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
      if (!said) say(`another build of this checkout is running Astro (process ${holder || '?'}); waiting for it`);
      said = true;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}


/** How long ago a path was last changed, in milliseconds (0 when it is gone). */
function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

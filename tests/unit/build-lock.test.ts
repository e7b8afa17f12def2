/** The one-Astro-build-per-checkout lock: a build waits for another, takes over a lock whose holder is gone, and gives up with a clear message. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroLock, LockTimeout } from '../../src/integration/build-lock.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'okrbook-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A lock held by `pid`, as a build of another process leaves it. */
function heldBy(pid: number): string {
  const lock = path.join(dir, 'astro.lock');
  rmSync(lock, { recursive: true, force: true });
  mkdirSync(lock);
  writeFileSync(path.join(lock, 'pid'), String(pid));
  return lock;
}

describe('the Astro lock', () => {
  it('gives up on a holder that never lets go, saying which process holds it and how to go on', async () => {
    const lock = heldBy(process.pid); // a running process: this one
    const said: string[] = [];
    const waiting = astroLock(dir, (line) => said.push(line), 300);
    await expect(waiting).rejects.toBeInstanceOf(LockTimeout);
    await expect(waiting).rejects.toThrow(`another build of this checkout (process ${process.pid}) has held the Astro lock for`);
    await expect(waiting).rejects.toThrow(`this build waited 1 s for it; if that build hangs, stop it (kill ${process.pid}); if no build is running, remove ${lock}`);
    expect(said).toEqual([`another build of this checkout is running Astro (process ${process.pid}); waiting for it (at most 1 s)`]);
  });

  it('takes over a lock whose holder is gone, and lets the next build in once released', async () => {
    heldBy(2 ** 22 + 12345); // above Linux's largest process id: no such process
    const release = await astroLock(dir, () => undefined, 300);
    release();
    const again = await astroLock(dir, () => undefined, 300);
    again();
  });
});

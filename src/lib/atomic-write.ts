/**
 * Writing a file whole or not at all: to a temporary file beside it (the
 * same file system), then renamed over it, so that a reader (the next build,
 * another process) never sees half a file.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where `target` (a file or a folder) is made before it is renamed into place: beside it, unique to this process. */
export function scratchPathOf(target: string): string {
  return `${target}.${process.pid}.tmp`;
}

/** Writes `data` to `file` whole or not at all, making its folder when needed. */
export function writeFileAtomically(file: string, data: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const scratch = scratchPathOf(file);
  writeFileSync(scratch, data);
  renameSync(scratch, file);
}

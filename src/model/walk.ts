/**
 * Walking a content root without trusting it. A content root is often a
 * git repository anyone can push to, and git stores symlinks, so what looks
 * like `okrs/x.md` may be a link to `/dev/zero`, a FIFO, a loop or a file of
 * gigabytes. The policy (docs/security.md, Reliability):
 *
 * - regular files only; every name is `lstat`ed before anything is opened,
 *   so a FIFO or a device is never opened (opening a FIFO blocks);
 * - a symlink is followed only when its target, fully resolved, lies inside
 *   the content root (a file or a folder alike); otherwise it is an error
 *   naming the link, as are broken links and loops;
 * - a file larger than the size limit (10 MB, `OKRBOOK_MAX_FILE_MB`) is an
 *   error, and no more than the limit is ever read, even from a file that
 *   grows while it is read;
 * - a file or folder that cannot be read is an error naming it.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Finding } from './findings.ts';

/** The default size limit of one content file, in bytes (10 MB). */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

/** An entry file found by the walk: its path relative to its folder, and where to read it. */
export interface WalkedFile {
  /** Path relative to the walked folder, `/`-separated, as the user named it (links not resolved). */
  relative: string;
  /** The absolute path to read (a link's resolved target). */
  absolute: string;
}

/** Whether a name is an entry file: `.md` or `.mdx` in any case (a wrong case is reported, not skipped). */
export const ENTRY_EXTENSION = /\.mdx?$/i;

/**
 * Lists the entry files below `folder` (relative to the content root),
 * skipping `_`- and `.`-prefixed names, sorted. Anything the policy refuses
 * becomes a finding naming the path.
 */
export function walkEntryFiles(contentRoot: string, folder: string, findings: Finding[], maxBytes = DEFAULT_MAX_FILE_BYTES): WalkedFile[] {
  const root = realRoot(contentRoot);
  const out: WalkedFile[] = [];
  const start = path.join(contentRoot, folder);
  const top = inspect(root, start, folder, findings);
  if (top?.kind !== 'folder') return [];
  // Real paths of the folders being walked, to catch a link back to an ancestor.
  const open = new Set<string>();
  const walk = (dir: string, real: string, prefix: string) => {
    open.add(real);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (error) {
      findings.push(fileError(prefix ? `${folder}/${prefix}` : folder, 'unreadable', `the folder cannot be read (${codeOf(error)}); give the build user read permission, or remove it`));
      open.delete(real);
      return;
    }
    for (const name of names.sort()) {
      if (name.startsWith('_') || name.startsWith('.')) continue;
      const relative = prefix ? `${prefix}/${name}` : name;
      const shown = `${folder}/${relative}`;
      const found = inspect(root, path.join(dir, name), shown, findings, ENTRY_EXTENSION.test(name));
      if (!found) continue;
      if (found.kind === 'folder') {
        if (open.has(found.real)) {
          findings.push(fileError(shown, 'symlink-loop', 'this link points back to a folder that contains it, so the folder would never end; remove the link'));
          continue;
        }
        walk(path.join(dir, name), found.real, relative);
      } else if (ENTRY_EXTENSION.test(name)) {
        if (found.stats.size > maxBytes) {
          findings.push(fileError(shown, 'file-too-large', `the file is ${megabytes(found.stats.size)}, above the limit of ${megabytes(maxBytes)}; split it, or raise OKRBOOK_MAX_FILE_MB`));
          continue;
        }
        out.push({ relative, absolute: found.real });
      }
    }
    open.delete(real);
  };
  walk(start, top.real, '');
  return out;
}

/**
 * Reads one file the walk accepted (or `site.yaml`), never more than
 * `maxBytes`: the bytes, or a finding naming the file.
 */
export function readContentFile(absolute: string, shown: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Uint8Array | Finding {
  let fd: number | undefined;
  try {
    // Non-blocking, and checked again once open: a file swapped for a FIFO since the walk must not hang the run.
    fd = openSync(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile()) return fileError(shown, 'special-file', 'this is not a regular file; okrbook reads regular files only, remove it');
    // One byte more than the limit tells a file that grew past it since it was listed.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) read = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) return fileError(shown, 'file-too-large', `the file is larger than the limit of ${megabytes(maxBytes)}; split it, or raise OKRBOOK_MAX_FILE_MB`);
    return buffer.subarray(0, length);
  } catch (error) {
    return fileError(shown, 'unreadable', `the file cannot be read (${codeOf(error)}); give the build user read permission, or remove it`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * What a path of the content root is, after the policy: a regular file or
 * a folder (with its real path), or `undefined` after pushing a finding
 * (or silently, for special files that would not be read anyway).
 * `entry` says whether the name would be read as an entry.
 */
export function inspect(
  root: string,
  absolute: string,
  shown: string,
  findings: Finding[],
  entry = true,
): { kind: 'file' | 'folder'; real: string; stats: Stats } | undefined {
  let stats: Stats;
  try {
    stats = lstatSync(absolute);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return undefined;
    findings.push(fileError(shown, 'unreadable', `the path cannot be read (${codeOf(error)}); give the build user read permission, or remove it`));
    return undefined;
  }
  let real = absolute;
  if (stats.isSymbolicLink()) {
    try {
      real = realpathSync(absolute);
    } catch (error) {
      const code = codeOf(error);
      if (code === 'ELOOP') findings.push(fileError(shown, 'symlink-loop', 'this symlink points (through other links) back to itself; remove it or point it at a file inside the content root'));
      else if (code === 'ENOENT') findings.push(fileError(shown, 'symlink-broken', 'this symlink points to nothing; remove it or point it at a file inside the content root'));
      else findings.push(fileError(shown, 'unreadable', `this symlink cannot be followed (${code}); remove it`));
      return undefined;
    }
    if (real !== root && !real.startsWith(root + path.sep)) {
      findings.push(fileError(shown, 'symlink-outside', 'this symlink points outside the content root, which okrbook never reads; copy the file into the content root instead'));
      return undefined;
    }
    try {
      stats = statSync(real);
    } catch (error) {
      findings.push(fileError(shown, 'unreadable', `the link's target cannot be read (${codeOf(error)}); remove the link`));
      return undefined;
    }
  }
  if (stats.isDirectory()) return { kind: 'folder', real: realFolder(absolute, real), stats };
  if (stats.isFile()) return { kind: 'file', real, stats };
  if (entry) {
    const what = stats.isFIFO() ? 'a named pipe (FIFO)' : stats.isSocket() ? 'a socket' : 'a device';
    findings.push(fileError(shown, 'special-file', `this is ${what}, not a regular file; okrbook reads regular files only, remove it`));
  }
  return undefined;
}

const roots = new Map<string, string>();

/** The content root's real path (its own path may go through a link, which is fine). */
function realRoot(contentRoot: string): string {
  let real = roots.get(contentRoot);
  if (real === undefined) {
    try {
      real = realpathSync(contentRoot);
    } catch {
      real = path.resolve(contentRoot);
    }
    roots.set(contentRoot, real);
  }
  return real;
}

/** A folder's real path, to compare with its ancestors' (a plain folder below a linked one moves with the link). */
function realFolder(absolute: string, real: string): string {
  try {
    return realpathSync(absolute);
  } catch {
    return real;
  }
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}

function fileError(file: string, code: string, message: string): Finding {
  return { file, line: 1, level: 'error', code, message };
}

/** Shared test helpers: throwaway content roots made from fixtures. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearFrontMatterCache } from '../src/model/front-matter-cache.ts';
import { loadModel, type ModelOptions } from '../src/model/index.ts';
import { withInterfaceStrings } from '../src/i18n/overrides.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const fixture = (name: string) => path.join(projectRoot, 'tests', 'fixtures', name);

const made: string[] = [];

/**
 * A copy of a fixture content root with files written over it (`null`
 * deletes a file). Removed after the test run.
 */
export function contentRoot(files: Record<string, string | Uint8Array | null> = {}, from = 'small'): string {
  const root = mkdtempSync(path.join(tmpdir(), 'okrbook-test-'));
  made.push(root);
  if (from) cpSync(fixture(from), root, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(root, file);
    if (text === null) rmSync(target, { force: true });
    else {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
  return root;
}

/** Removes every content root made by `contentRoot`, and what `check` and `build` cached of it. */
export function cleanContentRoots() {
  for (const root of made.splice(0)) {
    rmSync(root, { recursive: true, force: true });
    clearFrontMatterCache(root);
  }
}

/** Loads a content root with test defaults, and its interface strings as the integration and `check` do. */
export function load(root: string, options: Partial<ModelOptions> = {}) {
  return withInterfaceStrings(loadModel({ contentRoot: root, asOf: '2026-08-15', includeConfidential: false, ...options }), root, options.maxFileBytes);
}

/** The findings of a content root as the lines `check` prints. */
export function errorLines(root: string, options: Partial<ModelOptions> = {}): string[] {
  const { findings } = load(root, options);
  return findings
    .filter((f) => f.level === 'error')
    .map((f) => `${f.file}:${f.line}: ${f.code}: ${f.field ? `${f.field}: ` : ''}${f.message}`)
    .sort();
}

/** Runs the real `check` command (as of 2026-08-15 unless `env` says otherwise): exit code and output. */
export function runCheck(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'src/cli/check.ts'), ...args], {
    cwd: projectRoot,
    env: { ...process.env, OKRBOOK_AS_OF: '2026-08-15', ...env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

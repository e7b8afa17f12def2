/**
 * `npm run build`: Astro's own build (with the okrbook integration, which
 * validates the content, hands it to the pages and builds the search index)
 * into a fresh folder, swapped into `dist/` only when the whole build
 * succeeded, so a failed build leaves the previous site exactly as it was.
 * `npx astro build` builds the same site straight into `dist/`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { CONTENT_ERRORS } from '../integration/content.ts';
import { basePath } from '../lib/base.ts';
import { optionsFromEnv } from '../model/index.ts';
import { running } from '../integration/build-lock.ts';
import { runMain, UsageError } from './run.ts';

/** The site being built: the folder the command runs in (its astro.config.mjs, node_modules and dist/). */
const projectRoot = process.cwd();

const USAGE = `Usage: npm run build [-- --force] [-- --verbose]
  --force    read every file and render every page again, ignoring what the last build left
  --verbose  show Astro's own log, every page it renders included (debug detail)`;

/** The command line: `--force` and `--verbose`; the rest is set with OKRBOOK_* variables. */
function buildArgs(args: string[]): { force: boolean; verbose: boolean } {
  try {
    const { values } = parseArgs({ args, options: { force: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } } });
    return { force: values.force, verbose: values.verbose };
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
}

/** An error as a reader needs it: what, where, and a hint; the stack only with OKRBOOK_DEBUG. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { title, hint, loc, frame } = error as Error & { title?: string; hint?: string; loc?: { file?: string; line?: number; column?: number }; frame?: string };
  return [
    title && title !== error.message ? `${title}: ${error.message}` : error.message,
    loc?.file && `  in ${loc.file}${loc.line ? `:${loc.line}${loc.column ? `:${loc.column}` : ''}` : ''}`,
    frame,
    hint && `  hint: ${hint}`,
    process.env.OKRBOOK_DEBUG ? error.stack : undefined,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Removes the folders below `dir` that `pattern` names with the id of a process that is no longer running. */
function removeLeftovers(dir: string, pattern: RegExp): void {
  for (const name of readdirSync(dir)) {
    const pid = Number(pattern.exec(name)?.at(-1));
    if (pid && pid !== process.pid && !running(pid)) rmSync(path.join(dir, name), { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const args = buildArgs(process.argv.slice(2));
  // Settings that are wrong are said before Astro starts (and relative paths are fixed before the folder changes).
  const options = optionsFromEnv();
  basePath(process.env.OKRBOOK_BASE);
  process.env.OKRBOOK_CONTENT = options.contentRoot;
  process.env.OKRBOOK_AS_OF = options.asOf;
  const dist = path.resolve(process.env.OKRBOOK_DIST?.trim() || 'dist');
  process.env.OKRBOOK_DIST = dist;
  // The fresh build sits beside dist/ so that the final rename stays on one file system.
  const work = path.join(path.dirname(dist), '.okrbook-tmp');
  const fresh = path.join(work, `dist-${process.pid}`);
  mkdirSync(work, { recursive: true });
  // Leftovers of earlier builds that were stopped midway (never those of a build still running beside this one).
  removeLeftovers(work, /^(old|dist)-(\d+)$/);

  // Astro's telemetry stays off unless the project opts in (astro.config.mjs); okrbook says its own progress.
  if (process.env.OKRBOOK_ASTRO_TELEMETRY !== '1') process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  if (!args.verbose) process.env.OKRBOOK_PROGRESS = '1';
  const started = performance.now();
  const { build } = await import('astro');
  // Astro writes its intermediate (server) files in ./.astro/ of the working folder when the output folder is
  // not below it. A folder of this build's own, inside the project so that those files find its node_modules:
  // two builds of one checkout into two folders then never meet.
  const scratches = path.join(projectRoot, 'node_modules', '.cache', 'okrbook');
  const scratch = path.join(scratches, `build-${process.pid}`);
  mkdirSync(scratch, { recursive: true });
  removeLeftovers(scratches, /^build-(\d+)$/);
  process.chdir(scratch);
  const failed = (why: string) => {
    rmSync(fresh, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
    console.error(`okrbook build: ${why}; ${existsSync(dist) ? 'the previous site is unchanged' : 'nothing was written'}.`);
    return 1;
  };
  try {
    // Astro's own log only says what needs saying (warnings, errors) unless --verbose asks for every page.
    await build({ root: projectRoot, outDir: fresh, logLevel: args.verbose ? 'debug' : 'warn', force: args.force });
  } catch (error) {
    if (error instanceof Error && error.name === CONTENT_ERRORS) {
      // The integration printed every error above: say what happened to the site, and how to fix the content.
      console.error(`${error.message}${existsSync(dist) ? '; the previous site is unchanged' : ''}.\nFix the content above; npm run check lists the same errors, quicker.`);
      rmSync(fresh, { recursive: true, force: true });
      rmSync(scratch, { recursive: true, force: true });
      return 1;
    }
    console.error(describe(error));
    return failed('the build failed');
  }
  rmSync(scratch, { recursive: true, force: true });
  const old = path.join(work, `old-${process.pid}`);
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(fresh, dist);
  // The site is in place; the previous one is removed in the background, not on the reader's clock.
  spawn(process.execPath, ['-e', `require('node:fs').rmSync(${JSON.stringify(old)}, { recursive: true, force: true })`], { detached: true, stdio: 'ignore' }).unref();
  console.log(`okrbook: the site is in ${path.relative(projectRoot, dist) || '.'}/ (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return 0;
}

/** `okrbook build` (src/cli/okrbook.ts): reads its arguments from process.argv. */
export async function run(): Promise<void> {
  await runMain('build', main);
}

if (import.meta.main) await run();

/**
 * `npm run build`: starts Astro, validates the content meanwhile and stops
 * Astro before it writes anything when the content is broken; then builds
 * into a fresh folder and swaps it into `dist/` only when the whole build
 * succeeded, so a failed build leaves the previous site exactly as it was.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { computeFigures } from '../figures/index.ts';
import { basePath } from '../lib/base.ts';
import { formatFinding, loadModel, optionsFromEnv, serializeModel, sortFindings, summaryLine, type ModelOptions } from '../model/index.ts';
import { startIndex, type PendingIndex } from '../search/pagefind.ts';
import { searchPages } from '../search/records.ts';
import type { LeftOut } from '../model/index.ts';
import { bodyInputs, codeVersion, modelVersion, pageBodies, routesToRender, type BuildManifest } from './reuse.ts';
import { makePlan } from '../lib/plan.ts';
import { startAstroBuild } from './astro-process.ts';
import { runMain, UsageError } from './run.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What the build log says about entries that were not published. */
export function leftOutLine(leftOut: LeftOut, asOf: string): string | undefined {
  const parts: string[] = [];
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (leftOut.draft) parts.push(count(leftOut.draft, 'draft', 'drafts'));
  if (leftOut.confidential) parts.push(count(leftOut.confidential, 'confidential entry', 'confidential entries'));
  if (leftOut.afterAsOf) parts.push(count(leftOut.afterAsOf, `check-in dated after ${asOf}`, `check-ins dated after ${asOf}`));
  if (leftOut.dependent) parts.push(count(leftOut.dependent, 'item hanging on them', 'items hanging on them'));
  return parts.length ? `left out: ${parts.join(', ')}` : undefined;
}

/**
 * Puts every file of `from` that `to` lacks into `to`: a hard link (instant,
 * and the old tree is removed after the swap), or a copy across file systems.
 */
function linkMissing(from: string, to: string, skip: Set<string>) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (skip.has(source)) continue;
    if (entry.isDirectory()) {
      mkdirSync(target, { recursive: true });
      linkMissing(source, target, skip);
    } else if (!existsSync(target)) {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/** Where the site goes: OKRBOOK_DIST, default dist/. */
function distPath(): string {
  return path.resolve(process.env.OKRBOOK_DIST?.trim() || 'dist');
}

/** Loads and validates the content; prints the errors and returns nothing when there are any. */
function validContent(options: ModelOptions, dist: string, force: boolean): ReturnType<typeof loadModel> | undefined {
  const loaded = loadModel(options, { cache: !force, bodies: true });
  const errors = sortFindings(loaded.findings.filter((f) => f.level === 'error'));
  if (errors.length === 0) return loaded;
  for (const finding of errors) console.error(formatFinding(finding));
  console.error(`${summaryLine(errors)}: nothing was built${existsSync(dist) ? '; the previous site is unchanged' : ''}.`);
  return undefined;
}

/** The build log's first lines: what was read, what was left out, what was published on request. */
function logContent({ model, files }: ReturnType<typeof loadModel>, options: ModelOptions) {
  console.log(`okrbook: ${files} files in ${path.relative(process.cwd(), options.contentRoot) || '.'}, as of ${options.asOf}`);
  const leftOut = leftOutLine(model.leftOut, options.asOf);
  if (leftOut) console.log(`okrbook: ${leftOut}`);
  if (options.includeConfidential) {
    console.log(`okrbook: OKRBOOK_INCLUDE_CONFIDENTIAL=1: publishing ${model.confidentialPublished} confidential ${model.confidentialPublished === 1 ? 'entry' : 'entries'}`);
  }
}

const USAGE = `Usage: npm run build [-- --force] [-- --verbose]
  --force    read every file and render every page again, ignoring what the last build left
  --verbose  show Astro's debug log`;

/** The command line: `--force` and `--verbose`; the rest is set with OKRBOOK_* variables. */
function buildArgs(args: string[]): { force: boolean; verbose: boolean } {
  try {
    const { values } = parseArgs({ args, options: { force: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } } });
    return { force: values.force, verbose: values.verbose };
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
}

async function main(): Promise<number> {
  const args = buildArgs(process.argv.slice(2));
  const options = optionsFromEnv();
  // Refused before Astro starts, which would stop on it with a stack trace.
  basePath(process.env.OKRBOOK_BASE);
  const dist = distPath();
  // The fresh build sits beside dist/ so that the final rename stays on one file system.
  const work = path.join(path.dirname(dist), '.okrbook-tmp');
  const fresh = path.join(work, `dist-${process.pid}`);
  mkdirSync(work, { recursive: true });
  // Leftovers of earlier builds that were stopped midway.
  for (const name of readdirSync(work)) if (/^(old|dist|pagefind)-\d+$|^(model|plan)-\d+\.json$/.test(name)) rmSync(path.join(work, name), { recursive: true, force: true });
  // What okrbook hands to Astro: the validated model (content is read and parsed once) and the plan.
  const modelFile = path.join(work, `model-${process.pid}.json`);
  const planFile = path.join(work, `plan-${process.pid}.json`);
  const removeHandOver = () => [modelFile, planFile].forEach((file) => rmSync(file, { force: true }));

  // Astro starts now and waits for okrbook's word: its start-up overlaps the validation.
  const astro = startAstroBuild({
    OKRBOOK_CONTENT: options.contentRoot,
    OKRBOOK_OUT_DIR: fresh,
    OKRBOOK_AS_OF: options.asOf,
    OKRBOOK_VALIDATED: '1',
    OKRBOOK_MODEL_FILE: modelFile,
    OKRBOOK_PLAN: planFile,
  });
  let loaded: ReturnType<typeof loadModel> | undefined;
  try {
    loaded = validContent(options, dist, args.force);
  } finally {
    if (!loaded) await astro.stop();
  }
  if (!loaded) return 1;
  logContent(loaded, options);
  const { model } = loaded;

  // A warm build renders only the pages whose inputs changed since the last build into this dist/.
  const manifestFile = path.join(work, `manifest-${createHash('sha256').update(dist).digest('hex').slice(0, 12)}.json`);
  const bodies = pageBodies(model);
  const manifest: BuildManifest = { code: codeVersion(projectRoot, options.contentRoot), model: modelVersion(model), pages: bodyInputs(bodies) };
  const previous = !args.force && existsSync(dist) && existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as BuildManifest) : undefined;
  const routes = routesToRender(previous, manifest);
  rmSync(manifestFile, { force: true });
  // Nothing changed at all: neither Astro nor Pagefind has anything to do.
  const unchanged = routes?.length === 0;
  if (unchanged) console.log('okrbook: nothing changed since the last build: its pages and search index are reused');
  else if (routes) console.log(`okrbook: warm build: ${routes.length} page${routes.length === 1 ? '' : 's'} changed since the last build; the others are copied from it`);

  let index: PendingIndex | undefined;
  const started = performance.now();
  if (unchanged) {
    await astro.stop();
  } else {
    writeFileSync(modelFile, serializeModel(model));
    const plan = makePlan(model, routes, bodies);
    writeFileSync(planFile, JSON.stringify(plan));
    astro.go({ sync: plan.astroContent, force: args.force, logLevel: args.verbose ? 'debug' : 'info' });
    // The search index is built from the same model in Pagefind's own process while Astro renders.
    index = await startIndex(searchPages(model, computeFigures(model), basePath(process.env.OKRBOOK_BASE)), path.join(work, `pagefind-${process.pid}`));
  }
  const status = unchanged ? 0 : await astro.exited;
  removeHandOver();
  const failed = (why: string) => {
    rmSync(fresh, { recursive: true, force: true });
    console.error(`okrbook build: ${why}; ${existsSync(dist) ? 'the previous site is unchanged' : 'nothing was written'}.`);
    return 1;
  };
  if (status !== 0) {
    await index?.discard();
    return failed('the build failed');
  }
  if (routes) {
    // Everything Astro did not render this time is as the last build left it (its index too, when unchanged).
    mkdirSync(fresh, { recursive: true });
    linkMissing(dist, fresh, new Set(index ? [path.join(dist, 'pagefind')] : []));
  }
  if (index) {
    try {
      const records = await index.write(fresh);
      console.log(`okrbook: search index of ${records} pages (${Math.round(performance.now() - started)} ms since it started, beside the build)`);
    } catch (error) {
      return failed(`the search index could not be built (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  const old = path.join(work, `old-${process.pid}`);
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(fresh, dist);
  // The site is in place; the previous one is removed in the background, not on the reader's clock.
  spawn(process.execPath, ['-e', `require('node:fs').rmSync(${JSON.stringify(old)}, { recursive: true, force: true })`], { detached: true, stdio: 'ignore' }).unref();
  writeFileSync(manifestFile, JSON.stringify(manifest));
  console.log(`okrbook: the site is in ${path.relative(process.cwd(), dist) || '.'}/`);
  return 0;
}

if (import.meta.main) await runMain('build', main);

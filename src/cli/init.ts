/**
 * `okrbook init <folder>`: writes a new okrbook site, the way an
 * organisation starts one in its own repository: package.json depending on
 * okrbook, astro.config.mjs with `integrations: [okrbook()]`, a small content
 * root (one team, one cycle, one objective, one check-in, and okrbook's
 * guide), a CI recipe and a short README. The cycle is the calendar quarter
 * holding the as-of date (`OKRBOOK_AS_OF`, default today), so the site shows
 * an active cycle from the first build.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, isDay, localToday, maxDay, monthStartAfter, type Day } from '../lib/dates.ts';
import { runMain, UsageError } from './run.ts';

/** okrbook's own folder (the package, or this checkout). */
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const USAGE = `Usage: okrbook init <folder>
  writes a new okrbook site into <folder> (created if missing; it must be empty)`;

/** Files of starter/ whose names npm would not pack as they are: written under their real names. */
const RENAMED: Record<string, string> = { gitignore: '.gitignore', github: '.github' };

/** The calendar quarter holding `day`: its id (`2026-q4`), name, first and last day. */
export function quarterOf(day: Day): { id: string; name: string; start: Day; end: Day } {
  const year = Number(day.slice(0, 4));
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  const start = `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`;
  return { id: `${year}-q${quarter}`, name: `Q${quarter} ${year}`, start, end: addDays(monthStartAfter(start, 3), -1) };
}

/** The words put in place of `{{name}}` in the starter's file names and texts. */
export function starterValues(folder: string, asOf: Day): Record<string, string> {
  const cycle = quarterOf(asOf);
  // The folder's name as the organisation's: `acme-okrs` gives "Acme OKRs", `okrs` "Our OKRs".
  const words = path.basename(path.resolve(folder)).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);
  if (/^okrs?$/i.test(words.at(-1) ?? '')) words.pop();
  const name = words.join(' ').replace(/^./, (c) => c.toUpperCase());
  return {
    title: name ? `${name} OKRs` : 'Our OKRs',
    cycle: cycle.id,
    cycle_name: cycle.name,
    start: cycle.start,
    end: cycle.end,
    // The starter's check-in: the day before the as-of date, inside the cycle.
    date: maxDay(cycle.start, addDays(asOf, -1)),
  };
}

const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);

/** The package.json of a new site: okrbook and Astro, and the scripts a newcomer expects. */
function packageJson(name: string): string {
  const okrbook = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string; peerDependencies: Record<string, string> };
  const site = {
    name: name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'okrs',
    private: true,
    type: 'module',
    scripts: { dev: 'astro dev', build: 'astro build', preview: 'astro preview', check: 'okrbook check', new: 'okrbook new' },
    dependencies: { astro: okrbook.peerDependencies.astro, okrbook: `^${okrbook.version}` },
    engines: { node: '>=22.12.0' },
  };
  return `${JSON.stringify(site, null, 2)}\n`;
}

/** Writes the starter into `folder`; returns the files written, relative to it. */
export function writeStarter(folder: string, asOf: Day): string[] {
  if (existsSync(folder)) {
    if (!statSync(folder).isDirectory()) throw new UsageError(`${folder} is a file, not a folder; give a new or empty folder`);
    const inside = readdirSync(folder);
    if (inside.length > 0) {
      throw new UsageError(`${folder} is not empty (it holds ${inside.slice(0, 3).join(', ')}${inside.length > 3 ? ', ...' : ''}); okrbook init writes only into a new or empty folder, so nothing of yours is overwritten`);
    }
  }
  const values = starterValues(folder, asOf);
  const written: string[] = [];
  const write = (relative: string, text: string) => {
    const target = path.join(folder, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text, { flag: 'wx' });
    written.push(relative);
  };
  const starter = path.join(PACKAGE_ROOT, 'starter');
  for (const entry of readdirSync(starter, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(starter, path.join(entry.parentPath, entry.name)).split(path.sep);
    relative[0] = RENAMED[relative[0]!] ?? relative[0]!;
    write(fill(relative.join('/'), values), fill(readFileSync(path.join(entry.parentPath, entry.name), 'utf8'), values));
  }
  write('package.json', packageJson(path.basename(path.resolve(folder))));
  // okrbook's guide, the handbook every site starts with (the example site's own).
  cpSync(path.join(PACKAGE_ROOT, 'content', 'guide'), path.join(folder, 'content', 'guide'), { recursive: true, errorOnExist: true, force: false });
  written.push('content/guide/');
  return written.sort();
}

/** `okrbook init <folder>` (src/cli/okrbook.ts). */
export async function run(): Promise<void> {
  await runMain('init', () => {
    const args = process.argv.slice(2);
    if (args.length !== 1 || args[0]!.startsWith('-')) throw new UsageError(args[0] === '--help' || args[0] === '-h' ? USAGE : `give one folder\n${USAGE}`);
    const asOfSetting = process.env.OKRBOOK_AS_OF?.trim();
    if (asOfSetting && !isDay(asOfSetting)) throw new UsageError(`OKRBOOK_AS_OF must be a calendar date written YYYY-MM-DD; got "${asOfSetting}"`);
    const folder = args[0]!;
    const written = writeStarter(folder, asOfSetting || localToday());
    for (const file of written) console.log(`wrote ${path.join(folder, file)}`);
    console.log(`\nNext:\n  cd ${folder}\n  npm install\n  npx astro dev`);
    return 0;
  });
}

if (import.meta.main) await run();

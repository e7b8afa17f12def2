/**
 * `npm run new -- <checkin|objective|team|cycle> ...`: writes a new content
 * file from the model, pre-filled where the model knows the answer, and
 * refuses to overwrite anything.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { frontMatterFile } from '../lib/front-matter.ts';
import { addDays, daysBetween, isDay, monthStartAfter, wholeMonthsBetween, type Day } from '../lib/dates.ts';
import { loadModel, optionsFromEnv, type Model } from '../model/index.ts';
import { innermostNested } from '../model/continuity.ts';
import { SLUG_PATTERN } from '../schemas/common.ts';
import { asciiSlug } from '../lib/slug.ts';
import { escapeMarkdown } from '../lib/escape-markdown.ts';
import { checkInScaffold } from '../figures/checkin-scaffold.ts';
import { checkInFile } from '../forms/checkin-file.ts';
import { runMain, UsageError } from './run.ts';
import { carryObjective, newHandover } from './new-continuity.ts';

const USAGE = `Usage:
  npm run new -- checkin --team <id> [--date YYYY-MM-DD] [--cycle <id>]
  npm run new -- objective --team <id> --cycle <id> --title "..."
  npm run new -- team <id> --name "..." [--parent <id>]
  npm run new -- cycle <id> --start YYYY-MM-DD --end YYYY-MM-DD [--name "..."]
  npm run new -- cycle --next
  npm run new -- handover --team <id> [--date YYYY-MM-DD] --to "Name" [--to "Name"]
  npm run new -- objective --carry <objective-id> [--cycle <id>]`;

/** A file `new` would write: where, and what. */
export interface NewFile {
  /** Path relative to the content root. */
  file: string;
  text: string;
}

/** Parses the arguments and returns the file to write (pure but for reading the model). */
export function planNew(args: string[], model: Model): NewFile {
  const [what, ...rest] = args;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: {
        team: { type: 'string' },
        cycle: { type: 'string' },
        date: { type: 'string' },
        title: { type: 'string' },
        name: { type: 'string' },
        parent: { type: 'string' },
        start: { type: 'string' },
        end: { type: 'string' },
        next: { type: 'boolean' },
        to: { type: 'string', multiple: true },
        carry: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  switch (what) {
    case 'checkin':
      return newCheckIn(model, required(values.team, '--team'), values.date, values.cycle);
    case 'handover':
      return newHandover(model, required(values.team, '--team'), values.date, values.to ?? []);
    case 'objective':
      if (values.carry !== undefined) return carryObjective(model, values.carry, values.cycle);
      return newObjective(model, required(values.team, '--team'), required(values.cycle, '--cycle'), required(values.title, '--title'));
    case 'team':
      return newTeam(model, required(positionals[0], 'the team id'), required(values.name, '--name'), values.parent);
    case 'cycle':
      if (values.next) return nextCycle(model, positionals[0], values.name);
      return newCycle(required(positionals[0], 'the cycle id'), required(values.start, '--start'), required(values.end, '--end'), values.name);
    default:
      throw new UsageError(`${what ? `unknown kind "${what}"` : 'say what to create'}; expected checkin, objective, team, cycle or handover\n${USAGE}`);
  }
}

function required(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`${what} is required\n${USAGE}`);
  return value;
}

function teamOf(model: Model, id: string) {
  const team = model.team(id);
  if (!team) throw new UsageError(`there is no team "${id}"; teams are: ${model.teams.map((t) => t.id).join(', ') || '(none yet: npm run new -- team <id> --name "...")'}`);
  return team;
}

function cycleOf(model: Model, id: string) {
  const cycle = model.cycle(id);
  if (!cycle) throw new UsageError(`there is no cycle "${id}"; cycles are: ${model.cycles.map((c) => c.id).join(', ') || '(none yet: npm run new -- cycle <id> --start ... --end ...)'}`);
  return cycle;
}

function day(value: string, what: string): Day {
  if (!isDay(value)) throw new UsageError(`${what} must be a calendar date written YYYY-MM-DD, got "${value}"`);
  return value;
}


/** A YAML scalar for user text (quoted only when it must be). */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function newCheckIn(model: Model, teamId: string, dateArg: string | undefined, cycleArg: string | undefined): NewFile {
  const team = teamOf(model, teamId);
  const date = day(dateArg ?? model.options.asOf, '--date');
  let cycleId = cycleArg;
  if (cycleId) {
    const cycle = cycleOf(model, cycleId);
    if (date < cycle.start || date > cycle.end) throw new UsageError(`${date} is outside cycle ${cycle.id} (${cycle.start} to ${cycle.end}); pass a --date inside it`);
  } else {
    const candidates = model.cycles.filter((c) => c.start <= date && date <= c.end && model.objectivesOf(team.id, c.id).length > 0);
    if (candidates.length === 0) throw new UsageError(`team ${team.id} has no objectives in a cycle containing ${date}; pass --cycle, or write objectives first (npm run new -- objective ...)`);
    // Nested cycles (a quarter inside its year): the innermost, as check resolves a check-in that names no cycle.
    const innermost = innermostNested(candidates);
    if (!innermost) throw new UsageError(`${date} falls in several cycles of team ${team.id} that are not nested one inside another (${candidates.map((c) => c.id).join(', ')}); pass --cycle to say which`);
    cycleId = innermost.id;
  }
  // One check-in per team and day, whatever cycle holds it.
  const existing = model.checkIns.find((c) => c.team === team.id && c.date === date);
  if (existing) throw new UsageError(`team ${team.id} already has a check-in on ${date}: ${existing.file}`);

  return checkInFile(checkInScaffold(model, team.id, cycleId, date, cycleArg !== undefined));
}

/** A file-name slug from a title. */
export function slugify(title: string): string {
  const slug = asciiSlug(title)
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'objective';
}

function newObjective(model: Model, teamId: string, cycleId: string, title: string): NewFile {
  const team = teamOf(model, teamId);
  const cycle = cycleOf(model, cycleId);
  const frontMatter = [
    `title: ${scalar(title)}`,
    `team: ${team.id}`,
    `cycle: ${cycle.id}`,
    '# owner: Who reports on it',
    '# why_now: Why this matters this cycle, in one sentence',
    '# behaviors:',
    '#   - A behaviour these OKRs should drive',
    'key_results:',
    '  - id: first-result',
    '    title: The value you will measure (not the task you will do)',
    '    baseline: 0',
    '    target: 100',
    '    # unit: "%"',
  ].join('\n');
  return {
    file: `okrs/${cycle.id}/${team.id}/${slugify(title)}.md`,
    text: frontMatterFile(frontMatter, 'Why this objective, what success looks like, and what the team will stop doing to make room for it.'),
  };
}

function newTeam(model: Model, id: string, name: string, parent: string | undefined): NewFile {
  if (!SLUG_PATTERN.test(id)) throw new UsageError(`a team id is lower-case letters, digits and hyphens, e.g. customer-success; got "${id}"`);
  if (parent) teamOf(model, parent);
  const frontMatter = [`name: ${scalar(name)}`, ...(parent ? [`parent: ${parent}`] : []), '# lead: Who leads the team', 'members: []', 'leadership: []'].join('\n');
  return { file: `teams/${id}.md`, text: frontMatterFile(frontMatter, `What ${escapeMarkdown(name)} is for, who it serves, and how it works.`) };
}

function newCycle(id: string, start: string, end: string, name: string | undefined): NewFile {
  if (!SLUG_PATTERN.test(id)) throw new UsageError(`a cycle id is lower-case letters, digits and hyphens, e.g. 2027-q1; got "${id}"`);
  const first = day(start, '--start');
  const last = day(end, '--end');
  if (last < first) throw new UsageError(`--end (${last}) is before --start (${first})`);
  return cycleFile(id, name ?? id, first, last);
}

function cycleFile(id: string, name: string, start: Day, end: Day): NewFile {
  return { file: `cycles/${id}.md`, text: frontMatterFile(`name: ${scalar(name)}\nstart: ${start}\nend: ${end}`, 'What this cycle is about. After it closes, its retrospective.') };
}

/**
 * The cycle after the latest one, of the same length: whole calendar months
 * when the latest spans whole months (a quarter stays a quarter), else the
 * same number of days. Ids and names like `2026-q3`/`Q3 2026`, `2026-h2` and
 * `2026` continue; any other id needs to be given.
 */
export function nextCycle(model: Model, idArg: string | undefined, nameArg: string | undefined): NewFile {
  const latest = [...model.cycles].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : 1)).at(-1);
  if (!latest) throw new UsageError('there is no cycle yet to follow; create the first one with: npm run new -- cycle <id> --start YYYY-MM-DD --end YYYY-MM-DD');
  const start = addDays(latest.end, 1);
  const wholeMonths = wholeMonthsBetween(latest.start, latest.end);
  const months = wholeMonths ?? 0;
  const end = wholeMonths !== null ? addDays(monthStartAfter(start, months), -1) : addDays(start, daysBetween(latest.start, latest.end));
  const named = nextName(latest.id, start, months);
  const id = idArg ?? named?.id;
  if (!id) throw new UsageError(`cannot guess the id after "${latest.id}"; give it: npm run new -- cycle --next <id>`);
  if (!SLUG_PATTERN.test(id)) throw new UsageError(`a cycle id is lower-case letters, digits and hyphens, e.g. 2027-q1; got "${id}"`);
  return cycleFile(id, nameArg ?? (idArg ? id : named!.name), start, end);
}

function nextName(previousId: string, start: Day, months: number): { id: string; name: string } | undefined {
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  if (/^\d{4}-q[1-4]$/.test(previousId) && months === 3) {
    const quarter = Math.floor((month - 1) / 3) + 1;
    return { id: `${year}-q${quarter}`, name: `Q${quarter} ${year}` };
  }
  if (/^\d{4}-h[12]$/.test(previousId) && months === 6) {
    const half = month <= 6 ? 1 : 2;
    return { id: `${year}-h${half}`, name: `H${half} ${year}` };
  }
  if (/^\d{4}$/.test(previousId) && months === 12) return { id: String(year), name: String(year) };
  return undefined;
}

/** Writes the planned file under the content root, refusing to overwrite. */
export function writeNew(contentRoot: string, planned: NewFile): string {
  const target = path.join(contentRoot, planned.file);
  const twin = target.replace(/\.md$/, '.mdx');
  for (const candidate of [target, twin]) {
    if (existsSync(candidate)) throw new UsageError(`${path.relative(process.cwd(), candidate)} already exists; nothing was written (edit it, or remove it first)`);
  }
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, planned.text, { flag: 'wx' });
  return target;
}

/** `okrbook new` (src/cli/okrbook.ts): reads its arguments from process.argv. */
export async function run(): Promise<void> {
  await runMain('new', () => {
    const args = process.argv.slice(2);
    if (args.length === 0 || args[0] === '--help' || args[0] === '-h') {
      console.log(USAGE);
      return args.length === 0 ? 1 : 0;
    }
    const options = optionsFromEnv();
    const { model, findings } = loadModel(options);
    const errors = findings.filter((f) => f.level === 'error').length;
    if (errors > 0) console.warn(`okrbook new: the content has ${errors} error${errors === 1 ? '' : 's'} (npm run check lists them); continuing with what could be read.`);
    const written = writeNew(options.contentRoot, planNew(args, model));
    console.log(path.relative(process.cwd(), written));
    return 0;
  });
}

if (import.meta.main) await run();

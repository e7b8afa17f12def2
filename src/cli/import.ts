/**
 * `npm run import -- csv <file> [--cycle <id>] [--create-missing]`: writes
 * objectives from a spreadsheet export with the cycle CSV's columns
 * (site.md), one objective file per `objective`, its key results in row
 * order. It refuses to overwrite, validates what it wrote with the same
 * validator as `check`, and removes everything it wrote when that finds an
 * error, so a failed import leaves the content root as it was.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'yaml';
import { isDay } from '../lib/dates.ts';
import { frontMatterFile } from '../lib/front-matter.ts';
import { NUMBER_TEXT, restoreCell } from '../lib/spreadsheet.ts';
import { formatFinding, loadModel, optionsFromEnv, sortFindings, type Finding, type Model, type ModelOptions } from '../model/index.ts';
import { SLUG_PATTERN } from '../schemas/common.ts';
import { keyResultKinds, keyResultSchema } from '../schemas/objective.ts';
import { slugify, type NewFile } from './new.ts';
import { runMain, UsageError } from './run.ts';

const USAGE = `Usage:
  npm run import -- csv <file> [--cycle <id>] [--create-missing [--start YYYY-MM-DD --end YYYY-MM-DD]]

  Columns (header row, any order; others are ignored):
    team, objective, objective_title, kr, kr_title, kind, unit, baseline, target, and cycle unless --cycle is given.
  --create-missing  also write teams/<id>.md for unknown teams, and cycles/<id>.md for an unknown
                    cycle (then --start and --end are required).`;

/** The columns import reads; the cycle CSV's first nine, and `cycle`. */
export const IMPORT_COLUMNS = ['team', 'objective', 'objective_title', 'kr', 'kr_title', 'kind', 'unit', 'baseline', 'target', 'cycle'] as const;
type Column = (typeof IMPORT_COLUMNS)[number];

/** What the command line asked for. */
export interface ImportOptions {
  /** Every row's cycle; else each row's `cycle` column. */
  cycle?: string;
  /** Write teams and the cycle that do not exist yet. */
  createMissing: boolean;
  /** First and last day of a cycle `--create-missing` writes. */
  start?: string;
  end?: string;
}

/** One problem of one row, as the spreadsheet shows it (the header is row 1). */
interface RowProblem {
  row: number;
  line: number;
  column: Column | 'row';
  message: string;
}

/** One data row, by column, with where it came from. */
interface Row {
  row: number;
  line: number;
  get(column: Column): string;
}

/** The CSV's rows; a file that is not UTF-8 or not well-formed CSV is refused with its line. */
export function readRows(bytes: Uint8Array, file: string): Row[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${file} is not UTF-8 text; save it from the spreadsheet as "CSV UTF-8" and import again`);
  }
  let records: { record: string[]; info: { lines: number; records: number } }[];
  try {
    // With `info`, each record comes with where it was read (csv-parse's types do not say so).
    records = parse(text, { bom: true, info: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) throw new UsageError(`${file}: line ${(error as CsvError & { lines?: number }).lines ?? '?'}: ${error.message}; expected comma-separated values with "double quotes" around fields that hold commas, quotes or line breaks`);
    throw error;
  }
  const [header, ...body] = records;
  if (!header) throw new UsageError(`${file} is empty; expected a header row (${IMPORT_COLUMNS.slice(0, 9).join(',')}) and one row per key result`);
  const names = header.record.map((name) => name.trim().toLowerCase());
  const at = new Map<string, number>();
  names.forEach((name, i) => {
    if (!at.has(name)) at.set(name, i);
  });
  const missing: string[] = ['team', 'kr', 'kr_title'].filter((c) => !at.has(c));
  if (!at.has('objective') && !at.has('objective_title')) missing.push('objective_title');
  if (missing.length) throw new UsageError(`${file}: the header row has no ${missing.map((c) => `\`${c}\``).join(', ')} column; expected the cycle CSV's columns: ${IMPORT_COLUMNS.slice(0, 9).join(',')}`);
  return body
    .filter(({ record }) => record.some((value) => value !== ''))
    // A cell the cycle CSV neutralised (`'=…`) is read back as it was written (src/lib/spreadsheet.ts).
    .map(({ record, info }) => ({ row: info.records, line: info.lines, get: (column: Column) => restoreCell(record[at.get(column) ?? -1] ?? '') }));
}

/** `people.csv row 4, column baseline` (with the line when a quoted cell spans lines). */
function where(file: string, problem: RowProblem): string {
  const line = problem.line !== problem.row ? ` (line ${problem.line})` : '';
  return `${file} row ${problem.row}${line}${problem.column === 'row' ? '' : `, column ${problem.column}`}`;
}

/** The longest part of an objective id: `<part>.mdx` stays below a file system's 255-byte name limit. */
export const MAX_ID_SEGMENT = 200;
/** The longest objective id: its paths in the content root and the site stay far below a file system's 4,096-byte path limit. */
export const MAX_ID_LENGTH = 1000;

/** A cell as a message quotes it: at most 60 characters. */
function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** A number as a spreadsheet writes it: `1200`, `-3.5`, `1e3`; an empty cell is no value. */
function numberCell(value: string): number | undefined | 'invalid' {
  if (value === '') return undefined;
  const number = Number(value);
  return NUMBER_TEXT.test(value) && Number.isFinite(number) ? number : 'invalid';
}

/** A file an import writes, and the cell it comes from (`okrs.csv row 2, column objective`), to name in a failure. */
export interface ImportFile extends NewFile {
  from?: string;
}

/** The files an import writes: objectives, and with `createMissing` the teams and cycle they need. */
export function planImport(rows: Row[], file: string, options: ImportOptions, model: Model): ImportFile[] {
  const problems: RowProblem[] = [];
  const problem = (row: Row, column: RowProblem['column'], message: string) => problems.push({ row: row.row, line: row.line, column, message });
  const objectives = new Map<string, { row: Row; title: string; team: string; cycle: string; keyResults: Record<string, string | number>[]; ids: Set<string> }>();
  if (options.cycle !== undefined && !SLUG_PATTERN.test(options.cycle)) throw new UsageError(`--cycle must be a cycle id such as 2026-q3; got "${options.cycle}"`);

  for (const row of rows) {
    const team = row.get('team');
    const cycle = options.cycle ?? row.get('cycle');
    const title = row.get('objective_title');
    const kr = row.get('kr');
    if (!team) problem(row, 'team', 'expected a team id such as `sales`, got an empty cell');
    else if (!SLUG_PATTERN.test(team)) problem(row, 'team', `expected a team id (lower-case letters, digits and hyphens, e.g. \`customer-success\`), got "${team}"`);
    if (!cycle) problem(row, 'cycle', 'expected a cycle id; add a `cycle` column or pass --cycle <id>');
    else if (!SLUG_PATTERN.test(cycle)) problem(row, 'cycle', `expected a cycle id such as \`2026-q3\`, got "${cycle}"`);
    const derivable = title && SLUG_PATTERN.test(team) && SLUG_PATTERN.test(cycle);
    const id = row.get('objective') || (derivable ? `${cycle}/${team}/${slugify(title)}` : '');
    if (!id && title) continue;
    if (!id) {
      problem(row, 'objective_title', 'expected the objective\'s title (or its id in an `objective` column), got an empty cell');
      continue;
    }
    if (!/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/.test(id)) {
      problem(row, 'objective', `expected an objective id such as \`2026-q3/sales/win-mid-market\` (lower-case path segments), got "${shorten(id)}"`);
      continue;
    }
    // An id is a path of the content root and of the site: each part a file or folder name, the whole a path.
    const longest = Math.max(...id.split('/').map((segment) => segment.length));
    if (longest > MAX_ID_SEGMENT || id.length > MAX_ID_LENGTH) {
      const what = longest > MAX_ID_SEGMENT ? `a part of ${longest} characters, above the ${MAX_ID_SEGMENT} a file or folder name may have` : `${id.length} characters, above the ${MAX_ID_LENGTH} a path of the content root may have`;
      problem(row, 'objective', `the objective id "${shorten(id)}" has ${what}; shorten it`);
      continue;
    }
    let objective = objectives.get(id);
    if (!objective) {
      objective = { row, title: title || id.split('/').at(-1)!, team, cycle, keyResults: [], ids: new Set() };
      objectives.set(id, objective);
    } else {
      const first = `row ${objective.row.row}`;
      if (team !== objective.team) problem(row, 'team', `objective ${id} belongs to team ${objective.team} (${first}), not ${team}; one objective has one team`);
      if (cycle !== objective.cycle) problem(row, 'cycle', `objective ${id} is in cycle ${objective.cycle} (${first}), not ${cycle}`);
      if (title && title !== objective.title) problem(row, 'objective_title', `objective ${id} is titled "${objective.title}" in ${first}; write the same title on every row of an objective`);
    }
    if (objective.ids.has(kr)) problem(row, 'kr', `key result \`${kr}\` appears twice in objective ${id}; each row is one key result with its own id`);
    objective.ids.add(kr);

    const keyResult: Record<string, string | number> = { id: kr, title: row.get('kr_title') };
    const kind = row.get('kind') || 'metric';
    const knownKind = (keyResultKinds as readonly string[]).includes(kind);
    if (!knownKind) problem(row, 'kind', `expected one of ${keyResultKinds.join(', ')} (or an empty cell for metric), got "${kind}"`);
    else if (kind !== 'metric') keyResult.kind = kind;
    if (row.get('unit')) keyResult.unit = row.get('unit');
    for (const column of ['baseline', 'target'] as const) {
      const value = numberCell(row.get(column));
      if (value === 'invalid') problem(row, column, `expected a number written like 1200 or 99.5 (no thousands separators, no % sign: put % in the unit column), got "${row.get(column)}"`);
      else if (value !== undefined) keyResult[column] = value;
    }
    // The same rules as `check`, said per cell: the schema's issues name the field, which names the column.
    const parsed = keyResultSchema.safeParse(keyResult);
    if (knownKind && !parsed.success) {
      const columnOf: Record<string, Column> = { id: 'kr', title: 'kr_title', kind: 'kind', unit: 'unit', baseline: 'baseline', target: 'target' };
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'id');
        if ((field === 'baseline' || field === 'target') && numberCell(row.get(field)) === 'invalid') continue;
        problem(row, columnOf[field] ?? 'row', issue.message);
      }
    }
    objective.keyResults.push(keyResult);
  }
  if (problems.length) throw new UsageError(`nothing was imported; ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `${where(file, p)}: ${p.message}`).join('\n')}`);
  if (objectives.size === 0) throw new UsageError(`${file} has a header but no rows; nothing was imported`);

  const files: ImportFile[] = [];
  const teams = [...new Set([...objectives.values()].map((o) => o.team))].filter((team) => !model.team(team));
  const cycles = [...new Set([...objectives.values()].map((o) => o.cycle))].filter((cycle) => !model.cycle(cycle));
  if ((teams.length || cycles.length) && !options.createMissing) {
    const unknown = [...teams.map((t) => `team ${t}`), ...cycles.map((c) => `cycle ${c}`)].join(', ');
    throw new UsageError(`the content has no ${unknown}; nothing was imported. Create ${teams.length + cycles.length === 1 ? 'it' : 'them'} first (npm run new -- team <id> --name "..."; npm run new -- cycle <id> --start ... --end ...), or pass --create-missing`);
  }
  for (const team of teams) files.push({ file: `teams/${team}.md`, text: frontMatterFile(`name: ${team}`) });
  if (cycles.length > 1) throw new UsageError(`--create-missing writes one cycle, and the rows name ${cycles.length} unknown ones (${cycles.join(', ')}); create them with npm run new -- cycle`);
  for (const cycle of cycles) {
    if (!options.start || !options.end) throw new UsageError(`cycle ${cycle} does not exist; to create it, pass its dates: --start YYYY-MM-DD --end YYYY-MM-DD`);
    if (!isDay(options.start) || !isDay(options.end)) throw new UsageError(`--start and --end must be calendar dates written YYYY-MM-DD; got "${options.start}" and "${options.end}"`);
    files.push({ file: `cycles/${cycle}.md`, text: frontMatterFile(stringify({ name: cycle, start: options.start, end: options.end })) });
  }
  for (const [id, objective] of objectives) {
    const frontMatter = { title: objective.title, team: objective.team, cycle: objective.cycle, key_results: objective.keyResults };
    files.push({ file: `okrs/${id}.md`, text: frontMatterFile(stringify(frontMatter, { lineWidth: 0 })), from: where(file, { row: objective.row.row, line: objective.row.line, column: objective.row.get('objective') ? 'objective' : 'objective_title', message: '' }) });
  }
  return files;
}

/**
 * Writes the planned files, none of which may exist yet (nor their .md/.mdx
 * twin), then loads the content with `check`'s validator. Any error that was
 * not there before the import undoes the whole import.
 */
export function writeImport(options: ModelOptions, files: ImportFile[]): string[] {
  const { contentRoot } = options;
  const exists = files.flatMap(({ file }) => [file, file.replace(/\.md$/, '.mdx')]).filter((file) => existsSync(path.join(contentRoot, file)));
  if (exists.length) throw new UsageError(`${exists.join(', ')} already exist${exists.length === 1 ? 's' : ''}; nothing was imported (import into another cycle, or remove ${exists.length === 1 ? 'it' : 'them'} first)`);
  // Every folder a file goes into, resolved through any link, lies inside the content root.
  const root = realpathSync(contentRoot);
  for (const { file, from } of files) {
    const outside = folderOutside(root, path.join(contentRoot, path.dirname(file)));
    if (outside) {
      const shown = path.relative(contentRoot, outside.folder).split(path.sep).join('/');
      throw new UsageError(`${from ? `${from}: ` : ''}nothing was imported: \`${shown}\` is a link to ${outside.real}, outside the content root, and import writes inside the content root only; replace the link with a folder, or import into another cycle`);
    }
  }
  const before = new Set(loadModel(options).findings.filter((f) => f.level === 'error').map(formatFinding));
  const written: string[] = [];
  const madeDirs: string[] = [];
  const undo = () => {
    for (const file of written) rmSync(file, { force: true });
    // Deepest first: a folder is empty once the files and folders below it are gone.
    for (const dir of madeDirs.sort((a, b) => b.length - a.length)) rmdirSync(dir);
  };
  try {
    for (const { file, text, from } of files) {
      const target = path.join(contentRoot, file);
      try {
        const first = mkdirSync(path.dirname(target), { recursive: true });
        if (first) for (let dir = path.dirname(target); dir.length >= first.length; dir = path.dirname(dir)) madeDirs.push(dir);
        writeFileSync(target, text, { flag: 'wx' });
      } catch (error) {
        // What the file system refuses (a name too long, no space, no permission, a name taken since the check) is the user's to fix.
        const code = (error as NodeJS.ErrnoException).code;
        if (!code) throw error;
        throw new UsageError(`${from ? `${from}: ` : ''}cannot write \`${shorten(file)}\` (${code}: ${(error as Error).message.replace(/^\w+: /, '').replace(/, \w+ '.*$/, '')}); nothing was imported`);
      }
      written.push(target);
    }
    const introduced: Finding[] = loadModel(options).findings.filter((f) => f.level === 'error' && !before.has(formatFinding(f)));
    if (introduced.length) {
      throw new UsageError(`what the import would write has errors, so nothing was imported:\n${sortFindings(introduced).map(formatFinding).join('\n')}`);
    }
  } catch (error) {
    undo();
    throw error;
  }
  return written;
}

/**
 * The deepest existing folder on the way to `folder`, when its real path
 * (links resolved) is outside `root` (a real path), else undefined.
 */
function folderOutside(root: string, folder: string): { folder: string; real: string } | undefined {
  let existing = folder;
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  let real: string;
  try {
    real = realpathSync(existing);
  } catch {
    return undefined;
  }
  return real === root || real.startsWith(root + path.sep) ? undefined : { folder: existing, real };
}

/** `okrbook import` (src/cli/okrbook.ts): reads its arguments from process.argv. */
export async function run(): Promise<void> {
  await runMain('import', () => {
    const [format, ...rest] = process.argv.slice(2);
    if (format !== 'csv') throw new UsageError(`${format ? `unknown format "${format}"` : 'say what to import'}; expected csv\n${USAGE}`);
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: { cycle: { type: 'string' }, 'create-missing': { type: 'boolean', default: false }, start: { type: 'string' }, end: { type: 'string' } },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new UsageError(`${(error as Error).message}\n${USAGE}`);
    }
    const [file] = parsed.positionals;
    if (!file || parsed.positionals.length > 1) throw new UsageError(`give one CSV file\n${USAGE}`);
    if (!existsSync(file)) throw new UsageError(`${file} does not exist`);
    const options = optionsFromEnv();
    const { model } = loadModel(options);
    const rows = readRows(readFileSync(file), file);
    const files = planImport(rows, file, { cycle: parsed.values.cycle, createMissing: parsed.values['create-missing'], start: parsed.values.start, end: parsed.values.end }, model);
    const written = writeImport(options, files);
    for (const target of written) console.log(path.relative(process.cwd(), target));
    const keyResults = rows.length;
    const objectives = files.filter((f) => f.file.startsWith('okrs/')).length;
    console.log(`imported ${objectives} objective${objectives === 1 ? '' : 's'} with ${keyResults} key result${keyResults === 1 ? '' : 's'}; npm run check shows the coaching hints`);
    return 0;
  });
}

if (import.meta.main) await run();

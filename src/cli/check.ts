/**
 * `npm run check`: validates the content and prints every error and
 * coaching hint, one per line, then a summary. Exit 1 on errors (and, with
 * --strict, on hints). Needs no browser and no Astro build. Hints are
 * computed once the content has no errors. Given paths, it reports only the
 * findings of those files (the figures still read the whole content root).
 */
import { parseArgs } from 'node:util';
import { computeCoaching, hintFindings, unknownRuleFindings } from '../coaching/index.ts';
import { computeFigures } from '../figures/index.ts';
import { english } from '../i18n/index.ts';
import { withInterfaceStrings } from '../i18n/overrides.ts';
import { loadModel, optionsFromEnv, sortFindings, summaryLine, formatFinding, type Finding } from '../model/index.ts';
import { inScope, scopeOf } from './check-paths.ts';
import { runMain, UsageError } from './run.ts';
import { overdueFindings } from './overdue-findings.ts';
import { githubCommand, repositoryRoot } from './github-format.ts';

const USAGE = `Usage: npm run check -- [--strict] [--overdue] [--format text|json|github] [paths...]

  paths            only the findings of these files or folders (as check prints
                   them, relative to the content root, or as the shell gives them)
  --strict         also exit 1 when there are coaching hints (of the given paths)
  --overdue        also report every team overdue for a check-in (exit 1 when any)
  --format json    print the findings as JSON (for CI annotations)
  --format github  print the findings as GitHub Actions annotations`;

/** The result of a check run, for the command line and for tests. */
export interface CheckReport {
  exitCode: number;
  findings: Finding[];
  files: number;
  output: string;
}

/** Runs `check` with the given arguments and environment. */
export function check(args: string[], env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): CheckReport {
  let values: { strict?: boolean; overdue?: boolean; format?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: { strict: { type: 'boolean' }, overdue: { type: 'boolean' }, format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) return { exitCode: 0, findings: [], files: 0, output: USAGE };
  if (values.format !== 'text' && values.format !== 'json' && values.format !== 'github') throw new UsageError(`--format must be text, json or github, got "${values.format}"\n${USAGE}`);

  const options = optionsFromEnv(env, cwd);
  const scope = positionals.length > 0 ? scopeOf(positionals, options.contentRoot, env.INIT_CWD || cwd) : null;
  const { model, findings: found, files } = withInterfaceStrings(loadModel(options, { cache: true, bodies: true }), options.contentRoot, options.maxFileBytes);
  // Coaching hints read figures, which a broken file would skew: they come once the errors are fixed.
  const clean = !found.some((f) => f.level === 'error');
  const figures = clean ? computeFigures(model) : undefined;
  const hints = figures ? [...hintFindings(computeCoaching(model, figures).hints, english.say), ...unknownRuleFindings(model)] : [];
  const overdue = figures && values.overdue ? overdueFindings(figures) : [];
  const all = sortFindings([...found, ...hints, ...overdue]);
  const findings = scope ? all.filter((f) => inScope(f, scope)) : all;
  // Errors elsewhere hold the hints back: say so, or an author would read silence as a pass.
  const elsewhere = scope && !clean ? all.filter((f) => f.level === 'error' && !inScope(f, scope)).length : 0;
  const note = elsewhere > 0 ? [`note: ${elsewhere === 1 ? '1 error in another file holds' : `${elsewhere} errors in other files hold`} back the coaching hints; npm run check (without paths) lists ${elsewhere === 1 ? 'it' : 'them'}`] : [];
  const errors = findings.filter((f) => f.level === 'error').length;
  const warnings = findings.length - errors;
  const exitCode = errors > 0 || (values.strict && warnings > 0) ? 1 : 0;
  const output =
    values.format === 'json'
      ? JSON.stringify({ errors, warnings, files: new Set(findings.map((f) => f.file)).size, checked: files, findings }, null, 2)
      : values.format === 'github'
        ? [...findings.map((f) => githubCommand(f, options.contentRoot, repositoryRoot(options.contentRoot, cwd))), ...note, summaryLine(findings)].join('\n')
        : [...findings.map(formatFinding), ...note, summaryLine(findings)].join('\n');
  return { exitCode, findings, files, output };
}

/** `okrbook check` (src/cli/okrbook.ts): reads its arguments from process.argv. */
export async function run(): Promise<void> {
  await runMain('check', () => {
    const report = check(process.argv.slice(2));
    console.log(report.output);
    return report.exitCode;
  });
}

if (import.meta.main) await run();

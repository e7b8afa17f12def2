/**
 * `okrbook digest` (`npm run digest`): prints one week's digest (scoring.md,
 * "Weekly digest") as an e-mail, as Markdown for a team chat, or as the JSON
 * of `/digest/<week>.json`, for a CI job that sends it every Monday.
 */
import { parseArgs } from 'node:util';
import { digestJson } from '../export/digest-json.ts';
import { digestEmail } from '../export/digest-email.ts';
import { digestMarkdown } from '../export/digest-markdown.ts';
import { digestsOf, digestWindow } from '../figures/digest.ts';
import { computeFigures } from '../figures/index.ts';
import { translatorOf } from '../i18n/index.ts';
import { basePath } from '../lib/base.ts';
import { isoWeekOf } from '../lib/dates.ts';
import { formatter } from '../lib/format.ts';
import { withBase } from '../lib/paths.ts';
import { ContentError, loadModel, optionsFromEnv } from '../model/index.ts';
import { digestView } from '../site/digest.ts';
import { runMain, UsageError } from './run.ts';

const USAGE = `Usage: npm run digest -- [--week 2026-W49] [--team <id>] [--format html|markdown|json]

  --week    the ISO week (default: the week holding the as-of date)
  --team    only this team's part (the organisation summary stays whole)
  --format  html: an e-mail body (the default); markdown: for a team chat;
            json: as /digest/<week>.json
  Links are absolute: set \`url\` in site.yaml or OKRBOOK_SITE to the site's address.`;

/** What the command printed and its exit code. */
export interface DigestReport {
  exitCode: number;
  output: string;
}

/** Runs `digest` with the given arguments and environment. */
export function digest(args: string[], env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): DigestReport {
  let values: { week?: string; team?: string; format?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { week: { type: 'string' }, team: { type: 'string' }, format: { type: 'string', default: 'html' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) return { exitCode: 0, output: USAGE };
  const format = values.format;
  if (format !== 'html' && format !== 'markdown' && format !== 'json') throw new UsageError(`--format must be html, markdown or json, got "${format}"\n${USAGE}`);

  const options = optionsFromEnv(env, cwd);
  const base = basePath(env.OKRBOOK_BASE);
  const { model, findings } = loadModel(options, { cache: true });
  if (findings.some((f) => f.level === 'error')) throw new ContentError(findings);

  const week = (values.week ?? isoWeekOf(options.asOf)).trim().toUpperCase();
  const window = digestWindow(week, options.asOf);
  if (window === 'not-a-week') {
    throw new UsageError(`--week ${values.week} is not an ISO week: write it as YYYY-Www with a week that year has (01 to 52, or 53 in a long year), e.g. ${isoWeekOf(options.asOf)}.`);
  }
  if (window === 'after-as-of') {
    throw new UsageError(`week ${week} starts after the as-of date ${options.asOf}: there is nothing to say about it yet. The latest week is ${isoWeekOf(options.asOf)} (set OKRBOOK_AS_OF for another date).`);
  }
  const figures = computeFigures(model);
  const digests = digestsOf(model, figures);
  const found = digests.week(window.week);
  if (!found) {
    const first = digests.weeks[0];
    throw new UsageError(
      first
        ? `week ${window.week} is before the first check-in (the first digest is ${first}, the week of ${model.checkIns[0]!.date}).`
        : 'there is no digest yet: the content has no check-in (the first digest comes with the first check-in).',
    );
  }
  const team = values.team;
  if (team !== undefined && !model.team(team)) {
    throw new UsageError(`there is no team \`${team}\`; expected one of: ${model.teams.map((t) => t.id).join(', ')}.`);
  }
  const chosen = team === undefined ? found : { ...found, teams: found.teams.filter((t) => t.team === team) };

  // Links are absolute in every format (the JSON as the page's, the mail and chat because they have no address of their own).
  const site = env.OKRBOOK_SITE?.trim() || (model.settings as { url?: string }).url;
  if (format !== 'json' && !site) {
    throw new UsageError('links in a digest sent by mail or chat must be absolute: set `url` in site.yaml (or OKRBOOK_SITE) to the address the site is published at, e.g. https://okr.example.org/.');
  }
  const link = (route: string) => (site ? new URL(withBase(base, route), site).href : withBase(base, route));
  if (format === 'json') return { exitCode: 0, output: `${JSON.stringify(digestJson(chosen, model, link), null, 2)}\n` };

  const t = translatorOf(model);
  const fmt = formatter(model.settings.locale);
  const view = digestView(chosen, { model, value: (v, unit) => t.value(v, unit), date: fmt.date, percent: fmt.percent, around: digests.around(found.week) });
  const context = { t, date: fmt.date, link, site: model.settings.title };
  return { exitCode: 0, output: format === 'markdown' ? digestMarkdown(view, context) : digestEmail(view, context) };
}

/** The command as the `okrbook` binary runs it: arguments from `process.argv`, output to stdout. */
export async function run(): Promise<void> {
  await runMain('digest', () => {
    const report = digest(process.argv.slice(2));
    process.stdout.write(report.output);
    return report.exitCode;
  });
}

if (import.meta.main) await run();

/**
 * `npm run new -- handover ...` and `npm run new -- objective --carry ...`:
 * the continuity scaffolds, pre-filled from the model so the person only
 * writes what the files cannot know.
 */
import { stringify } from 'yaml';
import { addDays, daysBetween, isDay, monthStartAfter, wholeMonthsBetween } from '../lib/dates.ts';
import { frontMatterFile } from '../lib/front-matter.ts';
import { historyOf } from '../figures/index.ts';
import type { Cycle, Model } from '../model/index.ts';
import { containsCycle } from '../model/continuity.ts';
import { carriedTo } from '../model/lineage.ts';
import { UsageError } from './run.ts';
import { escapeMarkdown } from '../lib/escape-markdown.ts';
import { handoverContext } from '../site/handover-context.ts';
import { handoverFile, type PlannedFile } from '../forms/handover-file.ts';

const frontMatterText = (data: Record<string, unknown>) => stringify(data, { lineWidth: 0 }).trimEnd();

/**
 * A handover note for `team` on `date` (default: the as-of date), to the
 * incoming leaders `to`, pre-filled with the team's open objectives (those of
 * cycles that have not ended on that day) with their latest scores, and the
 * open actions of the team's latest check-in: the handover form's generator
 * (src/forms/handover-file.ts) with no edits.
 */
export function newHandover(model: Model, teamId: string, dateArg: string | undefined, to: string[]): PlannedFile {
  const team = model.team(teamId);
  if (!team) throw new UsageError(`there is no team "${teamId}"; teams are: ${model.teams.map((t) => t.id).join(', ') || '(none yet)'}`);
  const date = dateArg ?? model.options.asOf;
  if (!isDay(date)) throw new UsageError(`--date must be a calendar date written YYYY-MM-DD, got "${date}"`);
  if (to.length === 0) throw new UsageError('--to is required: the incoming leader, e.g. --to "Nurul Huda" (repeat --to for several)');
  const existing = model.handovers.find((h) => h.team === team.id && h.date === date);
  if (existing) throw new UsageError(`team ${team.id} already has a handover note on ${date}: ${existing.file}`);

  // The leaders named as incoming are not outgoing, whatever their term (handoverFile leaves them out).
  return handoverFile(handoverContext(model, team, date, to));
}

/** Whole calendar months a cycle spans (a quarter: 3), or null when it does not start and end on month boundaries. */
const wholeMonths = (cycle: Cycle): number | null => wholeMonthsBetween(cycle.start, cycle.end);

/** Cycles of the same length: the same whole months (quarters of 90 to 92 days), else the same days. */
function sameLength(a: Cycle, b: Cycle): boolean {
  const months = wholeMonths(a);
  if (months !== null) return months === wholeMonths(b) && monthStartAfter(a.start, months) === addDays(a.end, 1);
  return daysBetween(a.start, a.end) === daysBetween(b.start, b.end);
}

/**
 * The objective `sourceId` continued in `cycleArg` (default: the earliest
 * cycle of the same length that starts after the source's ends): same title,
 * team, owner, type, why now, behaviours and key results, each metric's
 * baseline moved to its latest value, and `carried_from` set.
 */
export function carryObjective(model: Model, sourceId: string, cycleArg: string | undefined): PlannedFile {
  const source = model.objective(sourceId);
  if (!source) {
    const near = model.objectives.filter((o) => o.id.endsWith(sourceId.split('/').at(-1) ?? sourceId)).map((o) => o.id);
    throw new UsageError(`there is no objective "${sourceId}"; give its id, the path below okrs/ without extension${near.length > 0 ? ` (e.g. ${near.slice(0, 3).join(', ')})` : ''}`);
  }
  const from = model.cycle(source.cycle)!;
  let cycle: Cycle | undefined;
  if (cycleArg) {
    cycle = model.cycle(cycleArg);
    if (!cycle) throw new UsageError(`there is no cycle "${cycleArg}"; cycles are: ${model.cycles.map((c) => c.id).join(', ')}`);
    if (cycle.start <= from.start) throw new UsageError(`cycle ${cycle.id} starts on ${cycle.start}, not after ${from.id} (${from.start}); an objective is carried into a later cycle`);
  } else {
    cycle = model.cycles.find((c) => c.start > from.end && sameLength(from, c));
    if (!cycle) throw new UsageError(`no cycle of the same length as ${from.id} starts after it ends (${from.end}); create it first (npm run new -- cycle --next), or pass --cycle`);
  }
  const already = carriedTo(model, source.id).find((o) => o.cycle === cycle.id);
  if (already) throw new UsageError(`${source.id} is already carried into ${cycle.id}: ${already.file}`);

  const checkIns = model.checkInsOf(source.team, source.cycle);
  const keyResults = source.keyResults.map((kr) => {
    const latest = historyOf(kr.id, checkIns).at(-1);
    const baseline = kr.kind === 'metric' && latest && typeof latest.value === 'number' ? latest.value : kr.baseline;
    return withoutUndefined({
      id: kr.id,
      title: kr.title,
      kind: kr.kind === 'metric' ? undefined : kr.kind,
      baseline,
      target: kr.target,
      unit: kr.unit,
      owner: kr.owner,
      weight: kr.weight === 1 ? undefined : kr.weight,
      // A due date of the earlier cycle means nothing in the new one.
      due: kr.due !== undefined && kr.due >= cycle.start ? kr.due : undefined,
    });
  });
  const parent = source.parent !== null ? model.objective(source.parent) : undefined;
  const parentCycle = parent ? model.cycle(parent.cycle) : undefined;
  const frontMatter = frontMatterText(
    withoutUndefined({
      title: source.title,
      team: source.team,
      cycle: cycle.id,
      owner: source.owner,
      type: source.type === 'committed' ? 'committed' : undefined,
      // A yearly parent still holds for the next quarter of the year; a quarterly one does not.
      parent: parent && parentCycle && containsCycle(parentCycle, cycle) ? parent.id : undefined,
      carried_from: source.id,
      why_now: source.whyNow,
      behaviors: source.behaviors.length > 0 ? source.behaviors : undefined,
      weight: source.weight === 1 ? undefined : source.weight,
      key_results: keyResults,
    }),
  );
  const body = `Carried from ${escapeMarkdown(from.name)}. What is different this time, and what the team stops doing to make room for it.`;
  const slug = source.id.split('/').at(-1)!;
  return { file: `okrs/${cycle.id}/${source.team}/${slug}.md`, text: frontMatterFile(frontMatter, body) };
}

function withoutUndefined<T extends Record<string, unknown>>(data: T): Partial<T> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) as Partial<T>;
}

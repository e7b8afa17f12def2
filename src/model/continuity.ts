/**
 * Continuity across cycles and leaders, resolved with the rest of the
 * model: handover notes (team, objectives, one per team and day), `parent`
 * in a containing cycle, and `carried_from` (known, earlier, no loop).
 * Pure: no file access.
 */
import type { Day } from '../lib/dates.ts';
import type { HandoverData } from '../schemas/index.ts';
import type { Entry, LoadedContent } from './load.ts';
import { reportLoops } from './loops.ts';
import { duplicateHandoverMessage } from './handover-rules.ts';
import type { ModelOptions } from './options.ts';
import type { Handover, LeftOut } from './types.ts';

/** Reports one error on an entry's file. */
export type ReportError = (entry: { file: string }, line: number, code: string, message: string, field?: string) => void;

/** A cycle's dates, as far as continuity needs them. */
interface Span {
  start: Day;
  end: Day;
}

/** True when `outer` contains `inner`: its dates include all of the other's (a cycle contains itself). */
export function containsCycle(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** True when `outer` contains `inner` and they are not the same dates (a year above its quarter). */
export function strictlyContains(outer: Span, inner: Span): boolean {
  return containsCycle(outer, inner) && !containsCycle(inner, outer);
}

/**
 * The innermost of cycles that are nested, each containing the next (a
 * quarter inside its year): where several cycles could hold a check-in, it
 * belongs to the innermost (content.md, Check-ins). Undefined for an empty
 * list, or when two of them are not nested (overlapping quarters, or two
 * cycles with the same dates): then only the author can say.
 */
export function innermostNested<T extends Span>(cycles: readonly T[]): T | undefined {
  const bySize = [...cycles].sort((a, b) => (a.start > b.start ? -1 : a.start < b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
  for (let i = 0; i + 1 < bySize.length; i++) if (!strictlyContains(bySize[i + 1]!, bySize[i]!)) return undefined;
  return bySize[0];
}

/**
 * Checks the references across cycles: handover notes, `parent` across cycles and
 * `carried_from`. `suggest` adds "(did you mean ...?)" for a near id.
 */
export function checkContinuity(content: LoadedContent, error: ReportError, suggest: (wrong: string, known: Set<string>) => string) {
  const cycles = new Map(content.cycles.map((c) => [c.id, c.data]));
  const objectives = new Map(content.objectives.map((o) => [o.id, o]));

  for (const objective of content.objectives) {
    const { parent, carried_from: carriedFrom, cycle } = objective.data;
    const own = cycles.get(cycle);
    const parentEntry = parent === undefined ? undefined : objectives.get(parent);
    const parentCycle = parentEntry ? cycles.get(parentEntry.data.cycle) : undefined;
    if (own && parentEntry && parentCycle && !containsCycle(parentCycle, own)) {
      error(
        objective,
        objective.lineOf(['parent']),
        'parent-cycle',
        `the parent \`${parent}\` belongs to cycle ${parentEntry.data.cycle} (${parentCycle.start} to ${parentCycle.end}), which does not contain ${cycle} (${own.start} to ${own.end}); a parent is in the same cycle or in one that contains it (a year above its quarters): choose a parent of such a cycle, or remove \`parent\``,
        'parent',
      );
    }
    if (carriedFrom === undefined) continue;
    if (!content.known.objectives.has(carriedFrom)) {
      error(objective, objective.lineOf(['carried_from']), 'unknown-reference', `there is no objective \`${carriedFrom}\`${suggest(carriedFrom, content.known.objectives)}; expected the path of an objective below okrs/ without extension`, 'carried_from');
      continue;
    }
    const source = objectives.get(carriedFrom);
    const sourceCycle = source ? cycles.get(source.data.cycle) : undefined;
    if (own && source && sourceCycle && sourceCycle.start >= own.start) {
      error(
        objective,
        objective.lineOf(['carried_from']),
        'carried-not-earlier',
        `\`${carriedFrom}\` is in cycle ${source.data.cycle}, which starts on ${sourceCycle.start}, not before ${cycle} (starts ${own.start}); an objective is carried from an earlier cycle: name the objective it continues, or remove \`carried_from\``,
        'carried_from',
      );
    }
  }
  reportCarryLoops(content, objectives, error);
  checkHandovers(content, error, suggest);
}

/**
 * A chain of `carried_from` that comes back to where it started, reported
 * once at its first member, in one pass (loops.ts) as `parent` loops are:
 * a 3,000-long chain is read 3,000 times, not 3,000 times per start.
 */
function reportCarryLoops(content: LoadedContent, objectives: Map<string, LoadedContent['objectives'][number]>, error: ReportError) {
  reportLoops(content.objectives, (o) => o.data.carried_from, objectives, (start, loop) =>
    error(start, start.lineOf(['carried_from']), 'carry-loop', `the carry-over loops: ${loop.join(' <- ')}; an objective cannot continue itself, remove one \`carried_from\``, 'carried_from'),
  );
}

function checkHandovers(content: LoadedContent, error: ReportError, suggest: (wrong: string, known: Set<string>) => string) {
  const byTeamDate = new Map<string, Entry<HandoverData>>();
  for (const handover of content.handovers) {
    const { team, date } = handover.data;
    if (!content.known.teams.has(team)) {
      error(handover, handover.lineOf(['team']), 'unknown-reference', `there is no team \`${team}\`${suggest(team, content.known.teams)}; expected the id of a file in teams/`, 'team');
    }
    const sameDay = byTeamDate.get(`${team}/${date}`);
    if (sameDay) {
      error(handover, handover.lineOf(['date']), 'duplicate-handover', duplicateHandoverMessage(team, date, sameDay.file), 'date');
    } else {
      byTeamDate.set(`${team}/${date}`, handover);
    }
    handover.data.objectives.forEach((id, index) => {
      if (!content.known.objectives.has(id)) {
        error(handover, handover.lineOf(['objectives', index]), 'unknown-reference', `there is no objective \`${id}\`${suggest(id, content.known.objectives)}; expected the path of an objective below okrs/ without extension`, `objectives[${index}]`);
      }
    });
  }
}

/**
 * The visible handover notes: draft, confidential (without the opt-in), after
 * the as-of date, or of a left-out team are left out and counted; handed-over
 * objectives that are left out are dropped without a trace.
 */
export function visibleHandovers(content: LoadedContent, options: ModelOptions, teamIds: Set<string>, objectiveIds: Set<string>, leftOut: LeftOut): { handovers: Handover[]; confidentialPublished: number } {
  const handovers: Handover[] = [];
  let confidentialPublished = 0;
  for (const entry of content.handovers) {
    const { data } = entry;
    if (data.draft) { leftOut.draft++; continue; }
    if (data.confidential && !options.includeConfidential) { leftOut.confidential++; continue; }
    if (data.date > options.asOf) { leftOut.afterAsOf++; continue; }
    if (!teamIds.has(data.team)) { leftOut.dependent++; continue; }
    if (data.confidential) confidentialPublished++;
    handovers.push({
      id: entry.id, file: entry.file, lines: entry.lines, body: entry.body,
      team: data.team, date: data.date, from: data.from, to: data.to,
      objectives: data.objectives.filter((id) => objectiveIds.has(id)),
      confidential: data.confidential,
    });
  }
  handovers.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.team < b.team ? -1 : a.team > b.team ? 1 : 0));
  return { handovers, confidentialPublished };
}

/**
 * The continuity rules of scoring.md: `handover-missing`,
 * `leader-not-met`, `mentor-after-first-cycle` and `objective-carried-again`.
 * They look across cycles (a leader's first month, the month after a team's
 * first cycle, three cycles of carry-over), so they run once over the model
 * rather than per scorecard.
 */
import { addDays, daysBetween, type Day } from '../lib/dates.ts';
import type { Cycle, Model, Team } from '../model/types.ts';
import type { Text } from '../i18n/index.ts';
import { hintText, type Hint } from './hint.ts';

/** Days around a change of leaders in which a handover note, or the new leader's first check-in, is expected. */
export const HANDOVER_WINDOW_DAYS = 30;

/** The cycles in which a team has visible objectives, by start then id (the model's cycle order). */
export function cyclesWithObjectives(model: Model, team: string): Cycle[] {
  return model.cycles.filter((c) => model.objectivesOf(team, c.id).length > 0);
}

/**
 * The cycle a hint about a day belongs to: of the team's cycles with
 * objectives, the innermost one containing the day (a quarter rather than
 * its year), else the first that starts after it.
 */
export function cycleForDay(cycles: readonly Cycle[], day: Day): Cycle | undefined {
  const containing = cycles.filter((c) => c.start <= day && day <= c.end);
  if (containing.length > 0) return containing.reduce((best, c) => (daysBetween(c.start, c.end) < daysBetween(best.start, best.end) ? c : best));
  return cycles.find((c) => c.start > day);
}

/** Every continuity hint of the model. */
export function continuityHints(model: Model, add: (hint: Hint) => void) {
  for (const team of model.teams) {
    const cycles = cyclesWithObjectives(model, team.id);
    if (cycles.length === 0) continue;
    leaderHints(model, team, cycles, add);
    mentorHint(model, team, cycles[0]!, add);
  }
  carriedAgainHints(model, add);
}

function leaderHints(model: Model, team: Team, cycles: Cycle[], add: (hint: Hint) => void) {
  const first = cycles[0]!;
  const handovers = model.handovers.filter((h) => h.team === team.id);
  const checkIns = model.checkIns.filter((c) => c.team === team.id);
  team.leadership.forEach((leader, index) => {
    const from = leader.from;
    if (from === undefined) return;
    const line = team.leadershipLines?.[index] ?? team.lines.leadership ?? 1;
    const hint = (rule: string, cycle: Cycle, text: Text) =>
      add({ rule, file: team.file, line, team: team.id, cycle: cycle.id, target: `leadership[${index}]`, entry: null, text });

    if (from > first.start && !handovers.some((h) => Math.abs(daysBetween(from, h.date)) <= HANDOVER_WINDOW_DAYS)) {
      const cycle = cycleForDay(cycles, from);
      if (cycle) {
        hint('handover-missing', cycle, hintText('hint.handover-missing', { leader: leader.name, team: team.name, date: from, days: HANDOVER_WINDOW_DAYS }));
      }
    }

    const until = addDays(from, HANDOVER_WINDOW_DAYS);
    const inCycle = cycles.some((c) => c.start <= from && from <= c.end);
    if (inCycle && until < model.options.asOf && !checkIns.some((c) => from <= c.date && c.date <= until && c.leadersPresent.includes(leader.name))) {
      hint('leader-not-met', cycleForDay(cycles, from)!, hintText('hint.leader-not-met', { leader: leader.name, team: team.name, date: from, until }));
    }
  });
}

function mentorHint(model: Model, team: Team, first: Cycle, add: (hint: Hint) => void) {
  if (daysBetween(first.end, model.options.asOf) <= HANDOVER_WINDOW_DAYS) return;
  const last = addDays(first.end, HANDOVER_WINDOW_DAYS);
  const mentorOn = (name: string, date: Day) =>
    team.leadership.some((l) => l.name === name && l.roles.includes('mentor') && (!l.from || l.from <= date) && (!l.until || date <= l.until));
  const met = model.checkIns.some((c) => c.team === team.id && first.end < c.date && c.date <= last && c.leadersPresent.some((name) => mentorOn(name, c.date)));
  if (met) return;
  add({
    rule: 'mentor-after-first-cycle',
    file: team.file,
    line: 1,
    team: team.id,
    cycle: first.id,
    target: null,
    entry: null,
    text: hintText('hint.mentor-after-first-cycle', { team: team.name, cycle: first.name, date: first.end, days: HANDOVER_WINDOW_DAYS }),
  });
}

function carriedAgainHints(model: Model, add: (hint: Hint) => void) {
  for (const objective of model.objectives) {
    const source = objective.carriedFrom === null ? undefined : model.objective(objective.carriedFrom);
    const origin = source?.carriedFrom ? model.objective(source.carriedFrom) : undefined;
    if (!source || !origin) continue;
    add({
      rule: 'objective-carried-again',
      file: objective.file,
      line: objective.lines.carried_from ?? objective.lines.title ?? 1,
      team: objective.team,
      cycle: objective.cycle,
      target: 'carried_from',
      entry: objective.id,
      text: hintText('hint.objective-carried-again', { objective: objective.title, source: source.id, origin: origin.id }),
    });
  }
}

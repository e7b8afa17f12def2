/**
 * `check --overdue`: one `checkin-overdue` finding per overdue team
 * (scoring.md, "Overdue check-ins": a team is overdue once, in the cycle the
 * figures name), on the team's file, line 1, naming the cycle and the first
 * day of the uncovered period, with a command that works as written.
 */
import { addDays } from '../lib/dates.ts';
import type { Figures } from '../figures/index.ts';
import type { Finding } from '../model/index.ts';

/** The code of an overdue finding. */
export const CHECKIN_OVERDUE = 'checkin-overdue';

/** A finding for every overdue team, in cycle then team order. */
export function overdueFindings(figures: Figures): Finding[] {
  return figures.cycles.flatMap((c) =>
    c.scorecards
      .filter((card) => card.overdue.overdue)
      .map((card) => ({
        file: card.team.file,
        line: 1,
        level: 'error' as const,
        code: CHECKIN_OVERDUE,
        message:
          `${card.team.name} is overdue for a check-in in ${c.cycle.name}: the period that started on ${card.overdue.since} has none, ` +
          `and neither has the current one (from ${addDays(card.overdue.since!, card.cadence.everyDays)}). ` +
          // --cycle: where several cycles hold the date (a quarter inside its year) the command must still work as written.
          `Hold the check-in and add its file (npm run new -- checkin --team ${card.team.id} --cycle ${c.cycle.id}).`,
      })),
  );
}

/**
 * `check --overdue`: one `checkin-overdue` finding per team that is overdue
 * in an active cycle (scoring.md, "Overdue check-ins"), on the team's
 * file, line 1, naming the cycle and the first day of the uncovered period.
 */
import { addDays } from '../lib/dates.ts';
import type { Figures } from '../figures/index.ts';
import type { Finding, Model } from '../model/index.ts';

/** The code of an overdue finding. */
export const CHECKIN_OVERDUE = 'checkin-overdue';

/** A finding for every overdue team, in cycle then team order. */
export function overdueFindings(model: Model, figures: Figures): Finding[] {
  const everyDays = model.settings.checkins.every_days;
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
          `and neither has the current one (from ${addDays(card.overdue.since!, everyDays)}). ` +
          `Hold the check-in and add its file (npm run new -- checkin --team ${card.team.id}).`,
      })),
  );
}

/**
 * One team's check-ins in every cycle, oldest first, read cycle by cycle
 * through `checkInsOf`: a page that shows them (the forms) then depends, for
 * warm builds, on that team's check-ins alone (src/site/dependencies.ts
 * notes `model.checkInsOf("<team>", "<cycle>")`), not on `model.checkIns`,
 * which every new check-in of any team changes.
 */
import type { CheckIn, Model } from './types.ts';

/** The check-ins of `team`, by date (those of one day in cycle order, as `model.checkIns` holds them but for that). */
export function teamCheckIns(model: Pick<Model, 'cycles' | 'checkInsOf'>, team: string): CheckIn[] {
  return model.cycles.flatMap((cycle) => model.checkInsOf(team, cycle.id)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * A cycle's rhythm: its own `checkins` and `leadership` settings where its
 * front matter gives them, else site.yaml's (content.md, Cycles); and which
 * of a team's check-ins count for a cycle's discipline (scoring.md, Check-in
 * discipline: a year counts the check-ins filed under its quarters).
 */
import type { Cycle } from '../model/types.ts';
import type { SiteSettings } from '../schemas/index.ts';

/** The rhythm one cycle is measured against. */
export interface Cadence {
  /** `D`: days per check-in period. */
  everyDays: number;
  /** A key result with no update for longer is stale. */
  staleAfterDays: number;
  /** `M`: months per leadership window. */
  everyMonths: number;
}

/**
 * The cycle's cadence: each field its own where set, else site.yaml's. A
 * cycle that sets `every_days` but not `stale_after_days` goes stale after
 * twice its own cadence, as site.yaml's default does.
 */
export function cadenceOf(cycle: Pick<Cycle, 'checkins' | 'leadership'>, settings: Pick<SiteSettings, 'checkins' | 'leadership'>): Cadence {
  const everyDays = cycle.checkins?.everyDays ?? settings.checkins.every_days;
  const staleAfterDays = cycle.checkins?.staleAfterDays ?? (cycle.checkins?.everyDays !== undefined ? 2 * everyDays : settings.checkins.stale_after_days);
  return { everyDays, staleAfterDays, everyMonths: cycle.leadership?.everyMonths ?? settings.leadership.every_months };
}

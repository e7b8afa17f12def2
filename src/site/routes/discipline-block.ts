/**
 * The words of a scorecard's check-in discipline (scoring.md, "Check-in
 * discipline"): counted nouns agree with their number by the plural rules of
 * the interface language ("1 of 1 month", "the week starting Nov 5"), and
 * say weeks or months only where the cadence is one.
 */
import type { Discipline } from '../../figures/index.ts';
import type { Text } from '../../i18n/index.ts';
import type { Formatter } from '../../lib/format.ts';
import type { PageContext } from './context.ts';

/** What the discipline block prints besides the figures themselves. */
export interface DisciplineWords {
  /** Periods covered of those due (null when none was due). */
  covered: Text | null;
  streak: Text;
  /** Leadership windows covered of those due (null when none was due). */
  leadership: Text | null;
  /** The periods that ended without a check-in, by their first day (null when none). */
  missed: Text | null;
}

/** The discipline of one scorecard, in words. */
export function disciplineWords({ model }: Pick<PageContext, 'model'>, d: Discipline, fmt: Pick<Formatter, 'shortDate'>): DisciplineWords {
  const weekly = model.settings.checkins.every_days === 7;
  const monthly = model.settings.leadership.every_months === 1;
  return {
    covered: d.rate === null ? null : { key: weekly ? 'discipline.covered.weeks' : 'discipline.covered.periods', values: { covered: d.covered, count: d.due } },
    streak: { key: weekly ? 'discipline.streak.weeks' : 'discipline.streak.periods', values: { count: d.streak } },
    leadership: d.leadership.rate === null ? null : { key: monthly ? 'discipline.leadership.months' : 'discipline.leadership.windows', values: { covered: d.leadership.covered, count: d.leadership.due } },
    missed: d.missed.length === 0 ? null : { key: weekly ? 'discipline.missed.weeks' : 'discipline.missed.periods', values: { count: d.missed.length, days: d.missed.map((day) => fmt.shortDate(day)).join(', ') } },
  };
}

/**
 * The words of a scorecard's check-in discipline (scoring.md, "Check-in
 * discipline"): counted nouns agree with their number by the plural rules of
 * the interface language ("1 of 1 month", "the week starting Nov 5"), and
 * say weeks or months only where the cadence is one.
 */
import type { Discipline, Scorecard } from '../../figures/index.ts';
import type { Text } from '../../i18n/index.ts';
import type { Formatter } from '../../lib/format.ts';
import type { PageContext } from './context.ts';

/** What the discipline block prints besides the figures themselves. */
export interface DisciplineWords {
  /** Periods covered of those due (null when none was due). */
  readonly covered: Text | null;
  readonly streak: Text;
  /** Leadership windows covered of those due (null when none was due). */
  readonly leadership: Text | null;
  /** The periods that ended without a check-in, by their first day (null when none). */
  readonly missed: Text | null;
  /** The cycle's own rhythm, one Text per part (cadence, leadership window, the cycles whose check-ins count). */
  readonly rhythm: readonly Text[];
}

/**
 * The discipline of one scorecard, in words, at the cycle's own rhythm (a
 * year the board reviews quarterly: every 91 days, a leader every 3 months);
 * without `card`, at site.yaml's.
 */
export function disciplineWords(
  { model }: Pick<PageContext, 'model'>,
  d: Discipline,
  fmt: Pick<Formatter, 'shortDate'>,
  card?: Pick<Scorecard, 'cadence' | 'countsCheckInsOf'>,
): DisciplineWords {
  const everyDays = card?.cadence.everyDays ?? model.settings.checkins.every_days;
  const everyMonths = card?.cadence.everyMonths ?? model.settings.leadership.every_months;
  const weekly = everyDays === 7;
  const monthly = everyMonths === 1;
  const counts = card?.countsCheckInsOf ?? [];
  const rhythm: Text[] = [
    weekly ? { key: 'discipline.rhythm.week', values: {} } : { key: 'discipline.rhythm.days', values: { count: everyDays } },
    { key: 'discipline.rhythm.months', values: { count: everyMonths } },
  ];
  if (counts.length > 0) rhythm.push({ key: 'discipline.rhythm.counts', values: { cycles: counts.map((id) => model.cycle(id)?.name ?? id).join(', ') } });
  return {
    covered: d.rate === null ? null : { key: weekly ? 'discipline.covered.weeks' : 'discipline.covered.periods', values: { covered: d.covered, count: d.due } },
    streak: { key: weekly ? 'discipline.streak.weeks' : 'discipline.streak.periods', values: { count: d.streak } },
    leadership: d.leadership.rate === null ? null : { key: monthly ? 'discipline.leadership.months' : 'discipline.leadership.windows', values: { covered: d.leadership.covered, count: d.leadership.due } },
    missed: d.missed.length === 0 ? null : { key: weekly ? 'discipline.missed.weeks' : 'discipline.missed.periods', values: { count: d.missed.length, days: d.missed.map((day) => fmt.shortDate(day)).join(', ') } },
    rhythm,
  };
}

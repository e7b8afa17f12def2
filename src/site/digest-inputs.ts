/**
 * What each week's digest is computed from, as one digest per week, for the
 * warm build's page keys (src/site/dependencies.ts). A week's digest reads
 * the model as of its Sunday: the teams, cycles, objectives and settings,
 * and the check-ins and handover notes dated up to then. Keying a digest
 * page on these inputs, rather than on the digest itself, lets a warm build
 * tell which weeks changed without computing the figures at every Sunday:
 * adding a check-in changes the inputs of its week and of the weeks after
 * it (the latest week, as a rule), and no earlier one.
 */
import { createHash } from 'node:crypto';
import { digestWindow, type DigestWindow } from '../figures/digest.ts';
import type { Day, IsoWeek } from '../lib/dates.ts';
import type { Model } from '../model/types.ts';
import { digestOf } from './dependencies.ts';

/** The digest of the inputs of one week's digest (worked out for every week in one pass, on first ask). */
export function digestInputsOf(model: Model): (week: IsoWeek) => string {
  let keys: ((to: Day) => string) | undefined;
  const prepare = () => {
    const { teams, cycles, objectives, settings, options } = model;
    const base = digestOf({ teams, cycles, objectives, settings, includeConfidential: options.includeConfidential });
    // Each dated entry chained onto the ones before it: the chain at a day stands for everything dated up to it.
    const chain = (entries: readonly { date: Day }[]) => {
      const links: { date: Day; hash: string }[] = [];
      let hash = '';
      for (const entry of entries) {
        hash = createHash('sha256').update(hash).update(digestOf(entry)).digest('hex');
        links.push({ date: entry.date, hash });
      }
      return (day: Day) => {
        // The last link dated on or before `day` (entries are sorted by date).
        let low = 0;
        let high = links.length;
        while (low < high) {
          const middle = (low + high) >> 1;
          if (links[middle]!.date <= day) low = middle + 1;
          else high = middle;
        }
        return low === 0 ? '' : links[low - 1]!.hash;
      };
    };
    const checkIns = chain(model.checkIns);
    const handovers = chain(model.handovers);
    return (to: Day) => `${base}:${checkIns(to)}:${handovers(to)}`;
  };
  return (week) => {
    const window = digestWindow(week, model.options.asOf);
    if (typeof window === 'string') return `none:${week}`;
    keys ??= prepare();
    const { from, to } = window as DigestWindow;
    return createHash('sha256').update(`${week}:${from}:${to}:${keys(to)}`).digest('hex');
  };
}

/**
 * The cycle review's "carried" lines in words a reader follows: a carried
 * objective usually keeps its title, so each line names the other cycle, and
 * repeats the other objective's title only where it differs.
 */
import type { CarriedLink } from '../figures/review.ts';
import type { Model } from '../model/types.ts';

/** One carried objective as the review shows it. */
export interface CarriedLine {
  /** The objective of this cycle. */
  objective: { id: string; title: string };
  /** The objective it came from or goes on as: its cycle's name, and its title only when it is not the same. */
  other: { id: string; cycle: string; title: string | null };
}

/** The review's carried links as lines; `model` finds titles and cycle names (ids only where an entry is missing). */
export function carriedLines(model: Pick<Model, 'objective' | 'cycle'>, links: readonly CarriedLink[]): CarriedLine[] {
  return links.map((link) => {
    const objective = model.objective(link.objective);
    const other = model.objective(link.other);
    const title = objective?.title ?? link.objective;
    const otherTitle = other?.title ?? link.other;
    return {
      objective: { id: link.objective, title },
      other: { id: link.other, cycle: (other && model.cycle(other.cycle)?.name) ?? other?.cycle ?? link.other, title: otherTitle === title ? null : otherTitle },
    };
  });
}

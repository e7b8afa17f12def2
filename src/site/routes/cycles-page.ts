/** The archive's data (/cycles/): every cycle, newest first, a cycle that contains others (a year) above its parts. */
import type { CycleResult } from '../../figures/index.ts';
import { archiveOrder } from '../../model/lineage.ts';
import type { PageContext } from './context.ts';

/** How many levels of indentation the archive draws; a part nested deeper is drawn at the last. */
export const ARCHIVE_DEPTHS = 3;

/** One row of the archive. */
export interface ArchiveRow {
  readonly result: CycleResult;
  /** How many cycles contain it (0 for a cycle inside none). */
  readonly depth: number;
  /** The indentation class of a part of another cycle, none for a cycle inside none. */
  readonly partClass: string | undefined;
}

export function cyclesPage({ figures }: Pick<PageContext, 'figures'>): { readonly rows: ReadonlyArray<ArchiveRow> } {
  return {
    rows: archiveOrder(figures.cycles).map(({ item, depth }) => ({
      result: item,
      depth,
      partClass: depth > 0 ? `cycle-part cycle-part--${Math.min(depth, ARCHIVE_DEPTHS)}` : undefined,
    })),
  };
}

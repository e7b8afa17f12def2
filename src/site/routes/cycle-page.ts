/** A cycle page's data: its figures, hint counts per team, and its alignment tree. */
import type { CycleResult } from '../../figures/index.ts';
import { alignmentTree } from '../../model/lineage.ts';
import type { PageContext } from './context.ts';
import { hintCountsOf } from './hint-counts.ts';
import { editTarget, type EditTarget } from '../edit-link.ts';

/** What a cycle page prints besides its body. */
export interface CyclePage {
  readonly result: CycleResult;
  /** Hints per team id. */
  readonly hints: ReadonlyMap<string, number>;
  /** The alignment tree, with the objectives of containing cycles (a year's) that this cycle's objectives serve above them. */
  readonly tree: ReturnType<typeof alignmentTree>;
  /** The cycle's file in the host's web editor; none without site.yaml `repository`. */
  readonly edit: EditTarget | undefined;
}

/** The cycle `cycleId` (one of the model's). */
export function cyclePage(context: Pick<PageContext, 'model' | 'figures' | 'coaching'>, cycleId: string): CyclePage {
  const result = context.figures.cycle(cycleId)!;
  return { result, hints: hintCountsOf(context, cycleId), tree: alignmentTree(context.model, result.cycle), edit: editTarget(context.model.settings, result.cycle) };
}

/** A cycle page's data: its figures, hint counts per team, and its alignment tree. */
import type { CycleResult } from '../../figures/index.ts';
import { alignmentTree } from '../../model/lineage.ts';
import type { PageContext } from './context.ts';
import { hintCountsOf } from './hint-counts.ts';
import { breachedByTeam } from '../health.ts';
import { alignmentNodes, type AlignmentNode } from './alignment.ts';
import { editTarget, type EditTarget } from '../edit-link.ts';

/** What a cycle page prints besides its body. */
export interface CyclePage {
  readonly result: CycleResult;
  /** Hints per team id. */
  readonly hints: ReadonlyMap<string, number>;
  /** The alignment tree, with the objectives of containing cycles (a year's) that this cycle's objectives serve above them. */
  readonly tree: ReturnType<typeof alignmentTree>;
  /** The same tree as it prints: each objective with its team, score and badge. */
  readonly nodes: ReadonlyArray<AlignmentNode>;
  /** Breached health metrics by team id, for the table of teams (src/site/health.ts). */
  readonly breached: ReadonlyMap<string, { count: string; metrics: string }>;
  /** The cycle's file in the host's web editor; none without site.yaml `repository`. */
  readonly edit: EditTarget | undefined;
}

/** The cycle `cycleId` (one of the model's). */
export function cyclePage(context: Pick<PageContext, 'model' | 'figures' | 'coaching' | 'fmt' | 't'>, cycleId: string): CyclePage {
  const result = context.figures.cycle(cycleId)!;
  const tree = alignmentTree(context.model, result.cycle);
  return { result, hints: hintCountsOf(context, cycleId), tree, nodes: alignmentNodes(context, tree, cycleId), breached: breachedByTeam(result.scorecards, context.t), edit: editTarget(context.model.settings, result.cycle) };
}

/**
 * What the alignment of objectives prints: each objective with its team,
 * its score in words, and its badge (the cycle page's tree, an objective
 * page's parent and children).
 */
import type { Grade, ObjectiveResult, Status } from '../../figures/index.ts';
import type { Objective } from '../../model/types.ts';
import type { PageContext } from './context.ts';

/** The badge beside an objective: its grade once its cycle is closed, else its status, or none. */
export type ObjectiveBadge = BadgeOf | null;

/** A `Badge`'s props: a grade, or a status (none reads as no status). */
export type BadgeOf = { readonly grade: Grade } | { readonly status: Status | null };

/** One objective as an alignment lists it. */
export interface AlignedObjective {
  readonly objective: Objective;
  readonly teamName: string | undefined;
  /** The name of its cycle where that is not the cycle the list is about (a year above its quarters). */
  readonly otherCycle: string | undefined;
  /** Its score as a percentage, or "not started" before its cycle starts. */
  readonly score: string;
}

/** An objective of the cycle page's tree, with the objectives that contribute to it. */
export interface AlignmentNode extends AlignedObjective {
  readonly badge: ObjectiveBadge;
  readonly children: ReadonlyArray<AlignmentNode>;
}

/** `objective` as a list about `cycleId` shows it. */
export function alignedObjective({ model, figures, fmt, t }: Pick<PageContext, 'model' | 'figures' | 'fmt' | 't'>, objective: Objective, cycleId: string | undefined): AlignedObjective {
  const result = figures.objective(objective.id);
  return {
    objective,
    teamName: model.team(objective.team)?.name,
    otherCycle: cycleId !== undefined && objective.cycle !== cycleId ? model.cycle(objective.cycle)?.name : undefined,
    score: result?.status === 'upcoming' ? t('common.notStarted') : fmt.percent(result?.score),
  };
}

/** The grade once there is one, else the status while the cycle runs; none for an objective not started (or not scored). */
export function treeBadge(result: ObjectiveResult | undefined): ObjectiveBadge {
  if (result?.grade) return { grade: result.grade };
  return result && result.status !== 'upcoming' ? { status: result.status } : null;
}

/** The alignment tree of the cycle `cycleId`: each root with the objectives that contribute to it, nested. */
export function alignmentNodes(
  context: Pick<PageContext, 'model' | 'figures' | 'fmt' | 't'>,
  tree: { readonly roots: readonly Objective[]; readonly childrenOf: ReadonlyMap<string, readonly Objective[]> },
  cycleId: string,
): ReadonlyArray<AlignmentNode> {
  const node = (objective: Objective): AlignmentNode => ({
    ...alignedObjective(context, objective, cycleId),
    badge: treeBadge(context.figures.objective(objective.id)),
    children: (tree.childrenOf.get(objective.id) ?? []).map(node),
  });
  return tree.roots.map(node);
}

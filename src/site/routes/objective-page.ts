/** An objective page's data: its figures, team, cycle and pace, what it serves, and its children quarter by quarter. */
import type { CyclePace, ObjectiveExplanations, ObjectiveResult } from '../../figures/index.ts';
import { childrenByCycle, lineageOf } from '../../model/lineage.ts';
import type { Cycle, Objective, Team } from '../../model/types.ts';
import type { PageContext } from './context.ts';
import { alignedObjective, type AlignedObjective, type BadgeOf } from './alignment.ts';
import { editTarget, type EditTarget } from '../edit-link.ts';

/** What an objective page prints besides its body. */
export interface ObjectivePage {
  readonly result: ObjectiveResult;
  readonly team: Team;
  readonly cycle: Cycle;
  readonly pace: CyclePace;
  readonly explained: ObjectiveExplanations;
  /** The objective it contributes to, when that one is published. */
  readonly parent: Objective | undefined;
  /** The parent as the page lists it: its team, its cycle where that is another, its grade or else its status. */
  readonly parentLine: (AlignedObjective & { readonly badge: BadgeOf }) | undefined;
  /** Its children, grouped by cycle in the model's order (a yearly objective's quarters); empty when it has none. */
  readonly childGroups: ReadonlyArray<{ readonly cycle: Cycle; readonly objectives: readonly Objective[]; readonly rows: ReadonlyArray<AlignedObjective> }>;
  /** The groups need a heading each: more than one cycle, or children of another cycle than its own. */
  readonly childHeadings: boolean;
  /** Its file in the host's web editor; none without site.yaml `repository`. */
  readonly edit: EditTarget | undefined;
}

/** The objective `id` (one of the model's). */
export function objectivePage(context: Pick<PageContext, 'model' | 'figures' | 'fmt' | 't'>, id: string): ObjectivePage {
  const { model, figures } = context;
  const result = figures.objective(id)!;
  const { objective } = result;
  const cycle = model.cycle(objective.cycle)!;
  const childGroups = childrenByCycle(model, objective).map((group) => ({ ...group, rows: group.objectives.map((child) => alignedObjective(context, child, undefined)) }));
  const parent = objective.parent ? model.objective(objective.parent) : undefined;
  const parentResult = parent ? figures.objective(parent.id) : undefined;
  return {
    result,
    team: model.team(objective.team)!,
    cycle,
    pace: figures.cyclePace(cycle.id)!,
    explained: figures.explainObjective(objective.id)!,
    parent,
    parentLine: parent ? { ...alignedObjective(context, parent, cycle.id), badge: parentResult?.grade ? { grade: parentResult.grade } : { status: parentResult?.status ?? null } } : undefined,
    childGroups,
    childHeadings: childGroups.length > 1 || childGroups.some((group) => group.cycle.id !== cycle.id),
    edit: editTarget(model.settings, objective),
  };
}

/** One cycle of a carried objective's lineage: the objective, its cycle's name, and its score (or "not started"). */
export interface LineageStep {
  readonly objective: Objective;
  readonly cycleName: string | undefined;
  readonly score: string;
  /** It is the objective whose page this is. */
  readonly current: boolean;
}

/** The lineage of `objective` (src/model/lineage.ts), each step with its score; a score is "not started" in a cycle that has not started. */
export function lineageSteps({ model, figures, fmt, t }: Pick<PageContext, 'model' | 'figures' | 'fmt' | 't'>, objective: Objective): ReadonlyArray<LineageStep> {
  return lineageOf(model, objective).map((o) => {
    const result = figures.objective(o.id);
    const state = figures.cyclePace(o.cycle)?.state;
    return {
      objective: o,
      cycleName: model.cycle(o.cycle)?.name,
      score: result && state !== 'upcoming' ? fmt.percent(result.score) : t('common.notStarted'),
      current: o.id === objective.id,
    };
  });
}

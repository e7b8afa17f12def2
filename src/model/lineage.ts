/**
 * Continuity lookups over the resolved model: where an objective was
 * carried to, its whole lineage, the handover notes of a team in a cycle,
 * and the cycles that contain a cycle. Pure, and computed once per model.
 */
import { containsCycle } from './continuity.ts';
import type { Cycle, Handover, Model, Objective } from './types.ts';

/** The visible objectives that continue `id` (`carried_from: id`), by cycle then id (the model's own lookup). */
export function carriedTo(model: Model, id: string): readonly Objective[] {
  return model.carriedTo(id);
}

/**
 * An objective's lineage, oldest first: the objectives it was carried from,
 * itself, and those that continue it (every branch, each in cycle order).
 * A single objective that was never carried has a lineage of one.
 */
export function lineageOf(model: Model, objective: Objective): Objective[] {
  const earlier: Objective[] = [];
  const seen = new Set([objective.id]);
  for (let from = objective.carriedFrom; from !== null; ) {
    const source = model.objective(from);
    if (!source || seen.has(source.id)) break;
    seen.add(source.id);
    earlier.unshift(source);
    from = source.carriedFrom;
  }
  const later: Objective[] = [];
  const queue = [objective];
  while (queue.length > 0) {
    for (const next of carriedTo(model, queue.shift()!.id)) {
      if (seen.has(next.id)) continue;
      seen.add(next.id);
      later.push(next);
      queue.push(next);
    }
  }
  return [...earlier, objective, ...later];
}

/** The visible handover notes of a team dated in a cycle, oldest first. */
export function handoversIn(model: Model, team: string, cycle: Cycle): Handover[] {
  return model.handovers.filter((h) => h.team === team && cycle.start <= h.date && h.date <= cycle.end);
}

/** The visible handover notes of a team, oldest first. */
export function handoversOf(model: Model, team: string): Handover[] {
  return model.handovers.filter((h) => h.team === team);
}

/** The other cycles that contain `cycle` (a year above its quarter), outermost first. */
export function containingCycles(model: Model, cycle: Cycle): Cycle[] {
  return model.cycles.filter((c) => c.id !== cycle.id && containsCycle(c, cycle) && !containsCycle(cycle, c));
}

/** The cycles that `cycle` contains (its quarters, for a year), in the model's order. */
export function containedCycles(model: Model, cycle: Cycle): Cycle[] {
  return model.cycles.filter((c) => c.id !== cycle.id && containsCycle(cycle, c) && !containsCycle(c, cycle));
}

/** The continuity part of a scorecard's JSON (src/export/scorecard-json.ts). */
export function scorecardContinuity(model: Model, team: string, cycle: Cycle) {
  return { carriedTo: (id: string) => carriedTo(model, id).map((o) => o.id), handovers: handoversIn(model, team, cycle) };
}

/** The objectives that contribute to `objective` (its children), grouped by cycle in the model's order: a yearly objective's quarters. */
export function childrenByCycle(model: Model, objective: Objective): { cycle: Cycle; objectives: Objective[] }[] {
  const children = model.objectives.filter((o) => o.parent === objective.id);
  return model.cycles.map((cycle) => ({ cycle, objectives: children.filter((o) => o.cycle === cycle.id) })).filter((g) => g.objectives.length > 0);
}

/**
 * The alignment tree of a cycle: its objectives under their parents,
 * with the objectives of containing cycles they serve (a quarter's yearly
 * objectives) above them. A containing cycle's objective shows only its
 * children of this cycle.
 */
export function alignmentTree(model: Model, cycle: Cycle): { roots: Objective[]; childrenOf: Map<string, Objective[]> } {
  const own = model.objectives.filter((o) => o.cycle === cycle.id);
  const included = new Map(own.map((o) => [o.id, o]));
  for (const objective of own) {
    for (let parent = objective.parent; parent !== null && !included.has(parent); ) {
      const above = model.objective(parent);
      if (!above) break;
      included.set(above.id, above);
      parent = above.parent;
    }
  }
  const childrenOf = new Map<string, Objective[]>();
  const roots: Objective[] = [];
  // Containing cycles' objectives first (they sit above), then this cycle's, each by id.
  const order = [...included.values()].sort((a, b) => (a.cycle === cycle.id ? 1 : 0) - (b.cycle === cycle.id ? 1 : 0) || (a.id < b.id ? -1 : 1));
  for (const objective of order) {
    if (objective.parent !== null && included.has(objective.parent)) childrenOf.set(objective.parent, [...(childrenOf.get(objective.parent) ?? []), objective]);
    else roots.push(objective);
  }
  return { roots, childrenOf };
}

/**
 * The cycle archive's order: newest first, each cycle that contains
 * others directly above its parts (indented one level deeper), a part under
 * the innermost cycle that contains it.
 */
export function archiveOrder<T extends { cycle: Cycle }>(items: readonly T[]): { item: T; depth: number }[] {
  const newestFirst = [...items].sort((a, b) => (a.cycle.start > b.cycle.start ? -1 : a.cycle.start < b.cycle.start ? 1 : a.cycle.end > b.cycle.end ? -1 : a.cycle.end < b.cycle.end ? 1 : a.cycle.id < b.cycle.id ? -1 : 1));
  const strictly = (outer: Cycle, inner: Cycle) => outer.id !== inner.id && containsCycle(outer, inner) && !containsCycle(inner, outer);
  const containerOf = new Map<string, T>();
  for (const item of newestFirst) {
    const containers = newestFirst.filter((o) => strictly(o.cycle, item.cycle));
    // The innermost container: the one inside the others (a half-year rather than its year).
    if (containers.length > 0) containerOf.set(item.cycle.id, containers.reduce((best, c) => (strictly(best.cycle, c.cycle) ? c : best)));
  }
  const out: { item: T; depth: number }[] = [];
  const visit = (item: T, depth: number) => {
    out.push({ item, depth });
    for (const part of newestFirst) if (containerOf.get(part.cycle.id) === item) visit(part, depth + 1);
  };
  for (const item of newestFirst) if (!containerOf.has(item.cycle.id)) visit(item, 0);
  return out;
}

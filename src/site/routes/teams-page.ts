/** The /teams/ page's data: every team, nested by parent. */
import type { Team } from '../../model/types.ts';
import type { PageContext } from './context.ts';

/** A team and the teams whose parent it is, nested the same way. */
export interface TeamNode {
  readonly team: Team;
  readonly children: ReadonlyArray<TeamNode>;
}

/** The team tree: the teams without a parent, each with its children, in the model's order (by id). */
export function teamsPage({ model }: Pick<PageContext, 'model'>): { readonly roots: ReadonlyArray<TeamNode> } {
  const childrenOf = new Map<string | null, Team[]>();
  for (const team of model.teams) {
    const siblings = childrenOf.get(team.parent);
    if (siblings) siblings.push(team);
    else childrenOf.set(team.parent, [team]);
  }
  // The resolver refuses a parent loop, so every team is reached once from a root.
  const node = (team: Team): TeamNode => ({ team, children: (childrenOf.get(team.id) ?? []).map(node) });
  return { roots: (childrenOf.get(null) ?? []).map(node) };
}

/** A cycle's coaching report: its hints per team and how many each rule raised. */
import { groupHintsByRule, RULES, type CoachingRule, type Hint, type RuleGroup } from '../../coaching/index.ts';
import type { CycleResult, Scorecard } from '../../figures/index.ts';
import type { PageContext } from './context.ts';

/** What the coaching report of one cycle prints. */
export interface CoachReport {
  /** Every hint of the cycle. */
  readonly total: number;
  /** Teams of the cycle, and how many of them have hints. */
  readonly teams: number;
  readonly teamsWithHints: number;
  /** Rules switched on that raised hints, in catalogue order, with their count. */
  readonly rules: ReadonlyArray<{ rule: CoachingRule; count: number }>;
  /** Each team with hints, in the cycle's order, with its hints grouped by rule in catalogue order. */
  readonly byTeam: ReadonlyArray<{ card: Scorecard; hints: readonly Hint[]; groups: readonly RuleGroup[] }>;
}

/** The coaching report of a cycle's figures. */
export function coachReport({ coaching }: Pick<PageContext, 'coaching'>, result: CycleResult): CoachReport {
  const byTeam = result.scorecards.map((card) => ({ card, hints: coaching.of(card.team.id, result.cycle.id) }));
  const all = byTeam.flatMap((team) => team.hints);
  return {
    total: all.length,
    teams: byTeam.length,
    teamsWithHints: byTeam.filter((team) => team.hints.length > 0).length,
    rules: RULES.filter((rule) => coaching.enabled.has(rule.id))
      .map((rule) => ({ rule, count: all.filter((hint) => hint.rule === rule.id).length }))
      .filter(({ count }) => count > 0),
    byTeam: byTeam.filter((team) => team.hints.length > 0).map((team) => ({ ...team, groups: groupHintsByRule(team.hints) })),
  };
}

/**
 * Hints sorted for reading: grouped by rule in catalogue order, and counted
 * by what they are about (the team's rhythm, objectives and key results,
 * check-ins), from each rule's `subject` rather than from the shape of ids.
 */
import type { Hint } from './hint.ts';
import { RULES, ruleById, type CoachingRule } from './rules.ts';

/** The hints of one rule. */
export interface RuleGroup {
  rule: CoachingRule;
  hints: Hint[];
}

/** Hints grouped by rule, in the catalogue's order; a rule without hints has no group. */
export function groupHintsByRule(hints: readonly Hint[]): RuleGroup[] {
  const order = new Map(RULES.map((rule, i) => [rule.id, i]));
  const groups = new Map<string, RuleGroup>();
  for (const hint of hints) {
    const rule = ruleById(hint.rule);
    if (!rule) continue;
    const group = groups.get(rule.id);
    if (group) group.hints.push(hint);
    else groups.set(rule.id, { rule, hints: [hint] });
  }
  return [...groups.values()].sort((a, b) => order.get(a.rule.id)! - order.get(b.rule.id)!);
}

/** How many hints are about the team as a whole, its objectives (key results included) and its check-ins. */
export interface HintCounts {
  total: number;
  team: number;
  objectives: number;
  checkIns: number;
}

/** Counts hints by their rule's subject. */
export function countHintsBySubject(hints: readonly Hint[]): HintCounts {
  const counts: HintCounts = { total: hints.length, team: 0, objectives: 0, checkIns: 0 };
  for (const hint of hints) {
    const subject = ruleById(hint.rule)?.subject;
    if (subject === 'objective' || subject === 'key-result') counts.objectives += 1;
    else if (subject === 'check-in') counts.checkIns += 1;
    else counts.team += 1;
  }
  return counts;
}

/** The coaching pages' data: the report's cycles, every rule with its hints now, and one rule's hints in the current cycles. */
import { guidePagesFor, RULES, ruleById, type CoachingRule, type Hint } from '../../coaching/index.ts';
import type { CycleResult } from '../../figures/index.ts';
import type { GuidePage } from '../../model/types.ts';
import { currentCycles } from '../current.ts';
import type { PageContext } from './context.ts';

/** The coaching report (`/coach/`): the current cycle(s), then every other cycle with teams, newest first. */
export function coachPage({ figures }: Pick<PageContext, 'figures'>): { readonly current: readonly CycleResult[]; readonly others: readonly CycleResult[] } {
  const current = currentCycles(figures);
  return { current, others: [...figures.cycles].reverse().filter((c) => c.scorecards.length > 0 && !current.includes(c)) };
}

/** Every rule (`/coach/rules/`), with how many hints it raises across the site; null when the site switches it off. */
export function rulesPage({ coaching }: Pick<PageContext, 'coaching'>): ReadonlyArray<{ rule: CoachingRule; hints: number | null }> {
  return RULES.map((rule) => ({ rule, hints: coaching.enabled.has(rule.id) ? coaching.hints.filter((h) => h.rule === rule.id).length : null }));
}

/** One rule's page (`/coach/rules/<rule>/`): the guide pages that explain it, and its hints in the current cycles. */
export function rulePage({ model, figures, coaching }: Pick<PageContext, 'model' | 'figures' | 'coaching'>, id: string): { readonly rule: CoachingRule; readonly guides: readonly GuidePage[]; readonly now: readonly Hint[] } {
  const rule = ruleById(id)!;
  const current = new Set(figures.current);
  return { rule, guides: guidePagesFor(rule.id, model), now: coaching.hints.filter((h) => h.rule === rule.id && current.has(h.cycle)) };
}

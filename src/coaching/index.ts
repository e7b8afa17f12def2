/** Coaching: the rule catalogue and the hints it yields. */
import type { Model, GuidePage } from '../model/types.ts';
import { ruleById } from './rules.ts';

export * from './rules.ts';
export * from './hint.ts';
export * from './hints.ts';
export * from './task-shaped.ts';
export * from './continuity.ts';
export * from './health.ts';

/**
 * The guide pages that explain a rule: every page whose `rules` names it,
 * and the rule's built-in page when the handbook has it. In guide order.
 */
export function guidePagesFor(ruleId: string, model: Model): GuidePage[] {
  const builtIn = ruleById(ruleId)?.guide;
  return model.guide.filter((page) => page.rules.includes(ruleId) || page.id === builtIn);
}
export * from './hint-groups.ts';

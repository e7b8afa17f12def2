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
 * and the rule's built-in page (also in a language folder: `ms/check-ins`)
 * when the handbook has it. Pages in the site's language folder
 * (`guide/ms/...` for `locale: ms-MY`) come first, so a hint links to the
 * page its reader reads; then guide order.
 */
export function guidePagesFor(ruleId: string, model: Pick<Model, 'guide' | 'settings'>): GuidePage[] {
  const builtIn = ruleById(ruleId)?.guide;
  const folder = `${languageOf(model.settings.locale)}/`;
  const pages = model.guide.filter((page) => page.rules.includes(ruleId) || page.id === builtIn || (builtIn !== undefined && page.id.endsWith(`/${builtIn}`)));
  return [...pages.filter((page) => page.id.startsWith(folder)), ...pages.filter((page) => !page.id.startsWith(folder))];
}

/** The language subtag of a BCP 47 locale (`ms-MY` -> `ms`). */
function languageOf(locale: string): string {
  try {
    return new Intl.Locale(locale).language;
  } catch {
    return locale;
  }
}
export * from './hint-groups.ts';

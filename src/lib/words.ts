/**
 * Counted nouns and possessives as people write them: "1 month", "2 months",
 * "Sales' score". The plural category comes from Intl.PluralRules for the
 * site's locale, so a language with other categories can add its forms.
 */

/** The forms of a noun by plural category; `other` is required, the rest fall back to it. */
export type NounForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

/** The form of a noun for a count: `noun(1, { one: 'month', other: 'months' })` is `month`. */
export function noun(count: number, forms: NounForms, locale = 'en'): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return forms[rule.select(count)] ?? forms.other;
}

/** A count with its noun: `counted(3, { one: 'week', other: 'weeks' })` is `3 weeks`. */
export function counted(count: number, forms: NounForms, locale = 'en'): string {
  return `${count} ${noun(count, forms, locale)}`;
}

/**
 * An English possessive: `Marketing's`, but `Sales'` and `Operations'`: a
 * name ending in s takes the apostrophe alone, as a team name usually is a
 * plural noun ("Sales's score" reads as a typo).
 */
export function possessive(name: string): string {
  return /s$/i.test(name.trim()) ? `${name}'` : `${name}'s`;
}

/**
 * The shape of an interface-string catalogue: the keys of the English one
 * (src/i18n/en.ts), each a message or, where a number decides the words, a
 * message per plural category (`Intl.PluralRules`).
 */
import type { en } from './en.ts';

/** Messages per plural category; `other` is required, as every language has it. */
export type Plural = { other: string } & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>;

/** One interface string. */
export type Message = string | Plural;

/** Every interface-string key. */
export type UiKey = keyof typeof en;

/** Keys whose message depends on a `count`. */
export type PluralKey = { [K in UiKey]: (typeof en)[K] extends string ? never : K }[UiKey];

/**
 * A complete catalogue: every key of the English one, a plural where
 * English has one. A missing key is a type error.
 */
export type Catalogue = { readonly [K in UiKey]: (typeof en)[K] extends string ? string : Plural };

/** How the words of one coaching rule read: its short title, when it fires, its question. */
export interface RuleWords {
  title: string;
  fires: string;
  question: string;
  /** How to rewrite what fires it, for the rules that have a pattern for that. */
  rewrite?: string;
}

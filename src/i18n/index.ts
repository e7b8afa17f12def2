/**
 * Interface languages, the way Starlight does UI strings: one typed
 * catalogue per language (src/i18n/<lang>.ts), the site's `locale` picking
 * one, `i18n/<lang>.yaml` in the content root overriding any string
 * (src/i18n/overrides.ts), English as the fallback.
 * @see https://github.com/withastro/starlight/blob/main/packages/starlight/utils/createTranslationSystem.ts
 */
import { formatter } from '../lib/format.ts';
import { escapeHtml } from '../lib/html.ts';
import { possessive } from '../lib/words.ts';
import type { Catalogue, Message, Plural, PluralKey, RuleWords, UiKey } from './catalogue.ts';
import { en, enRules } from './en.ts';
import { ms, msRules } from './ms.ts';

export type { Catalogue, Message, Plural, PluralKey, RuleWords, UiKey } from './catalogue.ts';

/** A link as an HTML value of `t.html` (text and address escaped). */
export function htmlLink(url: string, text: string): { html: string } {
  return { html: `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` };
}

/** The languages okrbook ships, by their BCP 47 language subtag. */
export const LANGUAGES = { en, ms } as const satisfies Record<string, Catalogue>;
export type Language = keyof typeof LANGUAGES;

/** Coaching rules' words per language, by rule id (the rules themselves: src/coaching/rules.ts). */
export const RULE_WORDS: Record<Language, Readonly<Record<string, RuleWords>>> = { en: enRules, ms: msRules };

/** The interface language of a locale: its language when okrbook ships it (`ms-MY` -> `ms`), else English. */
export function interfaceLanguage(locale: string): Language {
  const language = new Intl.Locale(locale).language;
  return language in LANGUAGES ? (language as Language) : 'en';
}

/** A message to be said in whichever language: its key and the values it is filled with (a coaching hint keeps one). */
export interface Text {
  key: UiKey;
  values: Values;
}

/**
 * Values a message is filled with: `{name}` placeholders, a message of their own (`Text`), or a list of messages
 * (said one after another, separated by semicolons); `count` also picks the plural form.
 */
export type Values = Record<string, string | number | Text | readonly Text[]>;

/** Values for `t.html`: text is escaped, `{ html }` is inserted as it is. */
export type HtmlValues = Record<string, string | number | Text | readonly Text[] | { html: string }>;

/** The interface strings of one site. */
export interface Translate {
  /** The message of `key` filled with `values`, as text. */
  (key: UiKey, values?: Values): string;
  /** A message that figures and coaching hand over (`Text`: a key and its values), as text. */
  say(text: Text): string;
  /** The message as HTML: its own markup (`<code>`, `<a>`) kept, values escaped unless given as `{ html }`. */
  html(key: UiKey, values?: HtmlValues): string;
  /** Every plural form of a message, for code that picks the form itself (the search page's script). */
  forms(key: PluralKey): Plural;
  /** A key result's value with its unit, as `Formatter.value` gives it, with done / not done in this language. */
  value(value: number | boolean | null | undefined, unit?: string): string;
  /** A coaching rule's title, question and "fires when", in this language (English for a rule not yet translated). */
  rule(id: string): RuleWords | undefined;
  /** The interface language. */
  language: Language;
  /**
   * The `<html lang>` of the pages: the site's locale, the language its content is written in (also when
   * okrbook has no interface in it and shows English); the search index is made in the same language.
   */
  lang: string;
}

/**
 * `{name}`, or `{name|whose}` for a name as an English possessive ("Marketing's", "Sales'"):
 * a form of the value that one language needs and another does not.
 */
export const PLACEHOLDER = /\{(\w+)(?:\|(whose))?\}/g;


/**
 * The translator for a locale, with strings overridden by key (already
 * checked by src/i18n/overrides.ts). Numbers in values are formatted for the
 * locale; a plural message is chosen by `Intl.PluralRules` on `count`.
 */
export function createTranslator(locale: string, overrides: Readonly<Record<string, Message>> = {}): Translate {
  const language = interfaceLanguage(locale);
  const catalogue: Readonly<Record<string, Message>> = { ...en, ...LANGUAGES[language], ...overrides };
  // Plural categories belong to the language (`ms` has only `other`: "1 minggu", "3 minggu").
  const plurals = new Intl.PluralRules(language);
  const fmt = formatter(locale);
  const pick = (key: UiKey, values: Record<string, unknown>): string => {
    const message: Message = catalogue[key] ?? en[key];
    if (typeof message === 'string') return message;
    const count = values.count;
    return (typeof count === 'number' ? message[plurals.select(count)] : undefined) ?? message.other;
  };
  const fill = (message: string, values: Record<string, unknown>, show: (value: unknown) => string) =>
    message.replace(PLACEHOLDER, (whole, name: string, form: string | undefined) => {
      if (!(name in values)) return whole;
      const shown = show(values[name]);
      return form === 'whose' ? possessive(shown) : shown;
    });
  const isText = (value: unknown): value is Text => typeof value === 'object' && value !== null && 'key' in value && 'values' in value;
  const text = (value: unknown): string =>
    typeof value === 'number' ? fmt.number(value) : isText(value) ? t(value.key, value.values) : Array.isArray(value) ? value.map(text).join('; ') : String(value);
  const t = ((key: UiKey, values: Values = {}) => fill(pick(key, values), values, text)) as Translate;
  t.say = (text) => t(text.key, text.values);
  t.html = (key, values = {}) => fill(pick(key, values), values, (value) => (typeof value === 'object' && value !== null && 'html' in value ? String(value.html) : escapeHtml(text(value))));
  t.forms = (key) => {
    const message = catalogue[key] ?? en[key];
    return typeof message === 'string' ? { other: message } : message;
  };
  t.value = (value, unit) => (typeof value === 'boolean' ? t(value ? 'value.done' : 'value.notDone') : fmt.value(value, unit));
  // English fills in what a language leaves out (a rule not yet translated, or its rewrite).
  t.rule = (id) => (RULE_WORDS.en[id] ? { ...RULE_WORDS.en[id], ...RULE_WORDS[language][id] } : undefined);
  t.language = language;
  t.lang = locale;
  return t;
}

/** English as `check` and the JSON exports speak it: the catalogue, no overrides. */
export const english: Translate = createTranslator('en');

const bySite = new WeakMap<object, Translate>();

/** The translator of a site: its `locale` and its `i18n/<lang>.yaml` overrides; made once per model. */
export function translatorOf(model: { settings: { locale: string }; interfaceStrings?: Readonly<Record<string, Message>> }): Translate {
  let t = bySite.get(model);
  if (!t) {
    t = createTranslator(model.settings.locale, model.interfaceStrings);
    bySite.set(model, t);
  }
  return t;
}

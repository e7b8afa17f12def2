/**
 * `i18n/<lang>.yaml` in the content root (content.md, Interface strings):
 * the site's own words for any interface string of a shipped language, by
 * key. Every key, plural form and `{value}` is checked against the English
 * catalogue, and a mistake is an error with its file, line and the closest
 * key, like any other content error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sortFindings, type Finding } from '../model/findings.ts';
import { parseSource } from '../model/source.ts';
import type { Model } from '../model/types.ts';
import type { Message } from './catalogue.ts';
import { en } from './en.ts';
import { interfaceLanguage, LANGUAGES, PLACEHOLDER } from './index.ts';
import { editDistance } from '../lib/edit-distance.ts';

/** The strings a site overrides in its interface language, and the mistakes in every `i18n/` file. */
export interface InterfaceStrings {
  strings: Record<string, Message>;
  findings: Finding[];
}

const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/**
 * A loaded model with the site's interface strings on it (`model.interfaceStrings`, which
 * the pages' translator reads and the warm build tracks), their mistakes among the findings.
 */
export function withInterfaceStrings<Loaded extends { model: Model; findings: Finding[] }>(loaded: Loaded, contentRoot: string): Loaded {
  const strings = loadInterfaceStrings(contentRoot, loaded.model.settings.locale);
  if (Object.keys(strings.strings).length > 0) loaded.model.interfaceStrings = strings.strings;
  if (strings.findings.length === 0) return loaded;
  return { ...loaded, findings: sortFindings([...loaded.findings, ...strings.findings]) };
}

/** Reads `i18n/*.yaml` of a content root; returns the overrides of `locale`'s interface language. */
export function loadInterfaceStrings(contentRoot: string, locale: string): InterfaceStrings {
  const dir = path.join(contentRoot, 'i18n');
  const result: InterfaceStrings = { strings: {}, findings: [] };
  if (!existsSync(dir)) return result;
  const wanted = interfaceLanguage(locale);
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('_') || name.startsWith('.')) continue;
    const file = `i18n/${name}`;
    const language = /^([a-z]{2,3})\.ya?ml$/.exec(name)?.[1];
    if (!language || !(language in LANGUAGES)) {
      result.findings.push({ file, line: 1, level: 'error', code: 'unknown-language', message: `okrbook ships the interface languages ${Object.keys(LANGUAGES).join(', ')}; name the file after one of them (e.g. \`i18n/ms.yaml\`), or start its name with \`_\` to keep it aside` });
      continue;
    }
    const strings = readStrings(file, readFileSync(path.join(dir, name)), result.findings);
    if (language === wanted) Object.assign(result.strings, strings);
  }
  return result;
}

/** The checked strings of one file; its mistakes go to `findings`. */
function readStrings(file: string, bytes: Uint8Array, findings: Finding[]): Record<string, Message> {
  const source = parseSource(file, bytes, { frontMatter: false });
  if (Array.isArray(source)) {
    findings.push(...source);
    return {};
  }
  const error = (line: number, code: string, message: string, field?: string) => findings.push({ file, line, level: 'error', code, message, ...(field ? { field } : {}) });
  if (source.data === null || source.data === undefined) return {};
  if (typeof source.data !== 'object' || Array.isArray(source.data)) {
    error(1, 'invalid-value', 'expected interface strings by key, one per line, e.g. `nav.home: Laman utama`');
    return {};
  }
  const strings: Record<string, Message> = {};
  for (const [key, value] of Object.entries(source.data as Record<string, unknown>)) {
    const line = source.lineOf([key]);
    if (!(key in en)) {
      error(line, 'unknown-string', `\`${key}\` is not an interface string; did you mean \`${closestKey(key)}\`? (every key is in src/i18n/en.ts)`, key);
      continue;
    }
    const english = en[key as keyof typeof en];
    const allowed = new Set((typeof english === 'string' ? [english] : Object.values(english)).flatMap((m) => [...m.matchAll(PLACEHOLDER)].map((match) => match[1]!)));
    const checkValues = (text: string, field: string) => {
      const unknown = [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!).filter((name) => !allowed.has(name));
      if (unknown.length) error(source.lineOf(field === key ? [key] : [key, field.slice(key.length + 1)]), 'unknown-value', `\`{${unknown[0]}}\` is not filled in for this string; it can use ${allowed.size ? [...allowed].map((n) => `\`{${n}}\``).join(', ') : 'no values'}`, field);
      return unknown.length === 0;
    };
    if (typeof value === 'string' && value.trim() !== '') {
      if (checkValues(value, key)) strings[key] = typeof english === 'string' ? value : { other: value };
    } else if (typeof english !== 'string' && value && typeof value === 'object' && !Array.isArray(value)) {
      const forms = value as Record<string, unknown>;
      const bad = Object.keys(forms).find((form) => !(PLURAL_FORMS as readonly string[]).includes(form) || typeof forms[form] !== 'string');
      if (bad !== undefined || typeof forms.other !== 'string') {
        error(line, 'invalid-value', `expected text, or text per plural form (${PLURAL_FORMS.join(', ')}) with at least \`other\``, bad === undefined ? key : `${key}.${bad}`);
      } else if (Object.entries(forms).every(([form, text]) => checkValues(text as string, `${key}.${form}`))) {
        strings[key] = forms as Message;
      }
    } else {
      error(line, 'invalid-value', typeof english === 'string' ? 'expected text' : 'expected text, or text per plural form (`one: …`, `other: …`)', key);
    }
  }
  return strings;
}

/** The interface-string key nearest to a mistyped one (edit distance, ties to the first in the catalogue). */
export function closestKey(typo: string): string {
  let best = '';
  let bestDistance = Infinity;
  for (const key of Object.keys(en)) {
    const distance = editDistance(typo.toLowerCase(), key.toLowerCase());
    if (distance < bestDistance) {
      best = key;
      bestDistance = distance;
    }
  }
  return best;
}

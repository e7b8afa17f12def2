/**
 * `i18n/<lang>.yaml` in the content root (content.md, Interface strings):
 * the site's own words for any interface string of a shipped language, by
 * key. Every key, plural form and `{value}` is checked against the English
 * catalogue, and a mistake is an error with its file, line and the closest
 * key, like any other content error.
 */
import { readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { sortFindings, type Finding } from '../model/findings.ts';
import { parseSource } from '../model/source.ts';
import type { Model } from '../model/types.ts';
import { DEFAULT_MAX_FILE_BYTES, inspect, readContentFile } from '../model/walk.ts';
import { controlFindings } from '../model/validate.ts';
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
export function withInterfaceStrings<Loaded extends { model: Model; findings: Finding[] }>(loaded: Loaded, contentRoot: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Loaded {
  const strings = loadInterfaceStrings(contentRoot, loaded.model.settings.locale, maxBytes);
  if (Object.keys(strings.strings).length > 0) loaded.model.interfaceStrings = strings.strings;
  if (strings.findings.length === 0) return loaded;
  return { ...loaded, findings: sortFindings([...loaded.findings, ...strings.findings]) };
}

/**
 * Reads `i18n/*.yaml` of a content root; returns the overrides of `locale`'s
 * interface language. The folder and its files are read under the same
 * policy as every other content file (src/model/walk.ts): a FIFO or device
 * is never opened, a link is followed only inside the root, no file is read
 * past the size limit, and anything else there is a finding naming it.
 */
export function loadInterfaceStrings(contentRoot: string, locale: string, maxBytes = DEFAULT_MAX_FILE_BYTES): InterfaceStrings {
  const result: InterfaceStrings = { strings: {}, findings: [] };
  const { findings } = result;
  let root: string;
  try {
    root = realpathSync(contentRoot);
  } catch {
    return result;
  }
  const folder = inspect(root, path.join(contentRoot, 'i18n'), 'i18n', findings);
  if (!folder) return result;
  if (folder.kind !== 'folder') {
    findings.push(fileError('i18n', 'not-a-folder', 'this is a file, but `i18n` is the folder of interface strings, one file per language (e.g. `i18n/ms.yaml`); move its strings into such a file'));
    return result;
  }
  let names: string[];
  try {
    names = readdirSync(folder.real);
  } catch (error) {
    findings.push(fileError('i18n', 'unreadable', `the folder cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); give the build user read permission, or remove it`));
    return result;
  }
  const wanted = interfaceLanguage(locale);
  for (const name of names.sort()) {
    if (name.startsWith('_') || name.startsWith('.')) continue;
    const file = `i18n/${name}`;
    const found = inspect(root, path.join(folder.real, name), file, findings);
    if (!found) continue;
    if (found.kind === 'folder') {
      findings.push(fileError(file, 'not-a-file', 'this is a folder; interface strings are files named after their language (e.g. `i18n/ms.yaml`): move it aside, or start its name with `_`'));
      continue;
    }
    const language = /^([a-z]{2,3})\.ya?ml$/.exec(name)?.[1];
    if (!language || !(language in LANGUAGES)) {
      findings.push(fileError(file, 'unknown-language', `okrbook ships the interface languages ${Object.keys(LANGUAGES).join(', ')}; name the file after one of them (e.g. \`i18n/ms.yaml\`), or start its name with \`_\` to keep it aside`));
      continue;
    }
    if (found.stats.size > maxBytes) {
      findings.push(fileError(file, 'file-too-large', `the file is larger than the limit of ${Math.round(maxBytes / 1024 / 1024)} MB; interface strings are a few lines each, so it is likely not the file you meant (or raise OKRBOOK_MAX_FILE_MB)`));
      continue;
    }
    const bytes = readContentFile(found.real, file, maxBytes);
    if (!(bytes instanceof Uint8Array)) {
      findings.push(bytes);
      continue;
    }
    const strings = readStrings(file, bytes, findings);
    if (language === wanted) Object.assign(result.strings, strings);
  }
  return result;
}

function fileError(file: string, code: string, message: string): Finding {
  return { file, line: 1, level: 'error', code, message };
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
  // Interface strings reach pages, the feed and calendars like any content.
  const controls = controlFindings(source);
  if (controls.length > 0) {
    findings.push(...controls);
    return {};
  }
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

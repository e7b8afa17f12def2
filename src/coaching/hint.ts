/**
 * A coaching hint: the rule that fired, where (file, line, team, cycle, and
 * what inside the file), and its words as an interface string with its
 * values (`Text`), said in the site's language where it is shown
 * (src/i18n) and in English by `check` and the JSON.
 */
import type { Text, UiKey, Values } from '../i18n/index.ts';

export interface Hint {
  rule: string;
  /** File relative to the content root. */
  file: string;
  line: number;
  team: string;
  cycle: string;
  /** What in the file: a key-result id, a field, or null for the team as a whole. */
  target: string | null;
  /** The objective or check-in id the hint sits next to, when there is one. */
  entry: string | null;
  /** The message: an interface string (src/i18n/en.ts, `hint.*`) and its values. */
  text: Text;
}

/** A hint's message: the interface string `key` filled with `values`. */
export function hintText(key: UiKey, values: Values = {}): Text {
  return { key, values };
}

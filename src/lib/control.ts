/**
 * Control characters in text that okrbook publishes. XML 1.0 forbids the
 * C0 controls but tab, LF and CR (a feed holding one is rejected whole by
 * readers), RFC 5545 TEXT excludes them, and in a page or a terminal they
 * hide or rewrite what is shown. `check` refuses them in content
 * (`CONTENT_CONTROL`: CR too, as a line break is written LF); every writer
 * strips what is left regardless (`withoutControlCharacters`).
 */

/** What content text may not hold: C0 controls but tab and LF, and DEL. */
export const CONTENT_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/** What no published text file holds: C0 controls but tab, LF and CR, and DEL (a body may hold CR: CRLF files). */
export const BODY_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const PUBLISHED_CONTROL = new RegExp(BODY_CONTROL.source, 'g');

/** `text` without the control characters no published file may hold (tab, LF and CR kept). */
export function withoutControlCharacters(text: string): string {
  return text.replace(PUBLISHED_CONTROL, '');
}

/** The name of a control character as people look it up: `U+001B (ESC)`. */
export function controlName(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const names = ['NUL', 'SOH', 'STX', 'ETX', 'EOT', 'ENQ', 'ACK', 'BEL', 'BS', 'TAB', 'LF', 'VT', 'FF', 'CR', 'SO', 'SI', 'DLE', 'DC1', 'DC2', 'DC3', 'DC4', 'NAK', 'SYN', 'ETB', 'CAN', 'EM', 'SUB', 'ESC', 'FS', 'GS', 'RS', 'US'];
  const name = code === 0x7f ? 'DEL' : names[code];
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` (${name})` : ''}`;
}

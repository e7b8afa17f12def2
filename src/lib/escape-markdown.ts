/**
 * Text copied into a Markdown body (the scaffolds of `new handover`, `new
 * objective --carry`, `new team`) must read as written and never become
 * markup: a title such as `[click](javascript:…)` or `<img onerror=…>` would
 * otherwise be a live link or element once the page is built. Every
 * character Markdown, HTML or MDX reads as syntax is escaped with a
 * backslash (CommonMark escapes any ASCII punctuation), line breaks become
 * spaces so the text stays on its line, and what would open a block at the
 * start of a line (`#`, `>`, `-`, `+`, `1.`) is escaped there.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]<>|~]/g, (char) => `\\${char}`)
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/^([#>+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

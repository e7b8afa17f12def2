/**
 * Interface prose that quotes settings and field names the way Markdown
 * does (`coaching.output_verbs`): rule descriptions, questions, rewrites. A
 * reader sees the name set as code, never the backticks; `check` prints the
 * same words with their backticks in a terminal.
 */
import { escapeHtml } from '../lib/html.ts';

/** `text` as HTML: escaped, each `code` span set as <code>, `**strong**` as <strong>; nothing else is markup. */
export function inlineMarkdown(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

/** `text` without Markdown's code and strong marks, for places that take plain text (a title attribute, an excerpt). */
export function plainText(text: string): string {
  return text.replace(/`([^`]+)`/g, '$1').replace(/\*\*([^*]+)\*\*/g, '$1');
}

/** HTML text: the one escaper every module that writes markup by hand uses. */

/** `text` safe as HTML text or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

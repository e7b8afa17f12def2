/**
 * The readable text of a Markdown or MDX body, for the search index: marks,
 * tags, link targets, imports and expressions removed, words kept.
 */
export function markdownToText(body: string): string {
  return body
    .replace(/<!--[\s\S]*?(?:-->|$(?![\s\S]))/g, ' ') // HTML comments, never shown, never indexed (unclosed: to the end, as HTML reads it)
    .replace(/^\s*(import|export)\s.*$/gm, ' ') // MDX module lines
    .replace(/```[^\n]*\n([\s\S]*?)```/g, '$1') // fenced code: keep the code's words
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: their alt text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links: their text
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // HTML and JSX tags
    .replace(/\{[^{}]*\}/g, ' ') // MDX expressions
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '') // headings, quotes, list marks
    .replace(/(\*\*|__|\*|_|~~|`)/g, '') // emphasis and code marks
    .replace(/^\s*\|?\s*:?-{3,}.*$/gm, ' ') // table rules
    .replace(/\|/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The readable text of an entry's body (MDX when its file is `.mdx`). */
export function bodyText(entry: { file: string; body: string }): string {
  return markdownToText(entry.body);
}

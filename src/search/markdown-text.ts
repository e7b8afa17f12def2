/**
 * The words a reader sees in a Markdown or MDX body, for the search index
 * and its excerpts. Derived from the tree Astro's own Markdown processor
 * makes of the body (Sätteri, with Astro's default GFM and smart
 * punctuation), not from a second reading of the source: what the page does
 * not show is not indexed. So comments (`<!-- -->`, MDX comments, `[//]: #
 * (...)`), link reference definitions, MDX expressions and `import`/`export`
 * lines never reach the index, however they nest; raw HTML is read as a
 * browser reads it (an unclosed comment hides the rest; no script or style
 * text); a component's children are its words, its attributes are not.
 */
import { htmlToHast, markdownToHast, mdxToHast } from 'satteri';
import { escapeHtml } from '../lib/html.ts';

/** Astro's defaults (`markdown.gfm`, `markdown.smartypants`), as the pages render bodies. */
const FEATURES = { gfm: true, smartPunctuation: true } as const;

interface Node {
  type: string;
  tagName?: string;
  value?: unknown;
  properties?: Record<string, unknown>;
  children?: Node[];
}

/** Elements whose text a page never shows. */
const UNSHOWN = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link']);
/** Elements within a line: no space around their words. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);
/** Elements that have no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);


/**
 * The HTML of a body's tree as far as words go: text escaped, raw HTML as
 * written, MDX expressions and ESM left out (their output is not the
 * author's text), a component as its children.
 */
function html(node: Node): string {
  const inner = () => (node.children ?? []).map(html).join('');
  switch (node.type) {
    case 'root':
      return inner();
    case 'text':
      return escapeHtml(String(node.value ?? ''));
    case 'raw':
      return String(node.value ?? '');
    case 'element': {
      const tag = node.tagName ?? 'span';
      const alt = tag === 'img' && typeof node.properties?.alt === 'string' ? ` alt="${escapeHtml(node.properties.alt)}"` : '';
      return VOID.has(tag) ? `<${tag}${alt}>` : `<${tag}>${inner()}</${tag}>`;
    }
    case 'mdxJsxFlowElement':
      return `<div>${inner()}</div>`;
    case 'mdxJsxTextElement':
      return inner();
    default:
      // comment, doctype, mdxFlowExpression, mdxTextExpression, mdxjsEsm
      return '';
  }
}

/** Whether a tree holds raw HTML. */
function hasRaw(node: Node): boolean {
  return node.type === 'raw' || (node.children ?? []).some(hasRaw);
}

/** The words of a parsed page: text nodes and image descriptions, blocks apart, nothing hidden. */
function words(node: Node, out: string[]): void {
  if (node.type === 'text') {
    out.push(String(node.value ?? ''));
    return;
  }
  // A component shows its children (an MDX tree read directly); expressions, ESM and comments show nothing.
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    if (node.type === 'mdxJsxFlowElement') out.push(' ');
    for (const child of node.children ?? []) words(child, out);
    if (node.type === 'mdxJsxFlowElement') out.push(' ');
    return;
  }
  if (node.type !== 'element' && node.type !== 'root') return;
  const tag = node.tagName ?? '';
  if (UNSHOWN.has(tag) || node.properties?.hidden !== undefined) return;
  if (tag === 'img' && typeof node.properties?.alt === 'string') out.push(` ${node.properties.alt} `);
  const block = node.type === 'element' && !INLINE.has(tag);
  if (block) out.push(' ');
  for (const child of node.children ?? []) words(child, out);
  if (block) out.push(' ');
}

/** The words a reader sees in a body; `mdx` for an `.mdx` file's. A body that does not compile (which `check` refuses) gives none. */
export function markdownToText(body: string, { mdx = false } = {}): string {
  let tree: Node;
  try {
    tree = (mdx ? mdxToHast(body, { features: FEATURES, position: false }) : markdownToHast(body, { features: FEATURES, position: false })) as unknown as Node;
  } catch {
    return '';
  }
  // With raw HTML, the page is read again as a browser reads it, so the HTML counts as it shows
  // (an unclosed comment hides the rest); without, the tree is the page already.
  const page = hasRaw(tree) ? (htmlToHast(html(tree), { fragment: true }) as unknown as Node) : tree;
  const out: string[] = [];
  words(page, out);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** The words a reader sees in an entry's body (MDX when its file is `.mdx`). */
export function bodyText(entry: { file?: string; body: string }): string {
  return markdownToText(entry.body, { mdx: /\.mdx$/i.test(entry.file ?? '') });
}

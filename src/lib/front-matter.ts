/** The one way okrbook writes a content file: YAML front matter between `---` lines, then the body (content.md). */

/** A Markdown file from its front matter (YAML, without the `---` lines) and its body; a file without a body ends at the closing `---`. */
export function frontMatterFile(frontMatter: string, body = ''): string {
  const text = body.trimEnd();
  return `---\n${frontMatter.trimEnd()}\n---\n${text ? `${text}\n` : ''}`;
}

/**
 * A message of `check` for a page: `check` writes a field name or an
 * example between backticks (`to: [Nurul Huda]`), as the terminal shows it;
 * a page shows that part as code, and never any of it as markup.
 */
export function messageNodes(message: string): Node[] {
  return message.split(/`([^`\n]+)`/).map((part, index) => {
    if (index % 2 === 0) return document.createTextNode(part);
    const code = document.createElement('code');
    code.textContent = part;
    return code;
  });
}

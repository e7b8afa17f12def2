/**
 * Cells a spreadsheet would run as formulas ("CSV injection", OWASP): text
 * that starts with `=`, `+`, `-`, `@`, tab or CR. The cycle CSV writes such
 * a cell with a `'` in front, which spreadsheets show as text, and `import
 * csv` takes the `'` off again, so export -> import gives back what was
 * written. A cell that already starts with `'`s before such a character gets
 * one more, so the round trip holds for it too. Numbers (`-5`, `+1e3`) are
 * numbers, not formulas, and stay as they are.
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */

/** A number as a spreadsheet writes it: `1200`, `-3.5`, `1e3`. */
export const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Text a spreadsheet would read as a formula, after any `'`s. */
const FORMULA_LEAD = /^'*[=+\-@\t\r]/;

/** A cell's text as the CSV writes it: formula-leading text gets a `'` in front. */
export function neutraliseCell(text: string): string {
  return FORMULA_LEAD.test(text) && !NUMBER_TEXT.test(text) ? `'${text}` : text;
}

/** The text a neutralised cell stands for (the inverse of `neutraliseCell`). */
export function restoreCell(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

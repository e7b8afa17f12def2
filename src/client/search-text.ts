/**
 * The search page's arithmetic and wording, apart from the DOM so that unit
 * tests read it: how many results a page of them holds, and excerpts that do
 * not repeat the heading they sit under.
 */

/** Results shown at first, and added by each "Show more". */
export const RESULTS_PER_PAGE = 20;

/** How many results to show after `shown` of `total` and one more request. */
export function nextShown(shown: number, total: number, step: number = RESULTS_PER_PAGE): number {
  return Math.min(total, shown + step);
}

/**
 * An excerpt (Pagefind's HTML, `<mark>` highlights) without its heading in
 * front: a sub-result's text starts with the heading it is titled by
 * ("Key results. Monthly gross revenue churn"), which the label says already.
 */
export function excerptAfterTitle(excerpt: string, title: string): string {
  const plain = (html: string) => html.replace(/<\/?mark>/g, '');
  const trimmed = title.trim();
  if (!trimmed) return excerpt;
  // Walk the excerpt's characters, skipping <mark> tags, until the title's have all been matched.
  let i = 0;
  let matched = 0;
  while (i < excerpt.length && matched < trimmed.length) {
    const tag = /^<\/?mark>/.exec(excerpt.slice(i));
    if (tag) {
      i += tag[0].length;
      continue;
    }
    if (excerpt[i]!.toLocaleLowerCase() !== trimmed[matched]!.toLocaleLowerCase()) return excerpt;
    i++;
    matched++;
  }
  if (matched < trimmed.length) return excerpt;
  const rest = excerpt.slice(i).replace(/^(<\/mark>)?[.:]?\s*/, (whole, close: string | undefined) => close ?? '');
  return plain(rest).trim() ? rest : excerpt;
}

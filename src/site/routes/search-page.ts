/**
 * The search page's data: the filters and how many pages each value holds
 * (written into the page, so a first search does not load Pagefind's filter
 * index), and words to try, from this site's own check-ins.
 */
import { searchFilters, searchRecords, type SearchFilter } from '../../search/records.ts';
import { siteSuggestions } from '../../search/suggestions.ts';
import type { PageContext } from './context.ts';

/** What the search page prints besides its words. */
export interface SearchPage {
  readonly filters: readonly SearchFilter[];
  /** Words the latest check-ins use most (never a fixed list). */
  readonly suggestions: readonly string[];
}

/** The search page of the site. */
export function searchPage({ model, figures }: Pick<PageContext, 'model' | 'figures'>): SearchPage {
  return { filters: searchFilters(model, searchRecords(model, figures)), suggestions: siteSuggestions(model) };
}

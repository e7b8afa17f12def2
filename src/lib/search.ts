/** How a page presents itself to search: its result title, filters and date. */
import type { Grade } from '../figures/index.ts';
import type { Day } from './dates.ts';

/** The kinds of page search can filter by. */
export type SearchType = 'objective' | 'check-in' | 'team' | 'cycle' | 'guide';

export interface SearchEntry {
  type: SearchType;
  /** The result title, readable out of context ("Sales · Q3 2026 · scorecard"). */
  title: string;
  /** For "newest first". */
  date: Day;
  cycle?: string;
  team?: string;
  grade?: Grade | null;
}

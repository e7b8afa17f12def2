/** A handbook page's data: the outline of its headings, the rules it explains, and the pages before and after it. */
import { ruleById, type CoachingRule } from '../../coaching/index.ts';
import type { GuidePage } from '../../model/types.ts';
import type { PageContext } from './context.ts';
import { editTarget, type EditTarget } from '../edit-link.ts';

/** A heading of a rendered body (Astro's `MarkdownHeading`). */
export interface Heading {
  readonly depth: number;
  readonly slug: string;
  readonly text: string;
}

/** What a handbook page prints besides its body. */
export interface GuidePageData {
  /** The page, or none for a handbook without an index page. */
  readonly page: GuidePage | undefined;
  /** Every page of the handbook, for its navigation. */
  readonly pages: ReadonlyArray<GuidePage>;
  /** The body's second-level headings; the outline is shown when there are two or more. */
  readonly outline: ReadonlyArray<Heading>;
  /** The coaching rules the page explains (its `rules`), those okrbook knows. */
  readonly rules: ReadonlyArray<CoachingRule>;
  readonly previous: GuidePage | undefined;
  readonly next: GuidePage | undefined;
  /** The page's file in the host's web editor; none without site.yaml `repository`. */
  readonly edit: EditTarget | undefined;
}

/** The ids of the handbook's pages below /guide/ (the index page is /guide/ itself). */
export function guidePageIds({ model }: Pick<PageContext, 'model'>): string[] {
  return model.guide.filter((p) => p.id !== 'index').map((p) => p.id);
}

/** The handbook page `id`, if there is one (the front page, `index`, may not exist). */
export function guideEntry({ model }: Pick<PageContext, 'model'>, id: string): GuidePage | undefined {
  return model.guide.find((p) => p.id === id);
}

/**
 * The handbook page `id` (`index` for the front page, which may not exist),
 * given the headings of its rendered body. The front page's next page is the
 * first other page.
 */
export function guidePage({ model }: Pick<PageContext, 'model'>, id: string, headings: ReadonlyArray<Heading>): GuidePageData {
  const pages = model.guide;
  const index = pages.findIndex((p) => p.id === id);
  const page = index >= 0 ? pages[index] : undefined;
  return {
    page,
    pages,
    outline: headings.filter((h) => h.depth === 2),
    rules: (page?.rules ?? []).map((rule) => ruleById(rule)).filter((rule) => rule !== undefined),
    previous: index > 0 ? pages[index - 1] : undefined,
    next: index >= 0 ? pages[index + 1] : pages[0]?.id === 'index' ? pages[1] : pages[0],
    edit: page ? editTarget(model.settings, page) : undefined,
  };
}

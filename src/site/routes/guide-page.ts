/** A handbook page's data: the page (none for a handbook without an index page) and its Edit link. */
import type { GuidePage } from '../../model/types.ts';
import { editTarget, type EditTarget } from '../edit-link.ts';
import type { PageContext } from './context.ts';

/** What a handbook page prints besides what GuidePage.astro reads from the handbook. */
export interface GuidePageData {
  page: GuidePage | undefined;
  /** The page's file in the host's web editor; none without site.yaml `repository`. */
  edit: EditTarget | undefined;
}

/** The handbook page `id` (`index` for the front page, which may not exist). */
export function guidePage({ model }: Pick<PageContext, 'model'>, id: string): GuidePageData {
  const page = model.guide.find((p) => p.id === id);
  return { page, edit: page ? editTarget(model.settings, page) : undefined };
}

/**
 * The Edit link of a page built from one content file (site.md "Writing
 * from the site"): the host's web editor for that file, or none without
 * site.yaml `repository`.
 */
import { editLink } from '../lib/repository.ts';
import type { Located } from '../model/types.ts';
import type { SiteSettings } from '../schemas/index.ts';

/** Where an Edit link leads, and the host's name for its label. */
export interface EditTarget {
  href: string;
  host: string;
}

/** The Edit link of `entry` (its file relative to the content root), or undefined when the site has no repository. */
export function editTarget(settings: Pick<SiteSettings, 'repository'>, entry: Pick<Located, 'file'>): EditTarget | undefined {
  const repository = settings.repository;
  const href = repository ? editLink(repository, entry.file) : null;
  return repository && href ? { href, host: repository.host ?? new URL(repository.url).hostname } : undefined;
}

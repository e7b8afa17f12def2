/**
 * What the file panel of a form (src/components/FileOutput.astro) shows for
 * a file: its name, a Download link that works without JavaScript, and the
 * host's new-file link. One function for the page and its script
 * (src/client/file-output.ts), so the two never disagree.
 */
import { newFileLink, type RepositoryTarget } from './repository.ts';

/** The panel's links for one file. */
export interface FileOutputState {
  /** The file's name, for the `download` attribute (`2026-08-15.md`). */
  name: string;
  /** A `data:` URL of the file's text: a Download that needs no script and no server. */
  download: string;
  /** The host's new-file page; `tooLong` past the link limit; null without a repository or template. */
  open: { href: string } | { tooLong: true } | null;
}

/** The panel's links for `file` (relative to the content root) holding `text`. */
export function fileOutputState(file: string, text: string, repository: RepositoryTarget | undefined | null): FileOutputState {
  return {
    name: file.split('/').at(-1) ?? file,
    download: `data:text/markdown;charset=utf-8,${encodeURIComponent(text)}`,
    open: repository ? newFileLink(repository, file, text) : null,
  };
}

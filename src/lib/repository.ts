/**
 * The repository that holds the content (site.yaml `repository`, content.md)
 * and the links into its git host: the web editor of a content file (the
 * Edit links) and the new-file page with a file filled in (the forms'
 * "Open in <host>"). Pure and free of Node APIs: the forms' script bundles it.
 */

/** The resolved site.yaml `repository` (defaults per host filled in). */
export interface RepositoryTarget {
  /** The repository's web address, without a trailing `/` (`https://github.com/acme/okrs`). */
  url: string;
  /** The branch the links open (`main`). */
  branch: string;
  /** The content root's folder in the repository, without leading or trailing `/`; `''` for the root. */
  path: string;
  /** Display name for "Open in <host>": `GitHub`, `GitLab`, `Codeberg`, else the host name. */
  host: string | null;
  /** Template of the web editor's address, with `{url}` `{branch}` `{path}`; null: no Edit links. */
  editUrl: string | null;
  /** Template of the new-file page, with `{url}` `{branch}` `{dir}` `{name}` `{content}`; null: Copy and Download only. */
  newFileUrl: string | null;
}

/** site.yaml `repository` as written (after its schema's defaults). */
export interface RepositorySettings {
  url: string;
  branch: string;
  path: string;
  edit_url?: string | undefined;
  new_file_url?: string | undefined;
}

/** The placeholders each template may hold. */
export const EDIT_PLACEHOLDERS = ['url', 'branch', 'path'] as const;
export const NEW_FILE_PLACEHOLDERS = ['url', 'branch', 'dir', 'name', 'content'] as const;

/**
 * The longest new-file link okrbook hands to a browser, in characters.
 * Browsers take far longer addresses (Chromium 2 MB), but the host's web
 * servers do not: nginx refuses a request line past its 8 KB header buffer
 * (`large_client_header_buffers 4 8k`), Apache past 8,190 bytes
 * (`LimitRequestLine`), with "414 URI Too Long" or a bare 400, and GitHub's
 * new-file page is among them. 8,000 stays under both with room for the
 * request line's method and protocol; a file whose link would be longer is
 * offered as a Download instead (docs/forms.md).
 */
export const MAX_LINK_LENGTH = 8000;

interface KnownHost {
  name: string;
  editUrl: string;
  newFileUrl: string | null;
}

const GITHUB: KnownHost = { name: 'GitHub', editUrl: '{url}/edit/{branch}/{path}', newFileUrl: '{url}/new/{branch}/{dir}?filename={name}&value={content}' };
const GITLAB: KnownHost = { name: 'GitLab', editUrl: '{url}/-/edit/{branch}/{path}', newFileUrl: null };
const CODEBERG: KnownHost = { name: 'Codeberg', editUrl: '{url}/_edit/{branch}/{path}', newFileUrl: null };

/** The host a repository's address names, by its host name (content.md: `github.com`, `gitlab.*`, `codeberg.org`), or null. */
export function knownHost(url: string): KnownHost | null {
  if (!URL.canParse(url)) return null;
  const host = new URL(url).hostname.toLowerCase();
  if (host === 'github.com' || host === 'www.github.com') return GITHUB;
  if (host.startsWith('gitlab.')) return GITLAB;
  if (host === 'codeberg.org') return CODEBERG;
  return null;
}

/** The placeholders of a template (`{branch}` -> `branch`) that are not among `allowed`. */
export function unknownPlaceholders(template: string, allowed: readonly string[]): string[] {
  return [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!).filter((name) => !allowed.includes(name));
}

/** Whether a template, its placeholders filled, is an absolute http(s) address. */
export function isHttpTemplate(template: string): boolean {
  const filled = template.replace(/\{[^{}]*\}/g, (m) => (m === '{url}' ? 'https://host.example/repo' : 'x'));
  if (!URL.canParse(filled)) return false;
  const url = new URL(filled);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

/** `repository` with the defaults of its host filled in (the schema has checked an unknown host gives `edit_url`). */
export function resolveRepository(settings: RepositorySettings): RepositoryTarget {
  const known = knownHost(settings.url);
  return {
    url: settings.url.replace(/\/+$/, ''),
    branch: settings.branch,
    path: trimSlashes(settings.path),
    host: known?.name ?? (URL.canParse(settings.url) ? new URL(settings.url).hostname : null),
    editUrl: settings.edit_url ?? known?.editUrl ?? null,
    newFileUrl: settings.new_file_url ?? known?.newFileUrl ?? null,
  };
}

/** The host's web editor for a content file (path relative to the content root), or null. */
export function editLink(repo: RepositoryTarget, file: string): string | null {
  if (!repo.editUrl) return null;
  return fill(repo.editUrl, { url: repo.url, branch: segments(repo.branch), path: segments(inRepository(repo, file)) });
}

/** The host's new-file page with the file filled in; `tooLong` past the URL limit; null without a template. */
export function newFileLink(repo: RepositoryTarget, file: string, content: string): { href: string } | { tooLong: true } | null {
  if (!repo.newFileUrl) return null;
  const full = inRepository(repo, file);
  const slash = full.lastIndexOf('/');
  const href = fill(repo.newFileUrl, {
    url: repo.url,
    branch: segments(repo.branch),
    dir: slash < 0 ? '' : segments(full.slice(0, slash)),
    name: encodeURIComponent(full.slice(slash + 1)),
    content: encodeURIComponent(content),
  });
  return href.length > MAX_LINK_LENGTH ? { tooLong: true } : { href };
}

/** A content file's path in the repository: the content root's folder, then the file. */
function inRepository(repo: RepositoryTarget, file: string): string {
  const inside = trimSlashes(file.replaceAll('\\', '/'));
  return repo.path ? `${repo.path}/${inside}` : inside;
}

/** Each segment of a path URL-encoded, the slashes kept (`a b/c#d` -> `a%20b/c%23d`). */
function segments(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** Every `{name}` replaced by its (already encoded) value, in one pass: a value is never read as a template. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^{}]*)\}/g, (match, name: string) => (Object.hasOwn(values, name) ? values[name]! : match));
}

function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

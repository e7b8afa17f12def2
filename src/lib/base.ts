/** The base path the site is served under (`OKRBOOK_BASE`), always with slashes on both ends: `/` or `/okrs/`. */
export function basePath(setting: string | undefined): string {
  const trimmed = (setting ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

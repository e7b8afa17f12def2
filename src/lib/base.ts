import { EnvironmentError } from './environment-error.ts';

/**
 * The base path the site is served under (`OKRBOOK_BASE`), always with
 * slashes on both ends: `/` or `/okrs/`. It is written into every page and
 * link unescaped, so it must be a path of URL-safe segments (letters,
 * digits, `-`, `_`, `.`, `~`); anything else is refused with an error that
 * says so, never published.
 */
export function basePath(setting: string | undefined): string {
  const trimmed = (setting ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (!trimmed) return '/';
  const segments = trimmed.split('/');
  if (!segments.every((segment) => BASE_SEGMENT.test(segment))) {
    throw new EnvironmentError(
      `OKRBOOK_BASE must be a path of folder names made of letters, digits, "-", "_", "." and "~", such as /okrs/ or /team/okrs/; got ${JSON.stringify(setting)}.`,
    );
  }
  return `/${segments.join('/')}/`;
}

/** One folder of the base path: URL-safe characters (RFC 3986 "unreserved"), not `.` or `..`. */
const BASE_SEGMENT = /^(?!\.{1,2}$)[A-Za-z0-9._~-]+$/;

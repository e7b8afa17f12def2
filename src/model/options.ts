/**
 * What a run is about: which content root, as of which day, and whether
 * confidential entries are published. Read from the environment once.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { dayProblem, isDay, localToday, YEAR_RANGE, type Day } from '../lib/dates.ts';
import { EnvironmentError } from '../lib/environment-error.ts';

export { EnvironmentError };

/** The inputs every run shares. */
export interface ModelOptions {
  /** Absolute path of the content root. */
  contentRoot: string;
  /** The day the site describes. */
  asOf: Day;
  /** Publish `confidential: true` entries. */
  includeConfidential: boolean;
  /** The largest content file read, in bytes (`OKRBOOK_MAX_FILE_MB`; 10 MB when not given). */
  maxFileBytes?: number;
}

/** The default content root: `content/` of the okrbook project itself. */
export const DEFAULT_CONTENT_ROOT = 'content';

/**
 * Options from `OKRBOOK_CONTENT`, `OKRBOOK_AS_OF`,
 * `OKRBOOK_INCLUDE_CONFIDENTIAL` and `OKRBOOK_MAX_FILE_MB`, relative paths
 * against `cwd`.
 */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd(), now: Date = new Date()): ModelOptions {
  const contentRoot = path.resolve(cwd, env.OKRBOOK_CONTENT?.trim() || DEFAULT_CONTENT_ROOT);
  if (!existsSync(contentRoot) || !statSync(contentRoot).isDirectory()) {
    throw new EnvironmentError(
      `The content root ${contentRoot} does not exist or is not a folder. Set OKRBOOK_CONTENT to the folder that holds teams/, cycles/, okrs/ and checkins/ (or unset it to use content/).`,
    );
  }
  const asOfSetting = env.OKRBOOK_AS_OF?.trim();
  if (asOfSetting && dayProblem(asOfSetting) === 'range') {
    throw new EnvironmentError(`OKRBOOK_AS_OF must be a date in the years ${YEAR_RANGE.first} to ${YEAR_RANGE.last}; got "${asOfSetting}".`);
  }
  if (asOfSetting && !isDay(asOfSetting)) {
    throw new EnvironmentError(`OKRBOOK_AS_OF must be a calendar date written YYYY-MM-DD, e.g. 2026-08-15; got "${asOfSetting}".`);
  }
  const confidential = env.OKRBOOK_INCLUDE_CONFIDENTIAL?.trim() ?? '';
  if (!['', '0', '1', 'true', 'false'].includes(confidential)) {
    throw new EnvironmentError(`OKRBOOK_INCLUDE_CONFIDENTIAL must be 1 (publish confidential entries) or 0; got "${confidential}".`);
  }
  const maxFileMb = env.OKRBOOK_MAX_FILE_MB?.trim();
  if (maxFileMb && !(/^\d+(\.\d+)?$/.test(maxFileMb) && Number(maxFileMb) > 0 && Number(maxFileMb) <= 1024)) {
    throw new EnvironmentError(`OKRBOOK_MAX_FILE_MB must be the largest content file to read, in megabytes, a number above 0 and at most 1024 (default 10); got "${maxFileMb}".`);
  }
  return {
    contentRoot,
    asOf: asOfSetting || localToday(now),
    includeConfidential: confidential === '1' || confidential === 'true',
    ...(maxFileMb ? { maxFileBytes: Math.round(Number(maxFileMb) * 1024 * 1024) } : {}),
  };
}

/**
 * Week digests kept between builds. A week's digest is worked out from the
 * figures at two Sundays, which costs about as much as a page of figures
 * each; the digest list shows every week, so a build that renders it again
 * (any new check-in does) would work out every week since the first
 * check-in. Each digest is kept by the digest of what it is worked out from
 * (src/site/digest-inputs.ts) and of okrbook's code, so a warm build works
 * out only the weeks whose inputs changed (the latest, as a rule) and
 * takes the others as the last build left them: what a cold build computes
 * from the same inputs.
 *
 * The file is one line per week (JSON), after a first line naming the code;
 * a build adds a line per week it works out, so a build that stops midway
 * leaves every line it finished, and a line cut short is left out.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import type { Digests, WeekDigest } from '../figures/digest.ts';
import type { IsoWeek } from '../lib/dates.ts';
import { writeFileAtomically } from '../lib/atomic-write.ts';

/** Where the digests are kept, and the version of the code that works them out. */
export interface DigestStore {
  file: string;
  version: string;
}

type Line = [key: string, digest: WeekDigest];

/** The digests the store holds for `version` (nothing when it holds another version, is missing or damaged). */
function readStore({ file, version }: DigestStore): Map<string, WeekDigest> {
  const kept = new Map<string, WeekDigest>();
  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').split('\n');
  } catch {
    return kept;
  }
  if (lines[0] !== JSON.stringify(version)) return kept;
  for (const line of lines.slice(1)) {
    try {
      if (line) {
        const [key, digest] = JSON.parse(line) as Line;
        kept.set(key, digest);
      }
    } catch {
      // The last line of a build that was stopped while writing it.
    }
  }
  return kept;
}

/**
 * `digests`, each week taken from the store when its inputs (`inputsOf`)
 * are those it was worked out from, else worked out and added to the store.
 * On first ask, the store is written again with the weeks still current.
 */
export function keptDigests(digests: Digests, inputsOf: (week: IsoWeek) => string, store: DigestStore | null): Digests {
  if (!store) return digests;
  let kept: Map<string, WeekDigest> | undefined;
  const open = (): Map<string, WeekDigest> => {
    const stored = readStore(store);
    const current = new Map<string, WeekDigest>();
    for (const week of digests.weeks) {
      const key = inputsOf(week);
      const digest = stored.get(key);
      if (digest) current.set(key, digest);
    }
    writeFileAtomically(store.file, [JSON.stringify(store.version), ...[...current].map((line) => JSON.stringify(line satisfies Line))].join('\n') + '\n');
    return current;
  };
  return {
    ...digests,
    week(week) {
      if (!digests.weeks.includes(week)) return undefined;
      kept ??= open();
      const key = inputsOf(week);
      let digest = kept.get(key);
      if (!digest) {
        digest = digests.week(week)!;
        kept.set(key, digest);
        appendFileSync(store.file, `${JSON.stringify([key, digest] satisfies Line)}\n`);
      }
      return digest;
    },
  };
}

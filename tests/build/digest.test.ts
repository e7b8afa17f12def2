/**
 * The weekly digest in the built example (as of 2026-11-25): a page and a
 * JSON for every week from the first check-in's to the week holding A, the
 * JSON equal to what `okrbook digest --format json` prints, every key result
 * updated in a week linked from that week's page and no other.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { digest } from '../../src/cli/digest.ts';
import { digestWindow, type DigestWindow } from '../../src/figures/digest.ts';
import { keyResultAnchor } from '../../src/lib/paths.ts';
import { loadModel } from '../../src/model/index.ts';
import { projectRoot } from '../helpers.ts';
import { distOf, SITES } from '../sites.ts';

const example = distOf('example');
const site = SITES.find((s) => s.name === 'example')!;
const read = (file: string) => readFileSync(path.join(example, file), 'utf8');
const { model } = loadModel({ contentRoot: site.content, asOf: site.asOf, includeConfidential: false });
// The example's first check-in is on 2026-04-01 (2026-W14); A = 2026-11-25 is in 2026-W48.
const weeks = Array.from({ length: 35 }, (_, i) => `2026-w${String(14 + i).padStart(2, '0')}`);

describe('the digest pages', () => {
  it('publish every week from the first check-in to the week holding A, and no other', () => {
    for (const week of weeks) {
      expect(existsSync(path.join(example, 'digest', week, 'index.html')), week).toBe(true);
      expect(existsSync(path.join(example, 'digest', `${week}.json`)), week).toBe(true);
    }
    expect(existsSync(path.join(example, 'digest', '2026-w13'))).toBe(false);
    expect(existsSync(path.join(example, 'digest', '2026-w49'))).toBe(false);
  });

  it('list the weeks newest first, linked from the home page', () => {
    const index = read('digest/index.html');
    const listed = [...index.matchAll(/href="\/digest\/(2026-w\d\d)\/"/g)].map((m) => m[1]);
    expect(listed).toEqual([...weeks].reverse());
    expect(read('index.html')).toContain('href="/digest/"');
  });

  it('serve the JSON the command prints', () => {
    const env = { ...process.env, OKRBOOK_CONTENT: site.content, OKRBOOK_AS_OF: site.asOf, OKRBOOK_BASE: site.base, OKRBOOK_INCLUDE_CONFIDENTIAL: '0', OKRBOOK_SITE: '' };
    for (const week of ['2026-w14', '2026-w40', '2026-w48']) {
      expect(read(`digest/${week}.json`), week).toBe(digest(['--week', week, '--format', 'json'], env, projectRoot).output);
    }
  });

  it('link every key result updated in the week, on its scorecard, and no other', () => {
    for (const week of weeks) {
      const window = digestWindow(week, site.asOf) as DigestWindow;
      const expected = new Set<string>();
      for (const checkIn of model.checkIns.filter((c) => window.from < c.date && c.date <= window.to)) {
        for (const update of checkIn.updates) {
          const objective = model.objectivesOf(checkIn.team, checkIn.cycle).find((o) => o.keyResults.some((k) => k.id === update.kr))!;
          expected.add(`/teams/${checkIn.team}/${checkIn.cycle}/#${keyResultAnchor(objective.id, update.kr)}`);
        }
      }
      const page = read(`digest/${week}/index.html`);
      // Confidence drops link to their key result too: count each link once.
      const linked = new Set([...page.matchAll(/href="([^"]*#kr-[^"]*)"/g)].map((m) => m[1]!));
      expect([...linked].sort(), week).toEqual([...expected].sort());
      expect(expected.size, week).toBeGreaterThan(0);
    }
  });

  it('link each check-in to its anchor and sum the organisation first', () => {
    const w47 = read('digest/2026-w47/index.html');
    expect(w47).toContain('href="/teams/company/2026-q4/#checkin-2026-11-20"');
    expect(w47).toContain('6 of 6 teams checked in');
  });
});

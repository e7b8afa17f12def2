/**
 * `okrbook digest`: its three formats on the example, the e-mail's safety
 * (no script, no stylesheet, no relative link), the refusals, and on the
 * example and a generated content root: every key result updated in a week
 * is named in that week's digest, and no other.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, SIZES } from '../../bench/generate.ts';
import { digest } from '../../src/cli/digest.ts';
import { digestsOf, digestWindow, type DigestWindow } from '../../src/figures/digest.ts';
import { loadModel, type Model } from '../../src/model/index.ts';
import { fixture, projectRoot } from '../helpers.ts';

const content = path.join(projectRoot, 'content');
const env = { ...process.env, OKRBOOK_CONTENT: content, OKRBOOK_AS_OF: '2026-11-25', OKRBOOK_SITE: 'https://okr.example.org/', OKRBOOK_BASE: '/okrs/' };
const run = (args: string[], extra: Record<string, string | undefined> = {}) => digest(args, { ...env, ...extra }, projectRoot);

/** `team/cycle/objective#kr` of every key result with an update dated in the window, read off the check-ins themselves. */
function updatedIn(model: Model, window: DigestWindow): string[] {
  const names = new Set<string>();
  for (const checkIn of model.checkIns) {
    if (checkIn.date <= window.from || checkIn.date > window.to) continue;
    for (const update of checkIn.updates) {
      const objective = model.objectivesOf(checkIn.team, checkIn.cycle).find((o) => o.keyResults.some((k) => k.id === update.kr))!;
      names.add(`${objective.id}#${update.kr}`);
    }
  }
  return [...names].sort();
}

describe('okrbook digest', () => {
  it('prints the week holding the as-of date as e-mail HTML by default: no script, no stylesheet, only absolute links', () => {
    const { exitCode, output } = run([]);
    expect(exitCode).toBe(0);
    expect(output).toMatch(/^<!doctype html>/);
    expect(output).toContain('Week 48, 2026');
    expect(output).not.toMatch(/<script/i);
    expect(output).not.toMatch(/<style/i);
    expect(output).not.toMatch(/<link\b/i);
    expect(output).not.toMatch(/url\(/i);
    const links = [...output.matchAll(/\b(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) expect(link).toMatch(/^https:\/\/okr\.example\.org\/okrs\//);
    // Every element that shows something carries its own style.
    expect(output).toMatch(/<h1 style="/);
    expect(output).toMatch(/<a href="[^"]+" style="/);
  });

  it('prints Markdown for a chat, links absolute, content text escaped', () => {
    const { output } = run(['--week', '2026-W47', '--format', 'markdown']);
    expect(output.split('\n')[0]).toBe('## [Cendana OKRs: Week 47, 2026](https://okr.example.org/okrs/digest/2026-w47/)');
    expect(output).toContain('- 6 check-ins held\n- 6 of 6 teams checked in\n- 27 key results updated');
    expect(output).toContain('- [Check-in on Nov 20, 2026 \\(Q4 2026\\)](https://okr.example.org/okrs/teams/company/2026-q4/#checkin-2026-11-20)');
    for (const [, url] of output.matchAll(/\]\(([^)]*)\)/g)) expect(url).toMatch(/^https:\/\//);
  });

  it('prints the JSON of /digest/<week>.json, and one team with --team', () => {
    const json = JSON.parse(run(['--week', '2026-w47', '--format', 'json']).output);
    expect(json).toMatchObject({ version: 1, week: '2026-W47', from: '2026-11-15', to: '2026-11-22', asOf: '2026-11-25' });
    expect(json.teams.map((t: { team: string }) => t.team)).toEqual(['company', 'compliance', 'customer-success', 'engineering', 'platform', 'sales']);
    const sales = JSON.parse(run(['--week', '2026-W47', '--format', 'json', '--team', 'sales']).output);
    expect(sales.teams.map((t: { team: string }) => t.team)).toEqual(['sales']);
    expect(sales.summary).toEqual(json.summary);
  });

  it('refuses what it cannot do, saying why', () => {
    expect(() => run(['--week', '2026-W54'])).toThrow('--week 2026-W54 is not an ISO week: write it as YYYY-Www with a week that year has (01 to 52, or 53 in a long year), e.g. 2026-W48.');
    expect(() => run(['--week', '2026-W49'])).toThrow('week 2026-W49 starts after the as-of date 2026-11-25: there is nothing to say about it yet. The latest week is 2026-W48');
    expect(() => run(['--week', '2026-W10'])).toThrow('week 2026-W10 is before the first check-in (the first digest is 2026-W14');
    expect(() => run(['--format', 'pdf'])).toThrow('--format must be html, markdown or json, got "pdf"');
    expect(() => run(['--team', 'marketing'])).toThrow('there is no team `marketing`; expected one of: company, compliance');
    expect(() => run([], { OKRBOOK_SITE: undefined, OKRBOOK_CONTENT: fixture('small'), OKRBOOK_AS_OF: '2026-08-15' })).toThrow('links in a digest sent by mail or chat must be absolute: set `url` in site.yaml (or OKRBOOK_SITE)');
  });

});

describe('every key result updated in a week is named in that week and no other', () => {
  const generated = mkdtempSync(path.join(tmpdir(), 'okrbook-digest-'));
  afterAll(() => rmSync(generated, { recursive: true, force: true }));

  it.each([
    ['the example', () => content, '2026-11-25'],
    ['a generated content root', () => (generateCorpus(generated, SIZES.S!), generated), '2026-12-31'],
  ])('%s', (_name, root, asOf) => {
    const { model, findings } = loadModel({ contentRoot: root(), asOf, includeConfidential: false });
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
    const digests = digestsOf(model);
    expect(digests.weeks.length).toBeGreaterThan(10);
    let named = 0;
    for (const week of digests.weeks) {
      const found = digests.week(week)!;
      const names = found.teams.flatMap((t) => t.keyResults.map((k) => `${k.objective}#${k.kr}`)).sort();
      expect(names, week).toEqual(updatedIn(model, digestWindow(week, asOf) as DigestWindow));
      named += names.length;
    }
    expect(named).toBeGreaterThan(100);
  });
});

/**
 * The front-matter cache of `check` and `build`: unchanged files come from
 * it, changed ones are read again, files with errors are never kept, and
 * the model, findings and hints are the same as without it.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeCoaching, hintFindings } from '../../src/coaching/index.ts';
import { computeFigures } from '../../src/figures/index.ts';
import { clearFrontMatterCache, frontMatterCacheFile } from '../../src/model/front-matter-cache.ts';
import { loadModel, serializeModel, type ModelOptions } from '../../src/model/index.ts';
import { cleanContentRoots, contentRoot, projectRoot } from '../helpers.ts';
import { english } from '../../src/i18n/index.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) clearFrontMatterCache(root);
  cleanContentRoots();
});

const options = (root: string): ModelOptions => ({ contentRoot: root, asOf: '2026-08-15', includeConfidential: false });
const cached = (root: string) => loadModel(options(root), { cache: true });
const fresh = (root: string) => loadModel(options(root));
/** What a run gives, in the terms a reader sees: the model, the findings and the hints. */
function outcome(loaded: ReturnType<typeof loadModel>) {
  const { model, findings } = loaded;
  const hints = findings.some((f) => f.level === 'error') ? [] : hintFindings(computeCoaching(model, computeFigures(model)).hints, english.say);
  return { model: serializeModel(model), findings, hints };
}

describe('the front-matter cache', () => {
  it('takes unchanged files from the cache and reads a changed file again', () => {
    const root = contentRoot();
    roots.push(root);
    cached(root);
    const file = frontMatterCacheFile(root);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    stored['okrs/2026-q3/sales/win-mid-market.md'].data.title = 'Title from the cache';
    writeFileSync(file, JSON.stringify(stored));
    const objective = (loaded: ReturnType<typeof loadModel>) => loaded.model.objectives.find((o) => o.id === '2026-q3/sales/win-mid-market')!;
    expect(objective(cached(root)).title).toBe('Title from the cache');
    // Any change to the file's bytes, the body included, means it is read and validated again.
    appendFileSync(path.join(root, 'okrs/2026-q3/sales/win-mid-market.md'), '\nOne more line.\n');
    expect(objective(cached(root)).title).toBe(objective(fresh(root)).title);
    expect(objective(cached(root)).title).not.toBe('Title from the cache');
  });

  it('gives the same model, findings and hints as a run without it', () => {
    for (const name of ['small', 'edge']) {
      const root = contentRoot({}, name);
      roots.push(root);
      const expected = outcome(fresh(root));
      expect(outcome(cached(root)), `${name}, first run`).toEqual(expected);
      expect(outcome(cached(root)), `${name}, from the cache`).toEqual(expected);
    }
    const example = path.join(projectRoot, 'content');
    roots.push(example);
    const expected = outcome(loadModel({ ...options(example), asOf: '2026-11-25' }));
    loadModel({ ...options(example), asOf: '2026-11-25' }, { cache: true });
    expect(outcome(loadModel({ ...options(example), asOf: '2026-11-25' }, { cache: true }))).toEqual(expected);
  });

  it('takes a damaged cache file for no cache', () => {
    const root = contentRoot();
    roots.push(root);
    const expected = outcome(fresh(root));
    for (const damage of ['null', '[1, 2]', '{"teams/sales.md": null, "teams/company.md": {"hash": 1}}', '{ not json']) {
      cached(root);
      writeFileSync(frontMatterCacheFile(root), damage);
      expect(outcome(cached(root)), damage).toEqual(expected);
      expect(outcome(cached(root)), `${damage}, written again`).toEqual(expected);
    }
  });

  it('never keeps a file with an error: its message and line are read afresh every time', () => {
    const target = 'okrs/2026-q3/sales/win-mid-market.md';
    const root = contentRoot();
    roots.push(root);
    const text = readFileSync(path.join(root, target), 'utf8');
    writeFileSync(path.join(root, target), text.replace('target:', 'targte:'));
    const errors = (loaded: ReturnType<typeof loadModel>) => loaded.findings.filter((f) => f.level === 'error').map((f) => `${f.file}:${f.line} ${f.code}`);
    const first = errors(cached(root));
    expect(first).toContainEqual(expect.stringMatching(/^okrs\/2026-q3\/sales\/win-mid-market\.md:\d+ unknown-field$/));
    expect(errors(cached(root))).toEqual(first);
    writeFileSync(path.join(root, target), text);
    expect(errors(cached(root))).toEqual([]);
  });
});

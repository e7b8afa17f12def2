/**
 * okrbook as an organisation gets it: `npm pack`, `okrbook init` run from the
 * packed files, the tarball installed in the new site (npm's cache first; the
 * registry for what the cache lacks, as `npm ci` does), `npx astro build`, a
 * page of the site's own beside okrbook's, and the same scorecard JSON and
 * cycle CSV as this repository's build of the same content. The upgrade test:
 * a starter an earlier okrbook wrote (tests/fixtures/starter-0.1.0, kept as
 * it was written) builds with this package without an edit.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, projectRoot } from '../helpers.ts';

const AS_OF = '2026-11-25';
/** The pinned Node.js first on the PATH, as under `npm run`: npm, npx and astro run on it. */
const PATH = [path.join(projectRoot, 'node_modules', '.bin'), path.dirname(process.execPath), process.env.PATH].join(path.delimiter);

/** Runs a command as a person would type it; fails the test with its output when it fails. */
function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, PATH, OKRBOOK_AS_OF: AS_OF, OKRBOOK_CONTENT: '', OKRBOOK_DIST: '', OKRBOOK_BASE: '', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...env },
    encoding: 'utf8',
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, `${command} ${args.join(' ')} in ${cwd}:\n${output}`).toBe(0);
  return output;
}

/** Installs the packed okrbook into a site, from npm's cache where it can. */
const install = (site: string, tarball: string) => run('npm', ['install', '--prefer-offline', tarball], site);

let work: string;
let tarball: string;
let packed: string;

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'okrbook-package-'));
  run('npm', ['pack', '--pack-destination', work], projectRoot);
  tarball = path.join(work, readdirSync(work).find((name) => name.endsWith('.tgz'))!);
  // The packed files, unpacked beside this checkout's node_modules (where Node finds okrbook's dependencies).
  packed = path.join(projectRoot, '.okrbook-tmp', `packed-${process.pid}`);
  mkdirSync(packed, { recursive: true });
  run('tar', ['xzf', tarball, '-C', packed], projectRoot);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(packed, { recursive: true, force: true });
});

describe('the packed okrbook', () => {
  it('holds what an install needs and nothing else', () => {
    const listing = spawnSync('tar', ['tzf', tarball], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    const top = new Set(listing.map((file) => file.replace(/^package\//, '').split('/')[0]));
    expect([...top].sort()).toEqual(['README.md', 'bin', 'content', 'docs', 'lib', 'package.json', 'public', 'schemas', 'src', 'starter']);
    expect(listing.filter((file) => file.startsWith('package/content/') && !file.startsWith('package/content/guide/'))).toEqual([]);
    expect(listing).toContain('package/lib/cli/okrbook.js');
    expect(listing).toContain('package/schemas/objective.json');
    expect(listing).toContain('package/docs/content-format.md');
    expect(listing.some((file) => /\.test\.ts$|^package\/tests\//.test(file))).toBe(false);
  });

  it('refuses to init a folder that is not empty, and says why', () => {
    const taken = path.join(work, 'taken');
    mkdirSync(taken);
    writeFileSync(path.join(taken, 'notes.md'), 'mine\n');
    const result = spawnSync(process.execPath, [path.join(packed, 'package', 'bin', 'okrbook.mjs'), 'init', taken], { encoding: 'utf8', env: { ...process.env, PATH } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is not empty (it holds notes.md)');
    expect(readdirSync(taken)).toEqual(['notes.md']);
  });
});

describe('a site made by okrbook init', { timeout: 900_000 }, () => {
  it('installs the tarball, builds with npx astro build, passes npx okrbook check, and takes a page of its own', () => {
    const site = path.join(work, 'okrs');
    run(process.execPath, [path.join(packed, 'package', 'bin', 'okrbook.mjs'), 'init', site], work);
    expect(readFileSync(path.join(site, 'astro.config.mjs'), 'utf8')).toContain('integrations: [okrbook()]');
    install(site, tarball);
    run('npx', ['okrbook', 'check'], site);
    run('npx', ['astro', 'build'], site);
    const dist = path.join(site, 'dist');
    for (const file of ['index.html', 'teams/product/2026-q4/index.html', 'teams/product/2026-q4.json', 'cycles/2026-q4.csv', 'pagefind/pagefind.js', 'favicon.svg', '_headers']) {
      expect(existsSync(path.join(dist, file)), file).toBe(true);
    }

    // A page of the site's own, beside okrbook's.
    mkdirSync(path.join(site, 'src', 'pages'), { recursive: true });
    writeFileSync(path.join(site, 'src', 'pages', 'about.astro'), '---\n---\n<html lang="en"><head><title>About our OKRs</title></head><body><h1>About our OKRs</h1></body></html>\n');
    run('npx', ['astro', 'build'], site);
    expect(readFileSync(path.join(dist, 'about', 'index.html'), 'utf8')).toContain('About our OKRs');
    expect(existsSync(path.join(dist, 'teams', 'product', '2026-q4', 'index.html'))).toBe(true);

    // This repository's build of the same content gives the same JSON and CSV, byte for byte.
    const ours = path.join(work, 'ours');
    run(process.execPath, [path.join(projectRoot, 'bin', 'okrbook.mjs'), 'build'], projectRoot, { OKRBOOK_CONTENT: path.join(site, 'content'), OKRBOOK_DIST: ours });
    for (const file of ['teams/product/2026-q4.json', 'cycles/2026-q4.csv']) {
      expect(readFileSync(path.join(dist, file)), file).toEqual(readFileSync(path.join(ours, file)));
    }
  });

  it('of an earlier okrbook builds with this package without an edit', () => {
    const site = path.join(work, 'upgraded');
    cpSync(fixture('starter-0.1.0'), site, { recursive: true });
    install(site, tarball);
    run('npx', ['okrbook', 'check'], site);
    run('npx', ['astro', 'build'], site);
    expect(existsSync(path.join(site, 'dist', 'teams', 'product', '2026-q4', 'index.html'))).toBe(true);
  });
});

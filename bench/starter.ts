/**
 * The starter as an organisation gets it (issue 24): okrbook packed, a site
 * written by `okrbook init`, its dependencies installed from a warm npm cache
 * (`npm install --prefer-offline`; the first install fills the cache, the
 * measured one reads it), and its site built with `npx astro build`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BENCH_AS_OF } from './generate.ts';
import { measure, type Run } from './run.ts';

/** What installing and building the starter took. */
export interface StarterMeasure {
  tarballKb: number;
  install: { seconds: number; peakMb: number };
  build: { seconds: number; peakMb: number };
}

/** Packs okrbook, writes a starter, and measures a warm install and a build of its site. */
export async function measureStarter(project: string): Promise<StarterMeasure> {
  const work = mkdtempSync(path.join(tmpdir(), 'okrbook-bench-starter-'));
  try {
    const env = { PATH: [path.join(project, 'node_modules', '.bin'), path.dirname(process.execPath), process.env.PATH].join(path.delimiter), OKRBOOK_AS_OF: BENCH_AS_OF, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
    const step = (command: string, args: string[], cwd: string) => {
      const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`.slice(-3000));
    };
    step('npm', ['pack', '--pack-destination', work], project);
    const tarball = path.join(work, readdirSync(work).find((name) => name.endsWith('.tgz'))!);
    const site = (name: string) => {
      step(process.execPath, [path.join(project, 'bin', 'okrbook.mjs'), 'init', path.join(work, name)], work);
      return path.join(work, name);
    };
    // The first install fills npm's cache with what the starter needs; the measured one is a new site's.
    step('npm', ['install', '--prefer-offline', tarball], site('warm-up'));
    const measured = site('okrs');
    const checked = (what: string, run: Run) => {
      if (run.code !== 0) throw new Error(`${what} failed:\n${run.output.slice(-3000)}`);
      return { seconds: run.seconds, peakMb: run.peakMb };
    };
    const install = checked('installing the starter', await measure('npm', ['install', '--prefer-offline', tarball], env, measured));
    const build = checked('building the starter', await measure('npx', ['astro', 'build'], env, measured));
    return { tarballKb: Math.round(statSync(tarball).size / 102.4) / 10, install, build };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

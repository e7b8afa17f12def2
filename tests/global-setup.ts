/**
 * Builds every site of tests/sites.ts once per test run, before the build and
 * e2e tests: the two projects share these builds, so a run of both (npm test)
 * builds them once, whichever project's setup comes first.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUILDS, SITES, buildSite, distOf } from './sites.ts';

/** Names the run that made the builds (the test runner's process): a later run never trusts them. */
const stamp = path.join(BUILDS, '.built-by');

export default function setup() {
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === String(process.pid)) return;
  rmSync(BUILDS, { recursive: true, force: true });
  for (const site of SITES) {
    const { code, output } = buildSite(site, distOf(site.name));
    if (code !== 0) throw new Error(`Building the ${site.name} site failed:\n${output}`);
  }
  mkdirSync(BUILDS, { recursive: true });
  writeFileSync(stamp, String(process.pid));
}

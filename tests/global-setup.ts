/** Builds every site of tests/sites.ts once, before the site tests run. */
import { rmSync, writeFileSync } from 'node:fs';
import { BUILDS, SITES, buildSite, distOf } from './sites.ts';

export default function setup() {
  rmSync(BUILDS, { recursive: true, force: true });
  for (const site of SITES) {
    const { code, output } = buildSite(site, distOf(site.name));
    if (code !== 0) throw new Error(`Building the ${site.name} site failed:\n${output}`);
    // What the build said, for tests of its messages (the feed it could not build, once).
    writeFileSync(`${distOf(site.name)}.log`, output);
  }
}

/** Builds every site of tests/sites.ts once, before the site tests run. */
import { rmSync } from 'node:fs';
import { BUILDS, SITES, buildSite, distOf } from './sites.ts';

export default function setup() {
  rmSync(BUILDS, { recursive: true, force: true });
  for (const site of SITES) {
    const { code, output } = buildSite(site, distOf(site.name));
    if (code !== 0) throw new Error(`Building the ${site.name} site failed:\n${output}`);
  }
}

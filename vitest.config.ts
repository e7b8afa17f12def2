/**
 * Five projects, each with its own npm script (README, Testing):
 * - unit (`npm run test:unit`): pure functions, in process, no child
 *   process; the fuzz test runs a small sample of cases;
 * - cli (`npm run test:cli`): the commands run as a user runs them (a child
 *   process each), the README's recipes, and under CI=true the fuzz test's
 *   full 1,000 cases;
 * - build (`npm run test:build`): the example and the fixtures built once
 *   (tests/global-setup.ts), their output checked, warm builds against cold;
 * - e2e (`npm run test:e2e`): the same builds in Chromium;
 * - package (`npm run test:package`): npm pack, okrbook init, install and build a site as an organisation would.
 * `npm test` runs the type check and all four in one run (the sites are built once for build and e2e).
 */
import { defineConfig } from 'vitest/config';

const ci = process.env.CI === 'true';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 300_000,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'cli',
          include: ['tests/cli/**/*.test.ts', ...(ci ? ['tests/unit/fuzz.test.ts'] : [])],
          env: { OKRBOOK_FUZZ: 'full' },
        },
      },
      {
        // Builds the example organisation and the fixtures once, then checks the output.
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'] },
      },
      {
        // okrbook as an organisation installs it: npm pack, okrbook init, npm install, astro build.
        extends: true,
        test: { name: 'package', include: ['tests/package/**/*.test.ts'] },
      },
      {
        // The same builds (made once per run, whichever project asks first), driven in Chromium.
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'] },
      },
    ],
  },
});

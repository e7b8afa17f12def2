/**
 * The okrbook Astro integration:
 * - validates the content before Astro does anything, so a build on broken
 *   content stops with okrbook's messages (file, line, field, fix) instead
 *   of a stack trace (under `npm run build`, okrbook has validated in its
 *   own process before Astro builds: src/cli/astro-process.ts);
 * - injects the pages of src/routes/: on a warm build only those with pages
 *   to render, so Astro bundles nothing else;
 * - provides `okrbook:astro-bodies`, Astro's content collections when a page
 *   of this build shows an MDX body, and nothing to bundle when none does.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { buildPlan } from '../lib/plan.ts';
import { routeFiles, servesRoute } from './routes.ts';

/** okrbook's pages and build-time checks. */
export function okrbook(): AstroIntegration {
  return {
    name: 'okrbook',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, injectRoute, updateConfig }) => {
        const plan = buildPlan();
        const only = plan?.renderOnly;
        for (const route of routeFiles(new URL('routes/', config.srcDir))) {
          if (!only || only.some((r) => servesRoute(route.pattern, r))) injectRoute(route);
        }
        updateConfig({
          vite: {
            plugins: [astroBodies(plan?.astroContent ?? true)],
            // Pages reload the content on every request under the dev server only. Not Vite's DEV:
            // that follows NODE_ENV, and a build under NODE_ENV=test or development would re-read the content for every page.
            // A global, not `import.meta.env.*`: Astro fills those from environment variables first.
            define: { __OKRBOOK_DEV_SERVER__: JSON.stringify(command === 'dev') },
          },
        });
        // In dev, errors show in the browser overlay; `npm run build` has validated already.
        if (command !== 'build' || process.env.OKRBOOK_VALIDATED === '1') return;
        // Loaded only when needed: the validator's parsers are not free to start.
        const { EnvironmentError, formatFinding, loadModel, optionsFromEnv, sortFindings, summaryLine } = await import('../model/index.ts');
        let findings;
        try {
          ({ findings } = loadModel(optionsFromEnv()));
        } catch (error) {
          if (error instanceof EnvironmentError) throw quiet(error.message);
          throw error;
        }
        const errors = sortFindings(findings.filter((f) => f.level === 'error'));
        if (errors.length > 0) {
          for (const finding of errors) logger.error(formatFinding(finding));
          throw quiet(`${summaryLine(errors)}: nothing was built. Fix the content above (npm run check lists the same errors).`);
        }
      },
    },
  };
}

/** The module src/lib/body.ts reads MDX bodies from; empty when no page of this build shows one. */
function astroBodies(needed: boolean): Plugin {
  const id = 'okrbook:astro-bodies';
  return {
    name: id,
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => {
      if (resolved !== `\0${id}`) return undefined;
      if (needed) return `export { getEntry, render } from 'astro:content';`;
      return `export function getEntry() { throw new Error('okrbook: this build was planned without MDX bodies'); }\nexport const render = getEntry;`;
    },
  };
}

/** An error whose message is the whole story (no stack trace under it). */
function quiet(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}

/**
 * The okrbook Astro integration: validates the content before Astro does
 * anything, so a build on broken content stops with okrbook's messages
 * (file, line, field, fix) instead of a stack trace.
 */
import type { AstroIntegration } from 'astro';

/** okrbook's build-time checks. */
export function okrbook(): AstroIntegration {
  return {
    name: 'okrbook',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
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

/** An error whose message is the whole story (no stack trace under it). */
function quiet(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}

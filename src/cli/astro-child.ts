/**
 * The Astro build that `npm run build` runs in a process of its own
 * (src/cli/astro-process.ts). It loads Astro (the slow part of its start)
 * while okrbook validates the content, waits for okrbook's word, then builds
 * with Astro's JavaScript API. Astro's content sync is skipped when no page
 * of this build shows a body only Astro renders: the collections then hold
 * nothing the build reads.
 */
import { fileURLToPath } from 'node:url';
import type { Go } from './astro-process.ts';

const { build } = await import('astro');

/** okrbook's word; the process ends when okrbook goes away without one. */
const word = await new Promise<Go>((resolve) => {
  const gone = () => process.exit(1);
  process.once('disconnect', gone);
  process.once('message', (message: Go) => {
    process.off('disconnect', gone);
    // The open channel must not keep this process alive once Astro is done.
    process.channel?.unref();
    resolve(message);
  });
});

/** An error as a reader needs it: what, where, and a hint; the stack only with OKRBOOK_DEBUG. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { title, hint, loc, frame } = error as Error & { title?: string; hint?: string; loc?: { file?: string; line?: number; column?: number }; frame?: string };
  return [
    title && title !== error.message ? `${title}: ${error.message}` : error.message,
    loc?.file && `  in ${loc.file}${loc.line ? `:${loc.line}${loc.column ? `:${loc.column}` : ''}` : ''}`,
    frame,
    hint && `  hint: ${hint}`,
    process.env.OKRBOOK_DEBUG ? error.stack : undefined,
  ]
    .filter(Boolean)
    .join('\n');
}

try {
  // `sync` is an option of Astro's builder that its public types do not list.
  // Astro builds okrbook's own folder, wherever the command was run from (the content root is absolute).
  const root = fileURLToPath(new URL('../..', import.meta.url));
  process.chdir(root);
  await build({ root, logLevel: word.logLevel, force: word.force }, { sync: word.sync } as Parameters<typeof build>[1]);
} catch (error) {
  console.error(`Astro could not build the site: ${describe(error)}`);
  process.exitCode = 1;
}

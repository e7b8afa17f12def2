/**
 * Astro's own command line (`dev`, `preview`, `check`) with okrbook's
 * defaults: its anonymous telemetry stays off unless OKRBOOK_ASTRO_TELEMETRY=1,
 * and so does its banner about it. Astro prints that banner before it reads
 * astro.config.mjs, which is too late to turn it off; `npm run build` sets
 * the same default itself (src/cli/build.ts).
 */
if (process.env.OKRBOOK_ASTRO_TELEMETRY !== '1') process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
// Astro's bin script reads its arguments from process.argv, as `astro <command>` would give them.
process.argv.splice(1, 1, new URL('../bin/astro.mjs', import.meta.resolve('astro')).pathname);
await import(process.argv[1]!);

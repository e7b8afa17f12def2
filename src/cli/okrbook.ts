/**
 * The `okrbook` binary: one command line for every command, the one this
 * repository's `npm run` scripts call too (bin/okrbook.mjs). Each command
 * lives in its own module, loaded only when it runs; a new command is one
 * line of COMMANDS.
 */
import { readFileSync } from 'node:fs';
import { contentFromSiteConfig } from './site-config.ts';

/** A command: what it does, in one line, and its module (which exports `run`). */
interface Command {
  summary: string;
  load: () => Promise<{ run: () => Promise<void> }>;
}

/** Every command, in the order `okrbook --help` lists them. */
const COMMANDS: Record<string, Command> = {
  init: { summary: 'init <folder>             write a new okrbook site (a starter) into an empty folder', load: () => import('./init.ts') },
  check: { summary: 'check [paths...]          validate the content; print every error and coaching hint', load: () => import('./check.ts') },
  new: { summary: 'new <what> ...            scaffold a check-in, objective, team, cycle or handover', load: () => import('./new.ts') },
  import: { summary: 'import csv <file>         write objectives from a spreadsheet export', load: () => import('./import.ts') },
  schemas: { summary: 'schemas [folder]          write the JSON Schemas for editors (default: schemas/)', load: () => import('./schemas.ts') },
  digest: { summary: 'digest [--week 2026-W49]  one week\'s digest as e-mail HTML, chat Markdown or JSON', load: () => import('./digest.ts') },
  build: { summary: 'build [--force]           astro build into a fresh folder, swapped into dist/ only when it succeeds', load: () => import('./build.ts') },
};

const USAGE = `Usage: okrbook <command> [options]

${Object.values(COMMANDS)
  .map((command) => `  okrbook ${command.summary}`)
  .join('\n')}

The site itself builds with \`astro build\` and runs with \`astro dev\`.
Settings: OKRBOOK_CONTENT (the content root, default content/), OKRBOOK_AS_OF, and the others in docs/environment.md.`;

/** Runs `okrbook <command> ...`: the command sees its own arguments as process.argv.slice(2). */
export async function okrbookMain(argv: string[] = process.argv): Promise<void> {
  const [name, ...rest] = argv.slice(2);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      console.log(USAGE);
      process.exitCode = name ? 0 : 1;
    } else if (name === '--version' || name === '-v') {
      console.log(version());
    } else {
      console.error(`okrbook: "${name}" is not a command.\n${USAGE}`);
      process.exitCode = 1;
    }
    return;
  }
  process.argv = [argv[0]!, argv[1]!, ...rest];
  // The content root of `okrbook({ content })` in astro.config.mjs, unless OKRBOOK_CONTENT says otherwise.
  contentFromSiteConfig();
  const module = await command.load();
  await module.run();
}

/** okrbook's version, from its package.json. */
function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

if (import.meta.main) await okrbookMain();

/**
 * What every command shares: a clean exit on a user's mistake (no stack
 * trace), and a stack trace only for okrbook's own bugs when asked for.
 */
import { ContentError, EnvironmentError, formatFinding, sortFindings, summaryLine } from '../model/index.ts';

/** A command-line mistake (unknown option, missing argument). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Runs a command's main function and exits with its code; mistakes print a message, not a stack. */
export async function runMain(name: string, main: () => Promise<number> | number): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    process.exitCode = 1;
    if (error instanceof ContentError) {
      const findings = sortFindings(error.findings.filter((f) => f.level === 'error'));
      for (const finding of findings) console.error(formatFinding(finding));
      console.error(summaryLine(findings));
    } else if (error instanceof EnvironmentError || error instanceof UsageError) {
      console.error(`okrbook ${name}: ${error.message}`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`okrbook ${name} stopped on an internal error: ${message}`);
      console.error('This is a bug in okrbook, not in your content. Run again with OKRBOOK_DEBUG=1 for details and report it.');
      if (process.env.OKRBOOK_DEBUG) console.error(error);
    }
  }
}

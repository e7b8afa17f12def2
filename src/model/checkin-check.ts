/**
 * One check-in file checked as `check` checks it, without the rest of the
 * content: read (src/model/source.ts), validated against the check-in
 * schema (src/model/validate.ts), then the per-check-in rules
 * (src/forms/checkin-rules.ts) against a narrow context. The check-in form
 * runs this in the browser on the file it writes; no Node.js module.
 */
import { checkInRules, type CheckInRulesContext } from '../forms/checkin-rules.ts';
import { checkInSchema, type CheckInData } from '../schemas/checkin.ts';
import type { Finding } from './findings.ts';
import { parseSource } from './source.ts';
import { bodyControlFinding, validateSource } from './validate.ts';

/** The errors `check` would report for this one check-in file, and its data when the schema accepts it. */
export function checkCheckInText(file: string, text: string, context: CheckInRulesContext): { findings: Finding[]; data?: CheckInData } {
  const source = parseSource(file, new TextEncoder().encode(text), { frontMatter: true });
  if (Array.isArray(source)) return { findings: source };
  const control = bodyControlFinding(file, source.body, source.bodyLine);
  const validated = validateSource(source, checkInSchema, 'checkin');
  if ('findings' in validated) return { findings: control ? [...validated.findings, control] : validated.findings };
  const findings: Finding[] = control ? [control] : [];
  for (const broken of checkInRules(validated.data, context)) {
    findings.push({ file, line: source.lineOf(broken.path), level: 'error', code: broken.code, field: broken.field, message: broken.message });
  }
  return { findings, data: validated.data };
}

/**
 * The handover form in the browser (src/routes/teams/[team]/handover.astro):
 * on every change, writes the note again with the one generator `new
 * handover` uses, checks it with `check`'s own parser, schema and messages,
 * ties each error to its field, and hands the file to the panel
 * (src/client/file-output.ts).
 */
import { handoverFile, type HandoverContext, type HandoverEdits } from '../forms/handover-file.ts';
import { handoverFindings, type TakenDay } from '../model/handover-check.ts';
import { updateFileOutput } from './file-output.ts';
import { messageNodes } from './message.ts';

/** The form fields an error's field (`to[0]`, `date`) belongs to; anything else goes to the list above the form only. */
const FIELDS = ['date', 'to', 'from'] as const;

/** Starts the form of the page (`data-handover-form`), reading its data from `#handover-form-data`. */
export function startHandoverForm(): void {
  const form = document.querySelector<HTMLFormElement>('[data-handover-form]');
  const panel = document.querySelector<HTMLElement>('[data-file-output]');
  const data = document.getElementById('handover-form-data')?.textContent;
  if (!form || !panel || !data) return;
  const { context, taken } = JSON.parse(data) as { context: HandoverContext; taken: TakenDay[] };
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | null;
  const initialFrom = field('from')?.value ?? '';
  const errorBox = form.querySelector<HTMLElement>('[data-form-errors]');
  // The list is a polite live region: it changes only when the errors do, not at every key typed.
  let shown = '';

  const update = () => {
    const value = (name: string) => field(name)?.value ?? '';
    const from = value('from');
    const edits: HandoverEdits = {
      date: value('date'),
      to: names(value('to')),
      // Untouched, the outgoing leaders stay the context's, less any incoming (as `new handover` writes them).
      ...(from !== initialFrom ? { from: names(from) } : {}),
      unfinished: value('unfinished'),
      promised: value('promised'),
      contacts: value('contacts'),
    };
    const { file, text } = handoverFile(context, edits);
    const findings = handoverFindings(file, text, taken);
    showErrors(findings);
    // A value the schema refuses never reaches a link to the host.
    updateFileOutput(panel, file, text, findings.length === 0);
  };

  const showErrors = (findings: Array<{ field?: string; message: string }>) => {
    for (const name of FIELDS) {
      const own = findings.filter((f) => f.field === name || f.field?.startsWith(`${name}[`));
      const input = field(name);
      const slot = form.querySelector<HTMLElement>(`[data-error-for="${name}"]`);
      if (slot) slot.replaceChildren(...messageNodes(own.map((f) => f.message).join(' ')));
      if (input) {
        if (own.length > 0) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      }
    }
    const now = findings.map((f) => `${f.field}\u0000${f.message}`).join('\n');
    if (!errorBox || now === shown) return;
    shown = now;
    if (findings.length === 0) {
      errorBox.replaceChildren();
      return;
    }
    const heading = document.createElement('p');
    heading.append(Object.assign(document.createElement('strong'), { textContent: errorBox.dataset.heading ?? '' }));
    const list = document.createElement('ul');
    list.append(
      ...findings.map((finding) => {
        const item = document.createElement('li');
        const name = FIELDS.find((f) => finding.field === f || finding.field?.startsWith(`${f}[`));
        const target = name ? field(name) : null;
        // A field of the form by its label ("Incoming leaders"), any other by its name in the file.
        const label = target?.labels?.[0]?.textContent ?? finding.field;
        const words = label ? `${label}: ${finding.message}` : finding.message;
        const link = target?.id ? Object.assign(document.createElement('a'), { href: `#${target.id}` }) : item;
        link.append(...messageNodes(words));
        if (link !== item) item.append(link);
        return item;
      }),
    );
    errorBox.replaceChildren(heading, list);
  };

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  // Nothing is sent anywhere: Enter in a field must not reload the page.
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  update();
}

/** One name per line, blank lines and spaces around left out. */
function names(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

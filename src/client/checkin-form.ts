/**
 * The check-in form in the browser: on every change it writes the file with
 * the generator `new checkin` uses (src/forms/checkin-file.ts), checks it as
 * `check` does (src/model/checkin-check.ts: the schema, then the per-check-in
 * rules) and ties each error to its field. While the file has errors, the
 * panel hides Open in <host>: a value the schema refuses never reaches a link.
 */
import { checkInFile, isBlankAction, type CheckInEdits, type CheckInScaffold } from '../forms/checkin-file.ts';
import type { CheckInRulesContext } from '../forms/checkin-rules.ts';
import { localToday } from '../lib/dates.ts';
import { updateFileOutput } from './file-output.ts';
import { messageNodes } from './message.ts';
import { checkCheckInText } from '../model/checkin-check.ts';
import type { Finding } from '../model/findings.ts';

/** What the page hands over (src/components/CheckInForm.astro). */
interface FormData {
  scaffold: CheckInScaffold;
  prefill: Required<Pick<CheckInEdits, 'attendees' | 'actions'>>;
  rules: CheckInRulesContext;
  strings: {
    lang: string;
    problems: Record<string, string>;
    fileHasProblems: string;
    fileReady: string;
    action: string;
    removeAction: string;
  };
}

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');

/** Starts the form on this page, if it has one. */
export function startCheckInForm(): void {
  const form = document.querySelector<HTMLFormElement>('[data-checkin-form]');
  const dataScript = document.getElementById('checkin-form-data');
  if (!form || !dataScript) return;
  const data = JSON.parse(dataScript.textContent ?? '{}') as FormData;
  const { scaffold, strings } = data;
  const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
  const dateInput = byId<HTMLInputElement>('f-date')!;
  const leadership = byId<HTMLInputElement>('f-leadership')!;
  const leadersBox = form.querySelector<HTMLElement>('[data-leaders]')!;
  const actionsBox = form.querySelector<HTMLElement>('[data-actions]')!;
  const template = document.querySelector<HTMLTemplateElement>('[data-action-template]')!;
  const summary = form.querySelector<HTMLElement>('[data-summary]')!;
  const panel = document.querySelector<HTMLElement>('[data-file-output]');
  const fileStatus = document.querySelector<HTMLElement>('[data-file-status]');
  const plural = new Intl.PluralRules(strings.lang);

  // Each field's own description, to which its error is added while it has one.
  for (const field of form.querySelectorAll<HTMLElement>('[aria-describedby]')) field.dataset.describedby = field.getAttribute('aria-describedby') ?? '';

  form.hidden = false;
  document.querySelector('[data-noscript]')?.setAttribute('hidden', '');
  dateInput.value = localToday();

  let actionCount = 0;
  const renumber = () => {
    actionsBox.querySelectorAll<HTMLElement>('.checkin-action').forEach((row, index) => {
      row.querySelector('[data-action-legend]')!.textContent = strings.action.replace('{number}', String(index + 1));
      row.querySelector('[data-remove-action]')!.textContent = strings.removeAction.replace('{number}', String(index + 1));
    });
  };
  const addAction = (action?: NonNullable<CheckInEdits['actions']>[number]) => {
    const row = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
    const n = ++actionCount;
    for (const control of row.querySelectorAll<HTMLElement>('[data-action-field]')) {
      const name = control.dataset.actionField!;
      control.id = `action-${n}-${name}`;
      row.querySelector(`label[data-for="${name}"]`)!.setAttribute('for', control.id);
      const error = row.querySelector<HTMLElement>(`[data-error-of="${name}"]`)!;
      error.id = `${control.id}-error`;
      control.dataset.describedby = '';
    }
    actionsBox.append(row);
    renumber();
    if (!action) {
      row.querySelector<HTMLElement>('[data-action-field="title"]')!.focus();
      return;
    }
    // An open action of the last check-in, as the page's file already shows it.
    for (const name of ['title', 'kr', 'owner', 'status'] as const) {
      row.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-action-field="${name}"]`)!.value = action[name] ?? (name === 'status' ? 'todo' : '');
    }
  };
  // The browser may restore the rows' fields of a page opened again; the rows themselves are made here.
  for (const action of data.prefill.actions) addAction(action);
  form.querySelector('[data-add-action]')!.addEventListener('click', () => {
    addAction();
    update();
  });
  actionsBox.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('[data-remove-action]');
    if (!button) return;
    button.closest('.checkin-action')!.remove();
    renumber();
    form.querySelector<HTMLElement>('[data-add-action]')!.focus();
    update();
  });

  /** The rows of the form as edits, and which field each item of the file's lists came from. */
  const read = () => {
    const updates: NonNullable<CheckInEdits['updates']> = {};
    const updateFields: Array<{ value: string; confidence: string }> = [];
    for (const box of form.querySelectorAll<HTMLElement>('[data-kr]')) {
      if (!box.querySelector<HTMLInputElement>('[data-record]')!.checked) continue;
      const id = box.dataset.kr!;
      const value = box.dataset.kind === 'milestone'
        ? (box.querySelector<HTMLInputElement>('[data-value]:checked')?.value ?? 'false')
        : box.querySelector<HTMLInputElement>('[data-value]')!.value;
      const confidence = box.querySelector<HTMLInputElement>('[data-confidence]')!.value;
      updates[id] = confidence.trim() === '' ? { value } : { value, confidence };
      updateFields.push({ value: `kr-${id}-value`, confidence: `kr-${id}-confidence` });
    }
    const health: Record<string, string> = {};
    const healthFields: string[] = [];
    for (const box of form.querySelectorAll<HTMLElement>('[data-metric]')) {
      if (!box.querySelector<HTMLInputElement>('[data-record]')!.checked) continue;
      health[box.dataset.metric!] = box.querySelector<HTMLInputElement>('[data-value]')!.value;
      healthFields.push(`hm-${box.dataset.metric}-value`);
    }
    const actions: NonNullable<CheckInEdits['actions']> = [];
    const actionFields: string[] = [];
    for (const row of actionsBox.querySelectorAll<HTMLElement>('.checkin-action')) {
      const field = (name: string) => row.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-action-field="${name}"]`)!;
      const action = { title: field('title').value, kr: field('kr').value, owner: field('owner').value, status: field('status').value };
      if (isBlankAction(action)) continue;
      actions.push(action);
      actionFields.push(field('title').id.replace(/-title$/, ''));
    }
    const edits: CheckInEdits = {
      date: dateInput.value,
      updates,
      health,
      attendees: lines(byId<HTMLTextAreaElement>('f-attendees')!.value),
      leadersPresent: leadership.checked ? lines(byId<HTMLTextAreaElement>('f-leaders')!.value) : [],
      actions,
      blockers: lines(byId<HTMLTextAreaElement>('f-blockers')!.value),
      notes: byId<HTMLTextAreaElement>('f-notes')!.value,
    };
    return { edits, updateFields, healthFields, actionFields };
  };

  /** The id of the form field a finding is about, if one. */
  const fieldOf = (finding: Finding, where: ReturnType<typeof read>): string | undefined => {
    if (finding.field === undefined) return finding.code === 'invalid-character' ? 'f-notes' : undefined;
    const [, key, index, sub] = /^([a-z_]+)(?:\[(\d+)\])?(?:\.([a-z_]+))?/.exec(finding.field) ?? [];
    const i = Number(index);
    switch (key) {
      case 'date': return 'f-date';
      case 'attendees': return 'f-attendees';
      case 'leaders_present': return 'f-leaders';
      case 'blockers': return 'f-blockers';
      case 'updates': return where.updateFields[i] && (sub === 'confidence' ? where.updateFields[i].confidence : where.updateFields[i].value);
      case 'health': return where.healthFields[i];
      case 'actions': return where.actionFields[i] && `${where.actionFields[i]}-${sub === 'kr' || sub === 'owner' || sub === 'status' ? sub : 'title'}`;
      default: return undefined;
    }
  };

  const labelOf = (id: string) => {
    const element = byId(id);
    const label = document.querySelector(`label[for="${id}"]`) ?? (element instanceof HTMLFieldSetElement ? element.querySelector('legend') : null);
    const group = element?.closest('fieldset.checkin-kr, fieldset.checkin-action')?.querySelector('legend');
    const own = label?.textContent?.trim() ?? id;
    return group && group !== label ? `${group.textContent!.trim()}: ${own}` : own;
  };

  let shownValid = true;
  const update = () => {
    const where = read();
    const { file, text } = checkInFile(scaffold, where.edits);
    const { findings } = checkCheckInText(file, text, data.rules);
    const errors = findings.filter((finding) => finding.level === 'error');
    // Clear every field's error, then show the ones found.
    for (const error of form.querySelectorAll<HTMLElement>('.field-error')) {
      error.hidden = true;
      error.textContent = '';
    }
    for (const field of form.querySelectorAll<HTMLElement>('[aria-invalid]')) field.removeAttribute('aria-invalid');
    for (const field of form.querySelectorAll<HTMLElement>('[data-describedby]')) {
      if (field.dataset.describedby) field.setAttribute('aria-describedby', field.dataset.describedby);
      else field.removeAttribute('aria-describedby');
    }
    const list = summary.querySelector('[data-summary-list]')!;
    list.replaceChildren();
    for (const finding of errors) {
      const id = fieldOf(finding, where);
      const item = document.createElement('li');
      const words = id ? `${labelOf(id)}: ${finding.message}` : `${finding.field ? `${finding.field}: ` : ''}${finding.message}`;
      if (id) {
        const link = document.createElement('a');
        link.href = `#${id}`;
        link.replaceChildren(...messageNodes(words));
        item.append(link);
        const control = byId(id)!;
        const error = byId(`${id}-error`);
        if (error && error.hidden) {
          error.hidden = false;
          error.replaceChildren(...messageNodes(finding.message));
          const targets = control instanceof HTMLFieldSetElement ? [...control.querySelectorAll<HTMLElement>('input')] : [control];
          for (const target of targets) {
            target.setAttribute('aria-invalid', 'true');
            target.setAttribute('aria-describedby', `${target.dataset.describedby ?? ''} ${error.id}`.trim());
          }
        }
      } else item.replaceChildren(...messageNodes(words));
      list.append(item);
    }
    summary.hidden = errors.length === 0;
    const category = plural.select(errors.length);
    summary.querySelector('[data-summary-heading]')!.textContent = (strings.problems[category] ?? strings.problems.other!).replace('{count}', String(errors.length));
    const valid = errors.length === 0;
    // A value the schema refuses never reaches a link to the host (the panel hides Open in <host>).
    if (panel) updateFileOutput(panel, file, text, valid);
    if (fileStatus && valid !== shownValid) fileStatus.textContent = valid ? strings.fileReady : strings.fileHasProblems;
    shownValid = valid;
  };

  const onChange = (event: Event) => {
    const target = event.target as HTMLElement;
    // Typing a reading records it.
    if (target.matches('[data-value], [data-confidence]')) {
      const record = target.closest('[data-kr], [data-metric]')?.querySelector<HTMLInputElement>('[data-record]');
      if (record) record.checked = true;
    }
    if (target === leadership) leadersBox.hidden = !leadership.checked;
    update();
  };
  form.addEventListener('input', onChange);
  // Nothing is sent anywhere: Enter in a field must not reload the page.
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', onChange);
  // The browser may restore the fields of a page opened again.
  leadersBox.hidden = !leadership.checked;
  update();
}

/**
 * The file panel of a form (src/components/FileOutput.astro) in the browser:
 * keeps its text, Download and "Open in <host>" links in step with the form
 * (`updateFileOutput`, called by the form's script on every change), and
 * copies the file with the clipboard API, saying so in the panel's polite
 * live region.
 */
import { fileOutputState } from '../lib/file-output.ts';
import type { RepositoryTarget } from '../lib/repository.ts';

const panels = new WeakSet<HTMLElement>();

/**
 * Shows `text` as the file `file` (relative to the content root) in `panel`,
 * the element with `data-file-output`. `valid` false (the form's checks
 * failed) hides "Open in <host>": a file `check` refuses never reaches the host.
 */
export function updateFileOutput(panel: HTMLElement, file: string, text: string, valid = true): void {
  bindFileOutput(panel);
  const state = fileOutputState(file, text, repositoryOf(panel));
  const part = <T extends HTMLElement>(name: string) => panel.querySelector<T>(`[data-file-output-${name}]`);
  const area = part<HTMLTextAreaElement>('text');
  if (area && area.value !== text) area.value = text;
  const path = part('path');
  if (path) path.textContent = file;
  const download = part<HTMLAnchorElement>('download');
  if (download) {
    download.href = state.download;
    download.download = state.name;
  }
  const open = part<HTMLAnchorElement>('open');
  const tooLong = part('too-long');
  if (open && state.open) {
    const fits = 'href' in state.open;
    if (fits && valid) open.href = (state.open as { href: string }).href;
    else open.removeAttribute('href');
    open.hidden = !fits || !valid;
    if (tooLong) tooLong.hidden = fits;
  }
}

/** Turns on the Copy button of every panel on the page (the forms' scripts call `updateFileOutput`, which does it too). */
export function bindFileOutputs(root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('[data-file-output]').forEach(bindFileOutput);
}

function bindFileOutput(panel: HTMLElement): void {
  if (panels.has(panel)) return;
  panels.add(panel);
  const copy = panel.querySelector<HTMLButtonElement>('[data-file-output-copy]');
  const area = panel.querySelector<HTMLTextAreaElement>('[data-file-output-text]');
  const status = panel.querySelector<HTMLElement>('[data-file-output-status]');
  if (!copy || !area) return;
  copy.hidden = false;
  copy.addEventListener('click', () => {
    const say = (key: 'copied' | 'copyFailed') => {
      if (status) status.textContent = panel.dataset[key] ?? '';
    };
    const selectText = () => {
      area.focus();
      area.select();
    };
    if (!navigator.clipboard) {
      selectText();
      say('copyFailed');
      return;
    }
    navigator.clipboard.writeText(area.value).then(
      () => say('copied'),
      () => {
        selectText();
        say('copyFailed');
      },
    );
  });
}

function repositoryOf(panel: HTMLElement): RepositoryTarget | null {
  const json = panel.dataset.repository;
  if (!json) return null;
  try {
    return JSON.parse(json) as RepositoryTarget;
  } catch {
    return null;
  }
}

/**
 * The search page: loads Pagefind's own script the first time the reader
 * searches, shows results with their check-in sub-results, filters by the
 * cycle, team, type and grade chosen in the page's own selects (written at
 * build time), and says what it found in a live region.
 */

import { excerptAfterTitle, nextShown, RESULTS_PER_PAGE } from './search-text.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  options(options: object): Promise<void>;
  search(query: string, options?: object): Promise<{ results: Array<{ id: string; data(): Promise<PagefindData> }> }>;
}

let loading: Promise<Pagefind | null> | undefined;

/** Pagefind, loaded once; null when the site has no index (dev server, or not built yet). */
function loadPagefind(bundle: string): Promise<Pagefind | null> {
  loading ??= import(/* @vite-ignore */ bundle)
    .then(async (module: Pagefind) => {
      await module.options({ excerptLength: 24 });
      return module;
    })
    .catch(() => null);
  return loading;
}

/** Keeps only text and Pagefind's <mark> highlights from an excerpt. */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt; // inert: nothing in a template runs or loads
  const nodes: Node[] = [];
  for (const node of Array.from(template.content.childNodes)) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(node.textContent ?? ''));
    }
  }
  return nodes;
}

function resultItem(data: PagefindData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(heading, excerpt);
  const subs = data.sub_results.filter((sub) => sub.url.includes('#')).slice(0, 4);
  if (subs.length > 0) {
    const list = document.createElement('ul');
    for (const sub of subs) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = sub.url;
      a.textContent = sub.title;
      const text = document.createElement('span');
      text.append(' · ', ...excerptNodes(excerptAfterTitle(sub.excerpt, sub.title)));
      li.append(a, text);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

/** The words the page gives the script, in the site's language (src/routes/search/index.astro). */
interface SearchWords {
  searching: string;
  unavailable: string;
  forQuery: string;
  withFilters: string;
  none: string;
  results: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  showing: string;
  more: string;
}

const ENGLISH: SearchWords = {
  searching: 'Searching…',
  unavailable: 'Search is available after a build: run npm run build, then npm run preview.',
  forQuery: ' for “{query}”',
  withFilters: ' with these filters',
  none: 'No results{what}.',
  results: { one: '{count} result{what}{more}.', other: '{count} results{what}{more}.' },
  showing: ', showing the first {shown}',
  more: 'Show {count} more',
};

/** A message with its `{name}` values filled in. */
function fill(message: string, values: Record<string, string>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Wires the search page: query from `?q=`, filters, order, results. */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  const input = document.getElementById('search-query') as HTMLInputElement | null;
  const sort = document.getElementById('search-sort') as HTMLSelectElement | null;
  const status = document.getElementById('search-status');
  const list = document.querySelector<HTMLOListElement>('[data-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-more]');
  if (!form || !input || !sort || !status || !list || !more) return;
  const filterSelects = Array.from(document.querySelectorAll<HTMLSelectElement>('[data-filters] select'));
  // Hidden in the page: without JavaScript they could not filter anything.
  document.querySelector<HTMLFieldSetElement>('[data-filters]')?.removeAttribute('hidden');
  const bundle = form.dataset.bundle ?? '/pagefind/pagefind.js';
  const words: SearchWords = form.dataset.words ? { ...ENGLISH, ...(JSON.parse(form.dataset.words) as Partial<SearchWords>) } : ENGLISH;
  const lang = document.documentElement.lang || 'en';
  const plurals = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') === 'date' ? 'date' : '';
  for (const select of filterSelects) {
    select.value = params.get(select.name) ?? '';
    // A value this site does not have (an old link): no filter rather than no results.
    if (select.selectedIndex < 0) select.value = '';
    select.addEventListener('change', () => void run());
  }
  let runId = 0;

  async function run() {
    const query = input!.value.trim();
    const id = ++runId;
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    if (sort!.value) url.searchParams.set('sort', sort!.value);
    else url.searchParams.delete('sort');
    const filters = Object.fromEntries(filterSelects.filter((select) => select.value).map((select) => [select.name, [select.value]]));
    for (const select of filterSelects) {
      if (select.value) url.searchParams.set(select.name, select.value);
      else url.searchParams.delete(select.name);
    }
    history.replaceState(null, '', url);
    if (!query && Object.keys(filters).length === 0) {
      list!.replaceChildren();
      status!.textContent = '';
      more!.hidden = true;
      return;
    }
    status!.textContent = words.searching;
    const pagefind = await loadPagefind(bundle);
    if (id !== runId) return;
    if (!pagefind) {
      status!.textContent = words.unavailable;
      return;
    }
    const search = await pagefind.search(query || null as unknown as string, { filters, ...(sort!.value === 'date' ? { sort: { date: 'desc' } } : {}) });
    const count = search.results.length;
    // Say when filters narrowed the answer: "No results for “x”" alone would be untrue with a filter on.
    const what = `${query ? fill(words.forQuery, { query }) : ''}${Object.keys(filters).length > 0 ? words.withFilters : ''}`;
    const results = words.results[plurals.select(count)] ?? words.results.other;
    let shown = 0;
    /** Shows the next results (every one is reachable, RESULTS_PER_PAGE at a time) and says how many are on the page. */
    const showMore = async (first: boolean) => {
      const upTo = nextShown(shown, count);
      const data = await Promise.all(search.results.slice(shown, upTo).map((r) => r.data()));
      if (id !== runId) return;
      const items = data.map(resultItem);
      if (first) list!.replaceChildren(...items);
      else list!.append(...items);
      shown = upTo;
      status!.textContent = count === 0 ? fill(words.none, { what }) : fill(results, { count: numbers.format(count), what, more: shown < count ? fill(words.showing, { shown: numbers.format(shown) }) : '' });
      more!.hidden = shown >= count;
      more!.textContent = fill(words.more, { count: numbers.format(Math.min(RESULTS_PER_PAGE, count - shown)) });
      // Keyboard readers carry on from the first result just added.
      if (!first) items[0]?.querySelector('a')?.focus();
    };
    more!.onclick = () => void showMore(false);
    await showMore(true);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 200);
  });
  sort.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  if (input.value || filterSelects.some((select) => select.value)) void run();
}

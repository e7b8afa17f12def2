/**
 * The search page: loads Pagefind's own script the first time the reader
 * searches, shows results with their check-in sub-results, filters by cycle,
 * team, type and grade, and says what it found in a live region.
 */

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
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string, options?: object): Promise<{ results: Array<{ id: string; data(): Promise<PagefindData> }> }>;
}

const FILTER_NAMES: Record<string, string> = { type: 'Type', cycle: 'Cycle', team: 'Team', grade: 'Grade' };

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
      text.append(' · ', ...excerptNodes(sub.excerpt));
      li.append(a, text);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

/** Wires the search page: query from `?q=`, filters, order, results. */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  const input = document.getElementById('search-query') as HTMLInputElement | null;
  const sort = document.getElementById('search-sort') as HTMLSelectElement | null;
  const status = document.getElementById('search-status');
  const list = document.querySelector<HTMLOListElement>('[data-results]');
  const filtersBox = document.querySelector<HTMLFieldSetElement>('[data-filters]');
  if (!form || !input || !sort || !status || !list || !filtersBox) return;
  const bundle = form.dataset.bundle ?? '/pagefind/pagefind.js';
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') === 'date' ? 'date' : '';
  const chosen = new Map<string, Set<string>>();
  for (const [key, value] of params) if (key in FILTER_NAMES) chosen.set(key, new Set([...(chosen.get(key) ?? []), value]));
  let filtersShown = false;
  let runId = 0;

  async function showFilters(pagefind: Pagefind) {
    if (filtersShown) return;
    filtersShown = true;
    const filters = await pagefind.filters();
    for (const key of Object.keys(FILTER_NAMES)) {
      const values = Object.keys(filters[key] ?? {}).sort((a, b) => (key === 'cycle' ? b.localeCompare(a) : a.localeCompare(b)));
      if (values.length === 0) continue;
      const label = document.createElement('label');
      const select = document.createElement('select');
      select.name = key;
      select.id = `filter-${key}`;
      label.htmlFor = select.id;
      label.textContent = FILTER_NAMES[key]!;
      const any = new Option(`Any ${FILTER_NAMES[key]!.toLowerCase()}`, '');
      select.append(any, ...values.map((v) => new Option(`${v} (${filters[key]![v]})`, v)));
      select.value = [...(chosen.get(key) ?? [])][0] ?? '';
      select.addEventListener('change', () => {
        if (select.value) chosen.set(key, new Set([select.value]));
        else chosen.delete(key);
        void run();
      });
      const wrap = document.createElement('p');
      wrap.append(label, select);
      filtersBox!.append(wrap);
    }
    filtersBox!.hidden = false;
  }

  async function run() {
    const query = input!.value.trim();
    const id = ++runId;
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    if (sort!.value) url.searchParams.set('sort', sort!.value);
    else url.searchParams.delete('sort');
    for (const key of Object.keys(FILTER_NAMES)) url.searchParams.delete(key);
    for (const [key, values] of chosen) for (const v of values) url.searchParams.append(key, v);
    history.replaceState(null, '', url);
    if (!query && chosen.size === 0) {
      list!.replaceChildren();
      status!.textContent = '';
      return;
    }
    status!.textContent = 'Searching…';
    const pagefind = await loadPagefind(bundle);
    if (id !== runId) return;
    if (!pagefind) {
      status!.textContent = 'Search is available after a build: run npm run build, then npm run preview.';
      return;
    }
    void showFilters(pagefind);
    const filters = Object.fromEntries([...chosen].map(([k, v]) => [k, [...v]]));
    const search = await pagefind.search(query || null as unknown as string, { filters, ...(sort!.value === 'date' ? { sort: { date: 'desc' } } : {}) });
    const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    if (id !== runId) return;
    list!.replaceChildren(...data.map(resultItem));
    const count = search.results.length;
    status!.textContent = count === 0 ? `No results for “${query}”.` : `${count} result${count === 1 ? '' : 's'}${query ? ` for “${query}”` : ''}${count > 20 ? ', showing the first 20' : ''}.`;
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
  if (input.value || chosen.size > 0) void run();
}

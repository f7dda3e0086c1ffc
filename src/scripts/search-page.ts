/**
 * The search page in the browser: reads the query and filters from the address, runs the
 * search with Pagefind's JavaScript API, lists the results, and keeps the address up to date
 * as the citizen types or filters (history.replaceState), so a search can be shared and
 * reloaded. Results are built with DOM methods and textContent only.
 */
import { FILTER_KEYS, type FilterKey, type FilterOptions, type SearchMessage } from '../lib/search/model.ts';
import { entriesFor, shardAddress, type NameEntry } from '../lib/search/names.ts';
import {
  entriesOf,
  fill,
  hasExactName,
  hasFilters,
  looksLikeName,
  nameIndexAnswers,
  nameResults,
  pagefindFilters,
  paramsFromState,
  prepareQuery,
  rankEntries,
  stateFromParams,
  type NameLookupSetup,
  type PreparedQuery,
  type ResultEntry,
  type SearchMode,
  type SearchState,
} from '../lib/search/results.ts';
import { NAME_PREFIX } from '../lib/search/text.ts';
import type { Pagefind, PagefindResult } from './pagefind-loader.ts';

/** Results shown at once, and more on request. */
const PAGE_SIZE = 20;
/** Pagefind pages read per request at most (each costs a download), and at once. */
const MAX_PAGES_PER_BATCH = 24;
const PARALLEL = 6;
/** Pages read at first for a whole-name lookup: those holding the exact name come first. */
const NAME_PAGES = 8;
/** Wait this long after the last key before searching. */
const TYPING_DELAY = 250;

/**
 * The records of a folded name, from the whole-name index: one fetch of the shard that holds
 * it, each shard fetched once per visit. Nothing else is needed first (no Pagefind).
 */
function nameLookup(setup: NameLookupSetup): (key: string) => Promise<NameEntry[]> {
  const shards = new Map<string, Promise<unknown>>();
  return (key) => {
    const url = shardAddress(setup, key);
    let shard = shards.get(url);
    if (!shard) {
      // Ahead of Pagefind's files, which the page fetches at low priority.
      shard = fetch(url, { priority: 'high' }).then((response) => (response.ok ? response.json() : null));
      shards.set(url, shard);
      // A failed shard is fetched again on the next search.
      shard.catch(() => shards.delete(url));
    }
    return shard.then((s) => entriesFor(s, key));
  };
}

/** What a search needs besides its query: Pagefind when it gets to it, and the whole-name index. */
interface Searcher {
  pagefind: () => Promise<Pagefind>;
  /** Records of exactly the query's name, from the whole-name index, when it can answer the search. */
  names?: Promise<ResultEntry[]>;
}

/** One search: Pagefind's pages not yet read, and the results so far. */
class Session {
  readonly query: PreparedQuery;
  readonly filters: Record<string, string>;
  readonly entries: ResultEntry[] = [];
  private readonly seen = new Set<string>();
  private readonly searcher: Searcher;
  private api: Pagefind | undefined;
  private queue: PagefindResult[] = [];
  private order = 0;
  private mode: SearchMode = 'words';
  /** Whole-name results were found; the search by words waits for the citizen. */
  wordsDeferred = false;
  private wordsStarted = false;

  private readonly personTypes: string[];

  constructor(searcher: Searcher, query: PreparedQuery, filters: Record<string, string>, personTypes: string[]) {
    this.searcher = searcher;
    this.query = query;
    this.filters = filters;
    this.personTypes = personTypes;
  }

  get hasMore(): boolean {
    return this.queue.length > 0;
  }

  get nameMatches(): boolean {
    return this.wordsDeferred;
  }

  private async pagefind(): Promise<Pagefind> {
    return (this.api ??= await this.searcher.pagefind());
  }

  async start(): Promise<void> {
    // A whole name first from its own index: one small file, no need to wait for Pagefind.
    // A failed lookup only means the search goes on with Pagefind.
    const named = (await this.searcher.names?.catch(() => undefined)) ?? [];
    if (named.length) {
      for (const entry of named) this.seen.add(entry.url);
      this.keep(named);
      this.wordsDeferred = true;
      return;
    }
    if (looksLikeName(this.query)) {
      // Pages holding the exact name come first (Pagefind prefers whole-word matches).
      const found = await (await this.pagefind()).search(NAME_PREFIX + this.query.name, { filters: this.filters });
      this.queue = found?.results.slice() ?? [];
      this.mode = 'name';
      const added = await this.more(NAME_PAGES);
      if (hasExactName(added, this.personTypes)) {
        this.wordsDeferred = true;
        return;
      }
    }
    await this.startWords();
  }

  async startWords(): Promise<void> {
    if (this.wordsStarted) return;
    this.wordsStarted = true;
    this.wordsDeferred = false;
    this.mode = 'words';
    const found = await (await this.pagefind()).search(this.query.terms.length ? this.query.folded : null, { filters: this.filters });
    this.queue = found?.results.slice() ?? [];
    await this.more();
  }

  /** Read Pagefind's next pages until a screenful of new results (or the end); rank them together. */
  async more(maxPages = MAX_PAGES_PER_BATCH): Promise<ResultEntry[]> {
    const fresh: ResultEntry[] = [];
    let read = 0;
    while (this.queue.length && fresh.length < PAGE_SIZE && read < maxPages) {
      const batch = this.queue.splice(0, Math.min(PARALLEL, maxPages - read));
      read += batch.length;
      fresh.push(...(await this.read(batch, this.mode)));
    }
    return this.keep(fresh);
  }

  /** The results of some pages, without those already listed. */
  private async read(pages: PagefindResult[], mode: SearchMode): Promise<ResultEntry[]> {
    const datas = await Promise.all(pages.map((p) => p.data()));
    const fresh: ResultEntry[] = [];
    for (const data of datas) {
      for (const entry of entriesOf(data, this.query, mode, this.order++)) {
        if (this.seen.has(entry.url)) continue;
        this.seen.add(entry.url);
        fresh.push(entry);
      }
    }
    return fresh;
  }

  private keep(fresh: ResultEntry[]): ResultEntry[] {
    const ranked = rankEntries(fresh);
    this.entries.push(...ranked);
    return ranked;
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** A message of the page's, with its {placeholders} filled in. */
type Say = (key: SearchMessage, params?: Record<string, string | number>) => string;

/** One result as a list item: kind, title (a link), date and province, then a record's details. */
function renderEntry(entry: ResultEntry, say: Say): HTMLLIElement {
  const li = element('li', 'search-result');
  li.append(element('p', 'search-result-type', entry.type));
  const heading = element('h3', 'search-result-title');
  const link = element('a', undefined, entry.title);
  link.href = entry.url;
  heading.append(link);
  li.append(heading);
  const where = [entry.date, entry.province].filter(Boolean).join(' · ');
  if (entry.decision) {
    if (entry.detail) li.append(element('p', undefined, entry.detail));
    if (entry.award) li.append(element('p', undefined, say('search.recordAward', { award: entry.award })));
    li.append(element('p', 'small', say('search.recordDecision', { number: entry.decision, date: entry.date ?? '' })));
    if (entry.province) li.append(element('p', 'small', entry.province));
  } else {
    if (where) li.append(element('p', 'small', where));
    if (entry.detail) li.append(element('p', 'search-result-detail', entry.detail));
  }
  return li;
}

/** The filter choices, read from the form's controls (the build wrote them). */
function readOptions(form: HTMLFormElement): FilterOptions {
  const options = {} as FilterOptions;
  for (const key of FILTER_KEYS) {
    const select = form.elements.namedItem(key) as HTMLSelectElement | null;
    options[key] = select
      ? [...select.options].filter((o) => o.value).map((o) => ({ value: o.value, label: o.dataset.label ?? o.textContent ?? '' }))
      : [];
  }
  return options;
}

/**
 * Pagefind as the page's first script started loading it (src/scripts/pagefind-loader.ts,
 * not imported here so that it stays one small file of its own).
 */
function loadPagefind(): Promise<Pagefind> {
  window.bangVangPagefindGo?.();
  return window.bangVangPagefind ?? Promise.reject(new Error('the search page started no Pagefind'));
}

/** Once the page is idle: Pagefind's start, after a whole name's results, for the searches that follow. */
function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 50);
}

export function enableSearch(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  const allWords = root.querySelector<HTMLButtonElement>('[data-search-all-words]');
  const failed = root.querySelector<HTMLElement>('[data-search-failed]');
  if (!form || !list || !status || !more || !allWords || !failed) return;
  const initial = stateFromParams(new URL(root.location.href).searchParams);
  const namesSetup = form.dataset.names ? (JSON.parse(form.dataset.names) as NameLookupSetup) : undefined;
  const lookup = namesSetup ? nameLookup(namesSetup) : undefined;
  // The shard of a name in the address is fetched before anything else is done.
  if (lookup && nameIndexAnswers(prepareQuery(initial.q), initial)) void lookup(prepareQuery(initial.q).key).catch(() => undefined);
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const options = readOptions(form);
  const recordType = options.loai.find((o) => o.value === 'khen-thuong')?.label ?? '';
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Record<string, string>;
  const say: Say = (key, params) => fill(messages[key] ?? key, params);
  // Profiles are people too: an exact name among them is a whole-name match.
  const personTypes = options.loai.filter((o) => o.value === 'guong-dien-hinh').map((o) => o.label);
  const selects = FILTER_KEYS.map((key) => form.elements.namedItem(key) as HTMLSelectElement | null);

  let session: Session | undefined;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stateOfForm = (): SearchState => {
    const state: SearchState = { q: input.value.trim() };
    FILTER_KEYS.forEach((key: FilterKey, i) => {
      const value = selects[i]?.value;
      if (value) state[key] = value;
    });
    return state;
  };

  const fillForm = (state: SearchState) => {
    input.value = state.q;
    // Folded on a phone unless the address sets a filter (a wide screen shows them anyway).
    const folded = form.querySelector<HTMLDetailsElement>('details[data-search-filters]');
    if (folded && hasFilters(state)) folded.open = true;
    FILTER_KEYS.forEach((key, i) => {
      const select = selects[i];
      if (!select) return;
      const wanted = state[key] ?? '';
      select.value = [...select.options].some((o) => o.value === wanted) ? wanted : '';
    });
  };

  const updateAddress = (state: SearchState) => {
    const url = new URL(root.location.href);
    url.search = paramsFromState(state).toString();
    root.defaultView?.history.replaceState(null, '', url);
  };

  const announce = (s: Session) => {
    const count = s.entries.length;
    const query = s.query.text;
    let message: string;
    if (!query) {
      message = count === 0 ? say('search.countNoneFiltered') : s.hasMore ? say('search.countSomeFiltered', { count }) : say('search.countAllFiltered', { count });
    } else if (count === 0) {
      message = say('search.countNone', { query });
    } else if (s.nameMatches) {
      message = say('search.countNames', { count, query });
    } else {
      message = s.hasMore ? say('search.countSome', { count, query }) : say('search.countAll', { count, query });
    }
    status.textContent = message;
    more.hidden = !s.hasMore;
    allWords.hidden = !s.nameMatches;
    list.removeAttribute('aria-busy');
  };

  const render = (entries: readonly ResultEntry[], append: boolean) => {
    if (!append) list.replaceChildren();
    const items = entries.map((entry) => renderEntry(entry, say));
    list.append(...items);
    // After "more", keyboard focus goes to the first new result (the button may now be gone).
    if (append) items[0]?.querySelector('a')?.focus();
  };

  const fail = () => {
    failed.hidden = false;
    list.removeAttribute('aria-busy');
  };

  const run = async (state: SearchState) => {
    const mine = ++generation;
    updateAddress(state);
    if (!state.q && !hasFilters(state)) {
      session = undefined;
      list.replaceChildren();
      status.textContent = say('search.prompt');
      more.hidden = true;
      allWords.hidden = true;
      return;
    }
    list.setAttribute('aria-busy', 'true');
    let s: Session;
    try {
      const query = prepareQuery(state.q);
      const names =
        lookup && namesSetup && nameIndexAnswers(query, state)
          ? lookup(query.key).then((entries) => nameResults(entries, query, state, options, namesSetup, recordType))
          : undefined;
      s = new Session({ pagefind: loadPagefind, names }, query, pagefindFilters(state, options), personTypes);
      await s.start();
    } catch {
      if (mine === generation) fail();
      return;
    }
    if (mine !== generation) return;
    session = s;
    render(s.entries, false);
    announce(s);
  };

  const runSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(stateOfForm()), TYPING_DELAY);
  };

  input.addEventListener('input', runSoon);
  for (const select of selects) select?.addEventListener('change', () => void run(stateOfForm()));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(stateOfForm());
  });
  more.addEventListener('click', async () => {
    const s = session;
    if (!s) return;
    list.setAttribute('aria-busy', 'true');
    const mine = generation;
    const added = await s.more().catch(() => undefined);
    if (mine !== generation || s !== session) return;
    if (!added) return fail();
    render(added, true);
    announce(s);
  });
  allWords.addEventListener('click', async () => {
    const s = session;
    if (!s) return;
    list.setAttribute('aria-busy', 'true');
    const mine = generation;
    const before = s.entries.length;
    const ok = await s.startWords().then(() => true, () => false);
    if (mine !== generation || s !== session) return;
    if (!ok) return fail();
    render(s.entries.slice(before), true);
    announce(s);
  });

  fillForm(initial);
  form.hidden = false;
  // Pagefind is loading since the first script ran: say so now if it cannot.
  window.bangVangPagefind?.catch(fail);
  // Its start waited for a whole name's results (pagefind-loader.ts): they are on screen, or
  // the search went on with Pagefind (which let it go on already).
  void run(initial).finally(() => whenIdle(() => window.bangVangPagefindGo?.()));
}

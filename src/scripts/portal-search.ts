/**
 * The portal's search page in the browser (src/pages/toan-quoc/tim-kiem/): reads the query
 * and filters from the address, looks a whole name up in one shard of each member's name
 * index, and searches by words with Pagefind over the members' merged bundles
 * (src/lib/portal/search.ts). Results are built with DOM methods and textContent only, and
 * link to the members' own pages.
 */
import { FILTER_KEYS, type FilterOptions, type SearchMessage } from '../lib/search/model.ts';
import {
  entriesOf,
  fill,
  hasFilters,
  looksLikeName,
  pagefindFilters,
  prepareQuery,
  rankEntries,
  type PagefindData,
  type PreparedQuery,
  type SearchMode,
} from '../lib/search/results.ts';
import { NAME_PREFIX } from '../lib/search/text.ts';
import { nameKey, type NameShard } from '../lib/search/names.ts';
import {
  bundlesOf,
  isNameLookup,
  MEMBER_FILTER,
  memberOfUrl,
  membersOf,
  nameResults,
  portalParams,
  portalStateFromParams,
  rankNameResults,
  shardAddress,
  type MemberSearch,
  type PortalEntry,
  type PortalSearchSetup,
  type PortalState,
} from '../lib/portal/search.ts';
import type { Pagefind, PagefindResult } from './pagefind-loader.ts';

const PAGE_SIZE = 20;
const MAX_PAGES_PER_BATCH = 24;
/** Pagefind pages read for the name as one word, before the words: one a member at most, in one batch. */
const NAME_PAGES = MAX_PAGES_PER_BATCH;
const PARALLEL = 6;
const TYPING_DELAY = 250;

type PortalMessage = SearchMessage | 'portal.search.countNames' | 'portal.search.member' | 'portal.search.unreachable';
type Say = (key: PortalMessage, params?: Record<string, string | number>) => string;

/**
 * Pagefind with the members' bundles merged so far: a bundle is merged once, when a search
 * first needs it. Pagefind keeps a bundle that failed to load among those it searches, and
 * every search then fails: after a failure it is started again without that bundle.
 */
class MergedIndex {
  private api?: Promise<Pagefind>;
  /** Bundles merged, by address, with the options they were merged with. */
  private readonly merged = new Map<string, Record<string, unknown>>();
  /** Bundles that could not be read, and whose members. */
  private readonly broken = new Map<string, string>();
  private readonly setup: PortalSearchSetup;
  private readonly options: Record<string, unknown>;
  constructor(setup: PortalSearchSetup) {
    this.setup = setup;
    this.options = { excerptLength: 0, ranking: { metaWeights: setup.metaWeights } };
  }

  /** Whether a bundle has an index (the portal's own records bundle is empty when it has no decisions). */
  private async hasIndex(bundle: string): Promise<boolean> {
    try {
      const response = await fetch(new URL('pagefind-entry.json', new URL(bundle, document.baseURI)));
      const entry = (await response.json()) as { languages?: Record<string, unknown> };
      return response.ok && Object.keys(entry.languages ?? {}).length > 0;
    } catch {
      return false;
    }
  }

  private async start(): Promise<Pagefind> {
    const api = (await import(/* @vite-ignore */ this.setup.pagefind.script)) as Pagefind;
    await api.options({ ...this.options, noWorker: true });
    await api.init();
    return api;
  }

  private load(): Promise<Pagefind> {
    this.api ??= (async () => {
      const [api, ownRecords] = await Promise.all([this.start(), this.hasIndex(this.setup.pagefind.records)]);
      if (ownRecords) {
        await api.mergeIndex(this.setup.pagefind.records, this.options);
        this.merged.set(this.setup.pagefind.records, this.options);
      }
      return api;
    })();
    return this.api;
  }

  /** Pagefind with every bundle of these members merged; the members whose bundles could not be read. */
  async with(members: readonly MemberSearch[]): Promise<{ api: Pagefind; failed: string[] }> {
    let api = await this.load();
    const wanted = bundlesOf(members, document.baseURI).filter(({ path }) => !this.merged.has(path) && !this.broken.has(path));
    const member = (path: string) => members.find((m) => bundlesOf([m], document.baseURI).some((b) => b.path === path))?.name ?? path;
    const merged = await Promise.all(wanted.map(({ path, options }) => api.mergeIndex(path, { ...this.options, ...options }).then(() => true, () => false)));
    wanted.forEach(({ path, options }, i) => {
      if (merged[i]) this.merged.set(path, { ...this.options, ...options });
      else this.broken.set(path, member(path));
    });
    if (merged.includes(false)) {
      // Start again with the bundles that loaded.
      const pagefind = api as Pagefind & { destroy?: () => Promise<void> };
      await pagefind.destroy?.();
      const restarted = this.start();
      this.api = restarted;
      api = await restarted;
      for (const [path, options] of this.merged) await api.mergeIndex(path, options);
    }
    const failed = new Set(members.filter((m) => bundlesOf([m], document.baseURI).some((b) => this.broken.has(b.path))).map((m) => m.name));
    return { api, failed: [...failed] };
  }
}

/** One search by words: Pagefind's pages not yet read, and the results so far. */
class WordsSession {
  readonly entries: PortalEntry[] = [];
  private readonly seen = new Set<string>();
  private queue: PagefindResult[] = [];
  private order = 0;
  private mode: SearchMode = 'words';
  private readonly query: PreparedQuery;
  private readonly members: readonly MemberSearch[];
  constructor(query: PreparedQuery, members: readonly MemberSearch[]) {
    this.query = query;
    this.members = members;
  }

  get hasMore(): boolean {
    return this.queue.length > 0;
  }

  async start(api: Pagefind, filters: Record<string, string>): Promise<void> {
    if (looksLikeName(this.query)) {
      // As a site's own search page does: the people of that name first, from the name as one
      // word in every bundle (src/lib/search/text.ts), then every page holding the words. Over
      // many members, the words alone rank thousands of pages before the one person.
      const named = await api.search(NAME_PREFIX + this.query.name, { filters });
      this.queue = named?.results.slice() ?? [];
      this.mode = 'name';
      await this.more(NAME_PAGES);
    }
    const found = await api.search(this.query.terms.length ? this.query.folded : null, { filters });
    this.queue = found?.results.slice() ?? [];
    this.mode = 'words';
    await this.more();
  }

  async more(maxPages = MAX_PAGES_PER_BATCH): Promise<PortalEntry[]> {
    const fresh: PortalEntry[] = [];
    let read = 0;
    while (this.queue.length && fresh.length < PAGE_SIZE && read < maxPages) {
      const batch = this.queue.splice(0, Math.min(PARALLEL, maxPages - read));
      read += batch.length;
      const datas = (await Promise.all(batch.map((p) => p.data()))) as PagefindData[];
      for (const data of datas) {
        for (const entry of entriesOf(data, this.query, this.mode, this.order++)) {
          if (this.seen.has(entry.url)) continue;
          this.seen.add(entry.url);
          fresh.push({ ...entry, member: memberOfUrl(this.members, entry.url, document.baseURI)?.name ?? '' });
        }
      }
    }
    const ranked = rankEntries(fresh) as PortalEntry[];
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

function renderEntry(entry: PortalEntry, say: Say): HTMLLIElement {
  const li = element('li', 'search-result');
  li.append(element('p', 'search-result-type', entry.type));
  const heading = element('h3', 'search-result-title');
  const link = element('a', undefined, entry.title);
  link.href = entry.url;
  heading.append(link);
  li.append(heading);
  if (entry.decision) {
    if (entry.detail) li.append(element('p', undefined, entry.detail));
    if (entry.award) li.append(element('p', undefined, say('search.recordAward', { award: entry.award })));
    li.append(element('p', 'small', say('search.recordDecision', { number: entry.decision, date: entry.date ?? '' })));
    if (entry.province) li.append(element('p', 'small', entry.province));
  } else {
    const where = [entry.date, entry.province].filter(Boolean).join(' · ');
    if (where) li.append(element('p', 'small', where));
    if (entry.detail) li.append(element('p', 'search-result-detail', entry.detail));
  }
  if (entry.member) li.append(element('p', 'small search-result-member', say('portal.search.member', { name: entry.member })));
  return li;
}

function readOptions(form: HTMLFormElement): FilterOptions {
  const options = {} as FilterOptions;
  for (const key of FILTER_KEYS) {
    const select = form.elements.namedItem(key) as HTMLSelectElement | null;
    options[key] = select ? [...select.options].filter((o) => o.value).map((o) => ({ value: o.value, label: o.dataset.label ?? o.textContent ?? '' })) : [];
  }
  return options;
}

/** A whole name in one shard of each member's name index, all fetched at once. */
async function lookUpName(members: readonly MemberSearch[], query: PreparedQuery, setup: PortalSearchSetup) {
  const base = document.baseURI;
  const key = nameKey(query.text);
  const answers = await Promise.all(
    members.map(async (member, i): Promise<PortalEntry[] | undefined> => {
      const url = shardAddress(member, key, base);
      if (!url) return [];
      try {
        const response = await fetch(url);
        // A shard with no name in it may not be written at all.
        if (response.status === 404) return [];
        if (!response.ok) return undefined;
        return nameResults(member, (await response.json()) as NameShard, query, setup.recordType, base, i);
      } catch {
        return undefined;
      }
    }),
  );
  return {
    entries: rankNameResults(answers.flatMap((a) => a ?? [])),
    unreachable: members.filter((_, i) => answers[i] === undefined).map((m) => m.name),
  };
}

export function enablePortalSearch(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const note = root.querySelector<HTMLElement>('[data-search-note]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  const allWords = root.querySelector<HTMLButtonElement>('[data-search-all-words]');
  const failed = root.querySelector<HTMLElement>('[data-search-failed]');
  if (!form || !list || !status || !note || !more || !allWords || !failed) return;
  const setup = JSON.parse(form.dataset.portal ?? '{}') as PortalSearchSetup;
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Record<string, string>;
  const say: Say = (key, params) => fill(messages[key] ?? key, params);
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const memberSelect = form.elements.namedItem('thanh-vien') as HTMLSelectElement | null;
  const selects = FILTER_KEYS.map((key) => form.elements.namedItem(key) as HTMLSelectElement | null);
  const options = readOptions(form);
  const index = new MergedIndex(setup);

  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let session: WordsSession | undefined;
  let current: PortalState = { q: '' };

  const stateOfForm = (): PortalState => {
    const state: PortalState = { q: input.value.trim() };
    FILTER_KEYS.forEach((key, i) => {
      const value = selects[i]?.value;
      if (value) state[key] = value;
    });
    if (memberSelect?.value) state.member = memberSelect.value;
    return state;
  };

  const fillForm = (state: PortalState) => {
    input.value = state.q;
    FILTER_KEYS.forEach((key, i) => {
      const select = selects[i];
      if (select) select.value = [...select.options].some((o) => o.value === state[key]) ? (state[key] ?? '') : '';
    });
    if (memberSelect) memberSelect.value = [...memberSelect.options].some((o) => o.value === state.member) ? (state.member ?? '') : '';
  };

  const done = (message: string, unreachable: readonly string[]) => {
    status.textContent = message;
    note.textContent = unreachable.length ? say('portal.search.unreachable', { members: unreachable.join(', ') }) : '';
    list.removeAttribute('aria-busy');
  };

  const show = (entries: readonly PortalEntry[], append: boolean) => {
    if (!append) list.replaceChildren();
    const items = entries.map((e) => renderEntry(e, say));
    list.append(...items);
    if (append) items[0]?.querySelector('a')?.focus();
  };

  const wordsMessage = (s: WordsSession, state: PortalState) => {
    const count = s.entries.length;
    if (!state.q) return count === 0 ? say('search.countNoneFiltered') : s.hasMore ? say('search.countSomeFiltered', { count }) : say('search.countAllFiltered', { count });
    if (count === 0) return say('search.countNone', { query: state.q });
    return s.hasMore ? say('search.countSome', { count, query: state.q }) : say('search.countAll', { count, query: state.q });
  };

  const run = async (state: PortalState) => {
    const mine = ++generation;
    current = state;
    const url = new URL(root.location.href);
    url.search = portalParams(state).toString();
    root.defaultView?.history.replaceState(null, '', url);
    more.hidden = true;
    allWords.hidden = true;
    if (!state.q && !hasFilters(state) && !state.member) {
      session = undefined;
      list.replaceChildren();
      done(say('search.prompt'), []);
      return;
    }
    list.setAttribute('aria-busy', 'true');
    const query = prepareQuery(state.q);
    const members = membersOf(setup, state);
    try {
      if (isNameLookup(state, query)) {
        const found = await lookUpName(members, query, setup);
        if (mine !== generation) return;
        if (found.entries.length > 0) {
          session = undefined;
          show(found.entries, false);
          allWords.hidden = false;
          done(say('portal.search.countNames', { count: found.entries.length, query: state.q, members: new Set(found.entries.map((e) => e.member)).size }), found.unreachable);
          return;
        }
      }
      const { api, failed: unreachable } = await index.with(members);
      const filters = pagefindFilters(state, options);
      const chosen = members.length === 1 && state.member ? members[0] : undefined;
      if (chosen) filters[MEMBER_FILTER] = chosen.name;
      const s = new WordsSession(query, setup.members);
      await s.start(api, filters);
      if (mine !== generation) return;
      session = s;
      show(s.entries, false);
      more.hidden = !s.hasMore;
      done(wordsMessage(s, state), unreachable);
    } catch {
      if (mine === generation) {
        failed.hidden = false;
        list.removeAttribute('aria-busy');
      }
    }
  };

  const runSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(stateOfForm()), TYPING_DELAY);
  };
  input.addEventListener('input', runSoon);
  for (const select of [...selects, memberSelect]) select?.addEventListener('change', () => void run(stateOfForm()));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(stateOfForm());
  });
  more.addEventListener('click', async () => {
    const s = session;
    if (!s) return;
    const mine = generation;
    list.setAttribute('aria-busy', 'true');
    const added = await s.more().catch(() => undefined);
    if (mine !== generation || s !== session) return;
    if (!added) {
      failed.hidden = false;
      return;
    }
    show(added, true);
    more.hidden = !s.hasMore;
    done(wordsMessage(s, current), []);
  });
  allWords.addEventListener('click', () => void run({ ...current, words: true }));

  const initial = portalStateFromParams(new URL(root.location.href).searchParams);
  fillForm(initial);
  form.hidden = false;
  void run(initial);
}

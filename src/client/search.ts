/**
 * The search page. fuse.js ranks the compact decision records as the reader types; the full-text
 * index (src/lib/search/text-index.ts) finds the decisions whose text holds the words, loading only
 * the shards it needs; both become one list. The state lives in the URL: every search is a link,
 * and Back and Forward step through them.
 * Everything shown from data is built with createElement and textContent.
 */
import { formatDate } from '../lib/core/dates.ts';
import { formatPence } from '../lib/core/money.ts';
import { SUM_ROLE_LABELS } from '../lib/core/sums.ts';
import { createWordIndex, highlights, runSearch, type FilterOptions, type SearchResult, type TextHit } from '../lib/search/engine.ts';
import { applyDetails, fromRecordsFile, type DetailsFile, type RecordsFile } from '../lib/search/records.ts';
import { parseAmountFilter, parseQuery } from '../lib/search/query.ts';
import { EMPTY_STATE, LIST_FILTERS, QUERY_MAX_CHARACTERS, stateFromSearchParams, stateToSearchParams, type SearchState } from '../lib/search/state.ts';
import { excerptOf, highlightRanges, summaryRanges } from '../lib/search/highlight.ts';
import { searchText, shardsFor, textTerms, type TextManifest, type TextShard, type TextTerm } from '../lib/search/text-index.ts';

interface Config {
  records: string;
  details: string;
  /** The full-text index: its table of shards, the folder of its shards, the folder of plain texts. */
  words: string;
  wordShards: string;
  texts: string;
  decisions: string;
  programmes: { id: string; name: string }[];
  funders: string[];
}

/** Results drawn at a time: a common word matches most of the archive, and drawing it all is slow. */
const PAGE_SIZE = 50;
/** Plain texts fetched for excerpts per query or "Show more" (5–10 KB gzip each; npm run bench:search). */
const EXCERPTS_AT_A_TIME = 5;

export async function startSearch(root: Document): Promise<void> {
  const form = root.getElementById('search-form') as HTMLFormElement | null;
  const output = root.getElementById('search-output');
  if (!form || !output) return;
  const config = JSON.parse(form.dataset['config'] ?? '{}') as Config;
  const els = {
    q: form.elements.namedItem('q') as HTMLInputElement,
    min: form.elements.namedItem('min') as HTMLInputElement,
    max: form.elements.namedItem('max') as HTMLInputElement,
    sort: form.elements.namedItem('sort') as HTMLSelectElement,
    amountError: root.getElementById('amount-error') as HTMLElement,
    notes: root.getElementById('search-notes') as HTMLElement,
    active: root.getElementById('active-filters') as HTMLElement,
    count: root.getElementById('result-count') as HTMLElement,
    results: root.getElementById('results') as HTMLOListElement,
    copy: root.getElementById('copy-link') as HTMLButtonElement,
    copyStatus: root.getElementById('copy-status') as HTMLElement,
    csv: root.getElementById('download-csv') as HTMLButtonElement,
    more: root.getElementById('more-results') as HTMLButtonElement,
    problem: root.getElementById('search-problem') as HTMLElement,
  };
  const selects = Object.fromEntries(LIST_FILTERS.map((f) => [f, form.querySelector<HTMLSelectElement>(`select[data-filter="${f}"]`)]));
  const known = { programmes: config.programmes.map((p) => p.id), funders: config.funders };

  form.hidden = false;
  output.hidden = false;
  const noSearch = root.getElementById('no-search');
  if (noSearch) noSearch.hidden = true;
  els.count.textContent = 'Loading the search…';
  // Busy from now until the full-text hits are merged in: the first results drawn are not all of them.
  els.results.setAttribute('aria-busy', 'true');

  // The records come first: they alone answer most queries. The details (summaries, sums as written)
  // and the full-text index load after the first results are drawn, so a slow connection shows
  // results sooner.
  // Marks for the benchmark and for anyone profiling the page (performance.getEntriesByType('mark')).
  let recordsFile: RecordsFile;
  let records: ReturnType<typeof fromRecordsFile>;
  try {
    const response = await fetch(config.records);
    performance.mark('search:records-received');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const body = await response.text();
    performance.mark('search:records-read');
    recordsFile = JSON.parse(body) as RecordsFile;
    records = fromRecordsFile(recordsFile);
    performance.mark('search:records-parsed');
  } catch (error) {
    // Without the records there is no search: say so, and offer the listings the page has without JavaScript.
    form.hidden = true;
    els.count.textContent = 'The search could not be loaded. Reloading the page may help; every decision is also listed by year, financial year and programme below.';
    els.results.setAttribute('aria-busy', 'false');
    console.error('search: records.json', error);
    return;
  }
  const index = createWordIndex(records);
  performance.mark('search:index-built');
  const decisionsBase = config.decisions;

  let state: SearchState = { ...EMPTY_STATE };
  let textHits: TextHit[] = [];
  let textQuery = '';
  let terms: TextTerm[] = [];
  /** Excerpts of the plain texts, for results that matched in their text alone (null: no word found). */
  let excerpts = new Map<string, { text: string; ranges: [number, number][] } | null>();
  let current: SearchResult[] = [];
  let lastTypedAt = 0;
  let shown = PAGE_SIZE;

  /** Problems the page has met loading its files, shown above the results until they are over. */
  const problems = new Map<'details' | 'text', string>();
  function problem(kind: 'details' | 'text', message: string | null): void {
    if (message === null) problems.delete(kind);
    else problems.set(kind, message);
    els.problem.hidden = problems.size === 0;
    els.problem.textContent = [...problems.values()].join(' ');
  }

  /** Summaries and sums as written, read after the first results are drawn; results drawn before show neither. */
  let detailsReady: Promise<void> = Promise.resolve();
  async function loadDetails(): Promise<void> {
    try {
      const response = await fetch(config.details);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      applyDetails(records, recordsFile.key, (await response.json()) as DetailsFile);
      performance.mark('search:details-applied');
      render();
    } catch (error) {
      problem('details', 'The summaries of the results could not be loaded, so they are not shown. Reloading the page may help.');
      console.error('search: details.json', error);
    }
  }

  let textSearchSerial = 0;
  /** The list stops being busy once the details are in and no newer search has started. */
  function settle(serial: number): void {
    void detailsReady.then(() => {
      if (serial === textSearchSerial) els.results.setAttribute('aria-busy', 'false');
    });
  }

  // --- Full text, loaded on the first query that needs it ------------------------------------------
  async function fetchJson<T extends { key: string }>(url: string): Promise<T> {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const value = (await response.json()) as T;
    if (value.key !== recordsFile.key) throw new Error(`${url} is from another build than the records`);
    return value;
  }
  const manifest = new Map<'table', Promise<TextManifest>>();
  const shards = new Map<number, Promise<TextShard>>();
  const texts = new Map<string, Promise<string>>();
  /** Fetched once per page; a failed fetch is forgotten, so a later search tries again. */
  function once<K, V>(cache: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
    let promise = cache.get(key);
    if (!promise) {
      promise = load();
      cache.set(key, promise);
      promise.catch(() => cache.delete(key));
    }
    return promise;
  }

  async function searchFullText(query: string): Promise<void> {
    const serial = ++textSearchSerial;
    const words = query.trim();
    if (words.length < 2 || parseQuery(words).amountPence !== null) {
      textHits = [];
      textQuery = words;
      settle(serial);
      return;
    }
    // Busy until the full-text results are merged in, so assistive technology waits for the full list.
    els.results.setAttribute('aria-busy', 'true');
    try {
      const table = await once(manifest, 'table', () => fetchJson<TextManifest>(config.words));
      const wanted = textTerms(words);
      const needed = [...new Set(wanted.flatMap((term) => shardsFor(table, term)))];
      const loaded = new Map(await Promise.all(needed.map(async (n) => [n, await once(shards, n, () => fetchJson<TextShard>(`${config.wordShards}${n}.json`))] as const)));
      if (serial !== textSearchSerial) return; // a newer query has started
      textHits = searchText(loaded, table, wanted, records.length).flatMap((doc, rank) => {
        const record = records[doc];
        return record ? [{ id: record.id, rank }] : [];
      });
      terms = wanted;
      textQuery = words;
      problem('text', null);
      excerpts = new Map();
      render();
      await loadExcerpts(serial);
    } catch (error) {
      if (serial !== textSearchSerial) return;
      textHits = [];
      problem('text', 'The full text could not be searched, so only titles, references, programmes and sums were. Reloading the page may help.');
      console.error('search: full text', error);
    }
    settle(serial);
  }

  /**
   * Excerpts cost a download each (the decision's plain text, 5–10 KB gzip), so they are loaded only
   * for the results drawn on screen that matched in their text alone, a few at a time: the rest show
   * their summary.
   */
  async function loadExcerpts(serial = textSearchSerial): Promise<void> {
    const wanted = current
      .slice(0, shown)
      .filter((r) => r.reasons.length === 1 && r.reasons[0] === 'text' && !excerpts.has(r.record.id))
      .slice(0, EXCERPTS_AT_A_TIME)
      .map((r) => r.record.id);
    if (wanted.length === 0) return;
    const loaded = await Promise.all(
      wanted.map(async (id) => [id, await once(texts, id, async () => {
        const response = await fetch(`${config.texts}${id}.txt`);
        if (!response.ok) throw new Error(`${id}.txt: HTTP ${response.status}`);
        return response.text();
      }).catch(() => null)] as const),
    );
    if (serial !== textSearchSerial) return;
    for (const [id, text] of loaded) excerpts.set(id, text === null ? null : excerptOf(text, terms));
    render();
  }

  // --- State and URL -------------------------------------------------------------------------------
  function readUrl(): void {
    const { state: fromUrl, ignored } = stateFromSearchParams(new URLSearchParams(location.search), known);
    state = fromUrl;
    els.notes.hidden = ignored.length === 0;
    els.notes.textContent = ignored.join(' ');
    writeForm();
  }

  function writeForm(): void {
    els.q.value = state.q;
    const params = stateToSearchParams(state);
    els.min.value = params.get('min') ?? '';
    els.max.value = params.get('max') ?? '';
    els.sort.value = state.sort ?? '';
    for (const f of LIST_FILTERS) {
      const select = selects[f];
      if (select) select.value = state[f] === null ? '' : String(state[f]);
    }
  }

  function commit(push: boolean): void {
    const params = stateToSearchParams(state).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState']({}, '', url);
  }

  // While the reader types, the address follows after a short pause, not on every key: writing it
  // cost up to 18 ms a key, and browsers throttle pages that change it too often. A filter, a copied
  // link, leaving the box or the page writes it at once.
  let pendingCommit: ReturnType<typeof setTimeout> | undefined;
  let pendingPush = false;
  function commitSoon(push: boolean): void {
    pendingPush ||= push;
    clearTimeout(pendingCommit);
    pendingCommit = setTimeout(commitNow, 300);
  }
  /** Forgets the write still waiting, if any, and says whether there was one and whether it starts an entry. */
  function takePendingCommit(): { waiting: boolean; push: boolean } {
    const taken = { waiting: pendingCommit !== undefined, push: pendingPush };
    clearTimeout(pendingCommit);
    pendingCommit = undefined;
    pendingPush = false;
    return taken;
  }
  function commitNow(): void {
    const { waiting, push } = takePendingCommit();
    if (waiting) commit(push);
  }

  function readForm(): boolean {
    let valid = true;
    const amount = (input: HTMLInputElement) => {
      const value = input.value.trim();
      if (!value) return null;
      const pence = parseAmountFilter(value);
      if (pence === null) valid = false;
      return pence;
    };
    const next: SearchState = {
      q: els.q.value.slice(0, QUERY_MAX_CHARACTERS),
      year: selects['year']?.value ? Number(selects['year'].value) : null,
      fy: selects['fy']?.value || null,
      programme: selects['programme']?.value || null,
      funder: selects['funder']?.value || null,
      role: (selects['role']?.value || null) as SearchState['role'],
      minPence: amount(els.min),
      maxPence: amount(els.max),
      sort: (els.sort.value || null) as SearchState['sort'],
    };
    els.amountError.hidden = valid;
    els.amountError.textContent = valid ? '' : 'Write sums like £1m, 500k or 1,000,000; that one is not used.';
    for (const input of [els.min, els.max]) input.setAttribute('aria-invalid', String(input.value.trim() !== '' && parseAmountFilter(input.value) === null));
    state = next;
    return valid;
  }

  // --- Rendering -----------------------------------------------------------------------------------
  function render(): void {
    const hits = textQuery === state.q.trim() ? textHits : [];
    const options: FilterOptions = Object.fromEntries(
      LIST_FILTERS.map((f) => [f, [...(selects[f]?.options ?? [])].slice(1).map((o) => (f === 'year' ? Number(o.value) : o.value))]),
    );
    const { results, counts } = runSearch(records, index, state, hits, options);
    current = results;
    for (const f of LIST_FILTERS) {
      const select = selects[f];
      if (!select) continue;
      for (const option of [...select.options].slice(1)) {
        const base = option.dataset['label'] ?? option.textContent ?? '';
        option.dataset['label'] = base;
        option.textContent = `${base} (${counts[f]?.get((f === 'year' ? Number(option.value) : option.value) as never) ?? 0})`;
      }
    }
    renderActiveFilters();
    const n = current.length;
    els.count.textContent = `${n === 0 ? 'No' : n} ${n === 1 ? 'decision' : 'decisions'}${state.q.trim() ? ` for “${state.q.trim()}”` : ''}`;
    shown = Math.max(PAGE_SIZE, Math.min(shown, current.length));
    els.results.replaceChildren(...current.slice(0, shown).map(renderResult));
    els.more.hidden = current.length <= shown;
    els.more.textContent = `Show ${Math.min(PAGE_SIZE, current.length - shown)} more of ${current.length - shown} remaining`;
  }

  function renderActiveFilters(): void {
    const chips: [string, () => void][] = [];
    const labelOf = (f: (typeof LIST_FILTERS)[number]) => {
      const select = selects[f];
      const option = select ? [...select.options].find((o) => o.value === String(state[f])) : undefined;
      return option?.dataset['label'] ?? String(state[f]);
    };
    const heading: Record<(typeof LIST_FILTERS)[number], string> = { year: 'Year', fy: 'Financial year', programme: 'Programme', funder: 'Funder', role: 'Kind of sum' };
    for (const f of LIST_FILTERS) {
      if (state[f] !== null) chips.push([`${heading[f]}: ${labelOf(f)}`, () => (state = { ...state, [f]: null })]);
    }
    if (state.minPence !== null) chips.push([`At least ${formatPence(state.minPence)}`, () => (state = { ...state, minPence: null })]);
    if (state.maxPence !== null) chips.push([`At most ${formatPence(state.maxPence)}`, () => (state = { ...state, maxPence: null })]);
    els.active.hidden = chips.length === 0;
    els.active.replaceChildren(
      ...chips.map(([label, remove]) => {
        const button = root.createElement('button');
        button.type = 'button';
        button.className = 'chip';
        button.textContent = `${label} `;
        const x = root.createElement('span');
        x.setAttribute('aria-hidden', 'true');
        x.textContent = '×';
        const hidden = root.createElement('span');
        hidden.className = 'visually-hidden';
        hidden.textContent = ', remove this filter';
        button.append(x, hidden);
        button.addEventListener('click', () => {
          remove();
          writeForm();
          commitNow();
          commit(true);
          render();
          els.q.focus();
        });
        return button;
      }),
    );
  }

  function appendHighlighted(parent: HTMLElement, text: string, ranges: readonly (readonly [number, number])[]): void {
    for (const part of highlightRanges(text, ranges)) {
      if (part.highlight) {
        const mark = root.createElement('mark');
        mark.textContent = part.text;
        parent.append(mark);
      } else parent.append(part.text);
    }
  }

  function renderResult(result: SearchResult): HTMLLIElement {
    const { record } = result;
    const marks = highlights(result);
    const rangesOf = (key: string) => marks.find((m) => m.key === key)?.indices ?? [];
    const li = root.createElement('li');
    li.className = 'result';
    const title = root.createElement('h2');
    title.className = 'result__title';
    const a = root.createElement('a');
    a.href = `${decisionsBase}${record.id}/`;
    if (record.reference) {
      const ref = root.createElement('span');
      ref.className = 'result__ref';
      appendHighlighted(ref, record.reference, rangesOf('reference'));
      a.append(ref, ': ');
    }
    appendHighlighted(a, record.title, rangesOf('title'));
    title.append(a);
    const meta = root.createElement('p');
    meta.className = 'result__meta';
    const parts = [
      record.date ? `${formatDate(record.date)}${record.dateIsSigned ? '' : ' (no signing date)'}` : 'Date not stated',
      record.headline ? `${formatPence(record.headline.pence)} ${SUM_ROLE_LABELS[record.headline.role].label.toLowerCase()}` : 'No sum stated',
      record.programmeNames.join(', '),
    ];
    meta.textContent = parts.join(' · ');
    const snippet = root.createElement('p');
    snippet.className = 'result__snippet';
    const excerpt = excerpts.get(record.id);
    if (excerpt && result.reasons.includes('text')) appendHighlighted(snippet, excerpt.text, excerpt.ranges);
    else if (record.summary !== null) appendHighlighted(snippet, record.summary, summaryRanges(record.summary, state.q));
    li.append(title, meta);
    if (snippet.childNodes.length > 0) li.append(snippet);
    if (result.reasons.includes('amount')) {
      const note = root.createElement('p');
      note.className = 'note';
      // Until the details are in, a sum is shown in the site's own form rather than as the document writes it.
      const sums = record.sums
        .filter((s) => s.pence === matchedAmount())
        .map((s) => `${s.asWritten ?? formatPence(s.pence)} (${SUM_ROLE_LABELS[s.role].label.toLowerCase()})`);
      note.textContent = `States ${sums.join(', ')}`;
      li.append(note);
    }
    return li;
  }

  const matchedAmount = () => parseQuery(state.q).amountPence;

  // --- Events --------------------------------------------------------------------------------------
  function update(kind: 'typing' | 'filter'): void {
    if (!readForm() && kind === 'filter') return;
    shown = PAGE_SIZE;
    const now = Date.now();
    // Typing replaces the history entry it started; a pause of a second or a filter starts a new one.
    commitSoon(kind === 'filter' || now - lastTypedAt > 1000);
    if (kind === 'filter') commitNow();
    if (kind === 'typing') lastTypedAt = now;
    render();
    // While typing, ask the full-text index only after a short pause, not on every key.
    clearTimeout(textTimer);
    // The list is busy from now until this search's full text is merged in: counting it as a search
    // now makes any earlier one's ending stale, even before the pause is over.
    textSearchSerial++;
    els.results.setAttribute('aria-busy', 'true');
    if (kind === 'typing') textTimer = setTimeout(() => void searchFullText(state.q), 180);
    else void searchFullText(state.q);
  }
  let textTimer: ReturnType<typeof setTimeout> | undefined;

  els.more.addEventListener('click', () => {
    const first = shown;
    shown += PAGE_SIZE;
    render();
    // Move focus to the first newly shown result so keyboard users continue where they were.
    els.results.children[first]?.querySelector('a')?.focus();
    void loadExcerpts();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update('filter');
  });
  els.q.addEventListener('input', () => update('typing'));
  els.q.addEventListener('blur', commitNow);
  window.addEventListener('pagehide', commitNow);
  form.addEventListener('change', (event) => {
    if (event.target !== els.q) update('filter');
  });
  window.addEventListener('popstate', () => {
    // The address is the one to follow now; a write still waiting would overwrite it.
    takePendingCommit();
    readUrl();
    render();
    void searchFullText(state.q);
  });
  els.copy.addEventListener('click', async () => {
    commitNow();
    const url = location.href;
    try {
      await navigator.clipboard.writeText(url);
      els.copyStatus.textContent = 'Link copied.';
    } catch {
      els.copyStatus.textContent = `Copy this link: ${url}`;
    }
  });
  els.csv.addEventListener('click', async () => {
    // Loaded on the first click: csv-stringify stays out of the page's first load.
    const { resultsCsv } = await import('../lib/search/results-csv.ts');
    const csv = resultsCsv(current.map((r) => r.record), (id) => new URL(`${decisionsBase}${id}/`, location.href).href);
    const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
    const a = root.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'mopac-decisions-search.csv';
    root.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });

  readUrl();
  render();
  performance.mark('search:first-results-drawn');
  // The rest loads once the first results are painted, so it never competes with them.
  await new Promise<void>((resolve) => (root.hidden ? setTimeout(resolve, 0) : requestAnimationFrame(() => setTimeout(resolve, 0))));
  detailsReady = loadDetails();
  await searchFullText(state.q);
}

/**
 * The search page. fuse.js ranks the compact decision records as the reader types; Pagefind finds
 * the decisions whose full text matches, loading only the index chunks it needs; both become one
 * list. The state lives in the URL: every search is a link, and Back and Forward step through them.
 * Everything shown from data is built with createElement and textContent.
 */
import { formatDate } from '../lib/dates.ts';
import { formatPence } from '../lib/money.ts';
import { SUM_ROLE_LABELS } from '../lib/sums.ts';
import { createWordIndex, filterPredicate, highlights, matchQuery, optionCounts, sortResults, type SearchResult, type TextHit } from '../lib/search/engine.ts';
import { applyDetails, fromRecordsFile, type DetailsFile, type RecordsFile } from '../lib/search/records.ts';
import { parseAmountFilter, parseQuery } from '../lib/search/query.ts';
import { EMPTY_STATE, stateFromSearchParams, stateToSearchParams, type SearchState } from '../lib/search/state.ts';
import { highlightRanges, wordRanges } from '../lib/search/highlight.ts';
import { neutraliseFormula } from '../lib/spreadsheet.ts';

interface Config {
  records: string;
  details: string;
  pagefind: string;
  decisions: string;
  programmes: { id: string; name: string }[];
  funders: string[];
}

interface PagefindResult {
  id: string;
  data: () => Promise<{ excerpt: string; meta: Record<string, string> }>;
}

interface Pagefind {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

const FILTERS = ['year', 'fy', 'programme', 'funder', 'role'] as const;
/** Results drawn at a time: a common word matches most of the archive, and drawing it all is slow. */
const PAGE_SIZE = 50;
/** Full-text excerpts fetched per query or "Show more": measured, 50 cost 350 KB a query (npm run bench:search). */
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
  const selects = Object.fromEntries(FILTERS.map((f) => [f, form.querySelector<HTMLSelectElement>(`select[data-filter="${f}"]`)]));
  const known = { programmes: config.programmes.map((p) => p.id), funders: config.funders };

  form.hidden = false;
  output.hidden = false;
  const noSearch = root.getElementById('no-search');
  if (noSearch) noSearch.hidden = true;
  els.count.textContent = 'Loading the search…';

  // --- Full text (Pagefind), loaded on the first query that needs it --------------------------------
  let pagefind: Promise<{ engine: Pagefind; ids: Record<string, string> }> | null = null;
  const loadPagefind = () =>
    (pagefind ??= (async () => {
      const engine = (await import(/* @vite-ignore */ config.pagefind)) as Pagefind;
      await engine.init();
      const ids = (await (await fetch(new URL('text-ids.json', new URL(config.records, location.href)))).json()) as Record<string, string>;
      return { engine, ids };
    })());
  // The records come first: they alone answer most queries. The details (summaries, sums as written)
  // and the full-text index load after the first results are drawn, so a slow connection shows
  // results sooner.
  // Marks for the benchmark and for anyone profiling the page (performance.getEntriesByType('mark')).
  const response = await fetch(config.records);
  performance.mark('search:records-received');
  const body = await response.text();
  performance.mark('search:records-read');
  const recordsFile = JSON.parse(body) as RecordsFile;
  const records = fromRecordsFile(recordsFile);
  performance.mark('search:records-parsed');
  const index = createWordIndex(records);
  performance.mark('search:index-built');
  const decisionsBase = config.decisions;

  let state: SearchState = { ...EMPTY_STATE };
  let textHits: TextHit[] = [];
  let textQuery = '';
  let excerpts = new Map<string, string>();
  /** The full-text engine's result for each decision it found, to load an excerpt when one is drawn. */
  let textResults = new Map<string, PagefindResult>();
  let current: SearchResult[] = [];
  let lastTypedAt = 0;
  let shown = PAGE_SIZE;

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
      els.problem.hidden = false;
      els.problem.textContent = 'The summaries of the results could not be loaded, so they are not shown. Reloading the page may help.';
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
    const { engine, ids } = await loadPagefind();
    const found = await engine.search(words);
    if (serial !== textSearchSerial) return; // a newer query has started
    if (!found) {
      settle(serial);
      return;
    }
    textHits = found.results.flatMap((r, rank) => (ids[r.id] ? [{ id: ids[r.id] as string, rank }] : []));
    textResults = new Map(found.results.flatMap((r) => (ids[r.id] ? [[ids[r.id] as string, r] as const] : [])));
    textQuery = words;
    excerpts = new Map();
    render();
    await loadExcerpts(serial);
    settle(serial);
  }

  /**
   * Excerpts cost one download each (5–10 KB), so they are loaded only for the results drawn on
   * screen that matched in their full text alone, a few at a time: the rest show their summary.
   */
  async function loadExcerpts(serial = textSearchSerial): Promise<void> {
    const wanted = current
      .slice(0, shown)
      .filter((r) => r.reasons.length === 1 && r.reasons[0] === 'text' && !excerpts.has(r.record.id))
      .flatMap((r) => {
        const hit = textResults.get(r.record.id);
        return hit ? [[r.record.id, hit] as const] : [];
      })
      .slice(0, EXCERPTS_AT_A_TIME);
    if (wanted.length === 0) return;
    const loaded = await Promise.all(wanted.map(async ([id, hit]) => [id, (await hit.data()).excerpt] as const));
    if (serial !== textSearchSerial) return;
    for (const [id, excerpt] of loaded) excerpts.set(id, excerpt);
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
    for (const f of FILTERS) {
      const select = selects[f];
      if (select) select.value = state[f] === null ? '' : String(state[f]);
    }
  }

  function commit(push: boolean): void {
    const params = stateToSearchParams(state).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState']({}, '', url);
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
      q: els.q.value.slice(0, 200),
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
    // The query is matched once per render; the list and every option count come from it.
    const matched = matchQuery(records, index, state.q, hits);
    const keep = filterPredicate(state);
    current = sortResults(
      matched.filter((r) => keep(r.record)),
      state,
    );
    for (const f of FILTERS) {
      const select = selects[f];
      if (!select) continue;
      const values = [...select.options].slice(1).map((o) => (f === 'year' ? Number(o.value) : o.value));
      const counts = optionCounts(matched, state, f, values);
      for (const option of [...select.options].slice(1)) {
        const base = option.dataset['label'] ?? option.textContent ?? '';
        option.dataset['label'] = base;
        option.textContent = `${base} (${counts.get(f === 'year' ? Number(option.value) : option.value) ?? 0})`;
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
    const labelOf = (f: (typeof FILTERS)[number]) => {
      const select = selects[f];
      const option = select ? [...select.options].find((o) => o.value === String(state[f])) : undefined;
      return option?.dataset['label'] ?? String(state[f]);
    };
    const heading: Record<(typeof FILTERS)[number], string> = { year: 'Year', fy: 'Financial year', programme: 'Programme', funder: 'Funder', role: 'Kind of sum' };
    for (const f of FILTERS) {
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
    if (excerpt && result.reasons.includes('text')) appendExcerpt(snippet, excerpt);
    else if (record.summary !== null) appendHighlighted(snippet, record.summary, wordRanges(record.summary, parseQuery(state.q).text));
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

  /** Pagefind's excerpt marks words with <mark>; it is parsed inertly and rebuilt as text nodes. */
  function appendExcerpt(parent: HTMLElement, excerpt: string): void {
    const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
    for (const node of doc.body.firstElementChild?.childNodes ?? []) {
      if (node.nodeName === 'MARK') {
        const mark = root.createElement('mark');
        mark.textContent = node.textContent;
        parent.append(mark);
      } else parent.append(node.textContent ?? '');
    }
    parent.append('…');
  }

  // --- Events --------------------------------------------------------------------------------------
  function update(kind: 'typing' | 'filter'): void {
    if (!readForm() && kind === 'filter') return;
    shown = PAGE_SIZE;
    const now = Date.now();
    // Typing replaces the history entry it started; a pause of a second or a filter starts a new one.
    commit(kind === 'filter' || now - lastTypedAt > 1000);
    if (kind === 'typing') lastTypedAt = now;
    render();
    // While typing, ask the full-text index only after a short pause, not on every key.
    clearTimeout(textTimer);
    // The list is busy from now until the full-text results are merged in.
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
  form.addEventListener('change', (event) => {
    if (event.target !== els.q) update('filter');
  });
  window.addEventListener('popstate', () => {
    readUrl();
    render();
    void searchFullText(state.q);
  });
  els.copy.addEventListener('click', async () => {
    const url = location.href;
    try {
      await navigator.clipboard.writeText(url);
      els.copyStatus.textContent = 'Link copied.';
    } catch {
      els.copyStatus.textContent = `Copy this link: ${url}`;
    }
  });
  els.csv.addEventListener('click', async () => {
    const { stringify } = await import('csv-stringify/browser/esm/sync');
    const rows = [
      ['reference', 'title', 'date', 'date_is_signing_date', 'headline_pence', 'headline_kind', 'programmes', 'url'],
      ...current.map(({ record }) => [
        record.reference ?? '',
        record.title,
        record.date ?? '',
        String(record.dateIsSigned),
        record.headline ? String(record.headline.pence) : '',
        record.headline?.role ?? '',
        record.programmeNames.join('; '),
        new URL(`${decisionsBase}${record.id}/`, location.href).href,
      ]),
    ];
    const blob = new Blob([stringify(rows.map((row) => row.map(neutraliseFormula)))], { type: 'text/csv;charset=utf-8' });
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
  detailsReady = loadDetails();
  await searchFullText(state.q);
}

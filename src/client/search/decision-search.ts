/**
 * <decision-search>: the search page's form and results (src/pages/search/index.astro). fuse.js
 * ranks the compact decision records as the reader types; the full-text index finds the decisions
 * whose text holds the words, loading only the shards it needs; runSearch makes one list of both
 * (src/lib/search/engine.ts). The state lives in the address (address.ts). The files are read by
 * loaders.ts, and the page is drawn by render.ts and result-item.ts.
 */
import { createPathFormatter, decisionPath } from '../../lib/core/routes.ts';
import { createWordIndex, runSearch, type FilterOptions, type SearchResult, type TextHit } from '../../lib/search/engine.ts';
import { excerptOf, type Excerpt } from '../../lib/search/highlight.ts';
import { parseQuery } from '../../lib/search/query.ts';
import { EMPTY_STATE, withoutFilter, type SearchState } from '../../lib/search/state.ts';
import { selectionTotals } from '../../lib/search/summary.ts';
import type { TextTerm } from '../../lib/search/text-index.ts';
import { AddressWriter, stateInAddress } from './address.ts';
import { downloadResultsCsv } from './download.ts';
import { filterOptions, readForm, writeForm } from './form.ts';
import { FullTextIndex, loadDetails, loadRecords, type FullTextAddresses, type LoadedRecords } from './loaders.ts';
import { findParts } from './parts.ts';
import { drawActiveFilters, drawCount, drawNotes, drawOptionCounts, drawResults, drawTotals, ProblemNotice, RESULTS_PER_PAGE } from './render.ts';
import { resultItem, type ResultLabels } from './result-item.ts';
import type { QueryUnderstanding } from './understanding.ts';

/** The page's data-config: where the files are, the site's base path, and the values the address may name. */
interface SearchConfig extends FullTextAddresses {
  records: string;
  details: string;
  base: string;
  programmes: { id: string; name: string }[];
  funders: string[];
  labels: ResultLabels;
}

/** While typing, the full-text index is asked only after a pause this long, not on every key. */
const FULL_TEXT_PAUSE_MS = 180;

/** From this width the filters are a column beside the results, open (src/styles/global.css, "Search"). */
const WIDE_SCREEN = '(min-width: 60rem)';

/** Plain texts fetched for excerpts per query or "Show more" (5–10 KB gzip each; npm run bench:search). */
const EXCERPTS_AT_A_TIME = 5;

/** The search form and its results, as one element that finds its parts inside itself. */
export class DecisionSearch extends HTMLElement {
  // A module script runs once the page is parsed, so the parts are there when the element is upgraded.
  readonly #parts = findParts(this);
  readonly #config = JSON.parse(this.dataset['config'] ?? '{}') as SearchConfig;
  readonly #pathTo = createPathFormatter(this.#config.base);
  readonly #address = new AddressWriter(() => this.#state);
  readonly #problems = new ProblemNotice(this.#parts.problem);
  #started = false;
  #loaded: LoadedRecords = { key: '', records: [] };
  #index = createWordIndex([]);
  #fullText = new FullTextIndex(this.#config, this.#loaded);
  #options: FilterOptions = {};
  /**
   * What the box understood of the query (a year, a range of sums), kept in step with the filters.
   * Every phrase it reads holds a digit, so its module loads with the first query holding one.
   */
  #understanding: QueryUnderstanding | null = null;
  #understandingModule: Promise<typeof import('./understanding.ts')> | null = null;
  #state: SearchState = { ...EMPTY_STATE };
  #results: SearchResult[] = [];
  #shown = RESULTS_PER_PAGE;
  /** The full text's last answer and the query it answered; its hits count only while that is still the query. */
  #text: { query: string; hits: TextHit[]; terms: TextTerm[] } = { query: '', hits: [], terms: [] };
  /** Excerpts of the plain texts, for results that matched in their text alone (null: no word found). */
  #excerpts = new Map<string, Excerpt | null>();
  /** Counts searches, so a full-text answer that arrives after a newer search started is dropped. */
  #textSerial = 0;
  #textTimer: ReturnType<typeof setTimeout> | undefined;
  /** Settles once the details are in (or have failed); results drawn before show no summaries. */
  #detailsReady: Promise<void> = Promise.resolve();

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    void this.#start();
  }

  async #start(): Promise<void> {
    const parts = this.#parts;
    // The form is shown from the first paint; the filters open in their own column on a wide screen.
    parts.filters.open = matchMedia(WIDE_SCREEN).matches;
    // "Loading the search…" is in the count from the first paint, and the notice for no script is hidden by CSS.
    // Busy from now until the full-text hits are merged in: the first results drawn are not all of them.
    this.#busy(true);
    // The reading of phrases ("2021", "over £1m"), if the address's query needs it, loads beside the records.
    const reading = /\d/.test(new URLSearchParams(location.search).get('q') ?? '') && this.#loadUnderstanding();
    // The records come first: they alone answer most queries. The details and the full-text index
    // load after the first results are drawn, so a slow connection shows results sooner.
    try {
      this.#loaded = await loadRecords(this.#config.records);
    } catch (error) {
      // Without the records there is no search: say so, and offer the listings the page has without JavaScript.
      parts.form.hidden = true;
      parts.count.textContent = 'The search could not be loaded. Reloading the page may help; every decision is also listed by year, financial year and programme below.';
      this.#busy(false);
      console.error('search: records.json', error);
      return;
    }
    this.#index = createWordIndex(this.#loaded.records);
    performance.mark('search:index-built');
    this.#fullText = new FullTextIndex(this.#config, this.#loaded);
    this.#options = filterOptions(parts.selects);
    // Set up now that the filters' options (the archive's years) are known.
    if (reading) await this.#loadUnderstanding();
    this.#listen();
    this.#readAddress();
    this.#render();
    performance.mark('search:first-results-drawn');
    await afterPaint();
    this.#detailsReady = this.#loadDetails();
    await this.#searchFullText(this.#state.q);
  }

  #listen(): void {
    const parts = this.#parts;
    parts.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update('filter');
      // A search asked for (Enter, "Search", "Show results") is answered where the answer starts:
      // the count, then the totals and the list. A changed filter or a key typed leaves the focus
      // where the reader is; the count, a polite live region, says the new number.
      if (!parts.amountError.hidden) return;
      const phone = !matchMedia(WIDE_SCREEN).matches;
      // On a phone the filters fold away and the answer comes to the top: under the box it starts below the fold.
      if (phone) parts.filters.open = false;
      parts.count.focus();
      if (phone) parts.count.scrollIntoView();
    });
    parts.form.addEventListener('change', (event) => {
      if (event.target !== parts.q) this.#update('filter');
    });
    parts.q.addEventListener('input', () => this.#update('typing'));
    parts.q.addEventListener('blur', () => this.#address.flush());
    window.addEventListener('pagehide', () => this.#address.flush());
    window.addEventListener('popstate', () => {
      // The address is the one to follow now; a write still waiting would overwrite it.
      this.#address.forget();
      this.#readAddress();
      this.#render();
      void this.#searchFullText(this.#state.q);
    });
    parts.more.addEventListener('click', () => {
      const first = this.#shown;
      this.#shown += RESULTS_PER_PAGE;
      this.#render();
      // Move focus to the first newly shown result so keyboard users continue where they were.
      parts.results.children[first]?.querySelector('a')?.focus();
      void this.#loadExcerpts();
    });
    parts.copyLink.addEventListener('click', async () => {
      this.#address.flush();
      const url = location.href;
      try {
        await navigator.clipboard.writeText(url);
        parts.copyStatus.textContent = 'Link copied.';
      } catch {
        parts.copyStatus.textContent = `Copy this link: ${url}`;
      }
    });
    this.querySelector('[data-part="understood-undo"]')?.addEventListener('click', () => {
      // Search the query word for word: quoted, with the filters the box had set put back.
      if (this.#understanding) writeForm(parts, this.#understanding.literal(this.#state));
      this.#update('filter');
      parts.q.focus();
    });
    parts.downloadCsv.addEventListener('click', () =>
      downloadResultsCsv(
        this.#results.map((r) => r.record),
        (id) => new URL(this.#pathTo(decisionPath(id)), location.href).href,
      ),
    );
  }

  /** The reader typed, or changed a filter or the order: search again and follow in the address. */
  #update(kind: 'typing' | 'filter'): void {
    const { state, valid } = readForm(this.#parts);
    this.#state = this.#understand(state);
    // The first query holding a digit loads the reading of phrases, then is read again.
    if (!this.#understanding && /\d/.test(state.q)) void this.#loadUnderstanding().then(() => this.#understanding && this.#update(kind));
    if (!valid && kind === 'filter') return;
    this.#shown = RESULTS_PER_PAGE;
    if (kind === 'typing') this.#address.typed();
    else this.#address.changed();
    this.#render();
    clearTimeout(this.#textTimer);
    // The list is busy from now until this search's full text is merged in: counting it as a search
    // now makes any earlier one's ending stale, even before the pause is over.
    this.#textSerial++;
    this.#busy(true);
    if (kind === 'typing') this.#textTimer = setTimeout(() => void this.#searchFullText(this.#state.q), FULL_TEXT_PAUSE_MS);
    else void this.#searchFullText(this.#state.q);
  }

  /** Loads the reading of phrases once and sets it up; if it cannot load, queries stay words. */
  #loadUnderstanding(): Promise<void> {
    this.#understandingModule ??= import('./understanding.ts');
    return this.#understandingModule.then(
      ({ QueryUnderstanding }) => {
        const { year: years, fy: financialYears } = this.#options;
        if (years && financialYears) this.#understanding ??= new QueryUnderstanding({ years, financialYears });
      },
      (error: unknown) => {
        this.#understandingModule = null;
        console.error('search: understanding', error);
      },
    );
  }

  /** The state with the filters its query names, shown in the form's controls. */
  #understand(state: SearchState, fromAddress = false): SearchState {
    const understood = this.#understanding?.apply(state, fromAddress) ?? state;
    if ((['year', 'fy', 'minPence', 'maxPence'] as const).some((field) => understood[field] !== state[field])) writeForm(this.#parts, understood);
    return understood;
  }

  #removeFilter(field: keyof SearchState): void {
    this.#state = this.#understand(withoutFilter(this.#state, field));
    writeForm(this.#parts, this.#state);
    this.#address.flush();
    this.#address.write(true);
    this.#render();
    this.#parts.q.focus();
  }

  #readAddress(): void {
    const { state, ignored } = stateInAddress({ programmes: this.#config.programmes.map((p) => p.id), funders: this.#config.funders });
    this.#state = this.#understanding?.apply(state, true) ?? state;
    drawNotes(this.#parts.notes, ignored);
    writeForm(this.#parts, this.#state);
  }

  #render(): void {
    // The engine searches the words left once the phrases read as filters are taken out.
    const state = { ...this.#state, q: this.#understanding?.words ?? this.#state.q };
    this.#understanding?.draw(this, this.#state.q);
    const hits = this.#text.query === state.q.trim() ? this.#text.hits : [];
    const { results, counts } = runSearch(this.#loaded.records, this.#index, state, hits, this.#options);
    this.#results = results;
    drawOptionCounts(this.#parts.selects, counts);
    // "Filters (2 active)": one for each chip, a span being one.
    const active = drawActiveFilters(this.#parts, state, (field) => this.#removeFilter(field));
    this.#parts.filterCount.textContent = active ? ` (${active} active)` : '';
    drawCount(this.#parts.count, results.length, state.q);
    // While signing dates filter, the decisions the dates alone left out for having no signing date.
    const unsigned =
      state.signedFrom || state.signedTo
        ? runSearch(this.#loaded.records, this.#index, { ...state, signedFrom: null, signedTo: null }, hits).results.filter((r) => !r.record.dateIsSigned).length
        : 0;
    drawTotals(this.#parts.totals, selectionTotals(results.map((r) => r.record)), unsigned);
    this.#shown = Math.max(RESULTS_PER_PAGE, Math.min(this.#shown, results.length));
    drawResults(this.#parts, results, this.#shown, (result) =>
      resultItem(result, { href: this.#pathTo(decisionPath(result.record.id)), query: state.q, excerpt: this.#excerpts.get(result.record.id), labels: this.#config.labels }),
    );
  }

  #busy(busy: boolean): void {
    this.#parts.results.setAttribute('aria-busy', String(busy));
  }

  /** The list stops being busy once the details are in and no newer search has started. */
  #settle(serial: number): void {
    void this.#detailsReady.then(() => {
      if (serial === this.#textSerial) this.#busy(false);
    });
  }

  async #loadDetails(): Promise<void> {
    try {
      await loadDetails(this.#config.details, this.#loaded);
      this.#render();
    } catch (error) {
      this.#problems.set('details', 'The summaries of the results could not be loaded, so they are not shown. Reloading the page may help.');
      console.error('search: details.json', error);
    }
  }

  async #searchFullText(query: string): Promise<void> {
    const serial = ++this.#textSerial;
    const words = this.#understanding?.wordsOf(query) ?? query.trim();
    if (words.length < 2 || parseQuery(words).amountPence !== null) {
      this.#text = { ...this.#text, query: words, hits: [] };
      this.#settle(serial);
      return;
    }
    // Busy until the full-text results are merged in, so assistive technology waits for the full list.
    this.#busy(true);
    try {
      const answer = await this.#fullText.search(words, () => serial === this.#textSerial);
      if (!answer || serial !== this.#textSerial) return; // a newer query has started
      this.#text = { query: words, ...answer };
      this.#problems.set('text', null);
      this.#excerpts = new Map();
      this.#render();
      await this.#loadExcerpts(serial);
    } catch (error) {
      if (serial !== this.#textSerial) return;
      this.#text = { ...this.#text, hits: [] };
      this.#problems.set('text', 'The full text could not be searched, so only titles, references, programmes and sums were. Reloading the page may help.');
      console.error('search: full text', error);
    }
    this.#settle(serial);
  }

  /**
   * Excerpts cost a download each (the decision's plain text), so they are loaded only for the
   * results drawn on screen that matched in their text alone, a few at a time: the rest show their
   * summary.
   */
  async #loadExcerpts(serial = this.#textSerial): Promise<void> {
    const wanted = this.#results
      .slice(0, this.#shown)
      .filter((r) => r.reasons.length === 1 && r.reasons[0] === 'text' && !this.#excerpts.has(r.record.id))
      .slice(0, EXCERPTS_AT_A_TIME)
      .map((r) => r.record.id);
    if (wanted.length === 0) return;
    const loaded = await Promise.all(wanted.map(async (id) => [id, await this.#fullText.text(id).catch(() => null)] as const));
    if (serial !== this.#textSerial) return;
    for (const [id, text] of loaded) this.#excerpts.set(id, text === null ? null : excerptOf(text, this.#text.terms));
    this.#render();
  }
}

/** Resolves once the first results are painted, so what loads next never competes with them (at once in a hidden tab, which paints nothing). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => (document.hidden ? setTimeout(resolve, 0) : requestAnimationFrame(() => setTimeout(resolve, 0))));
}

customElements.define('decision-search', DecisionSearch);

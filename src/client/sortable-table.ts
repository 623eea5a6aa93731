/**
 * Progressive enhancement for tables marked `data-sortable`: column headings become buttons that
 * sort the rows by each cell's `data-value` (or its text). Without JavaScript the table keeps its
 * server order. The current order is exposed with aria-sort, written into the caption's
 * `[data-sort-caption]` part ("sorted by headline amount, largest first") and announced in a live
 * region; the page's `[data-sort-hint]` instructions, kept invisible until now, are shown.
 */
import { compareCells, nextSortOrder, sortOrderInWords, type SortKind, type SortOrder } from '../lib/core/table-sort.ts';

/** The class that shows the sorting instructions; until it is set they keep their space, unseen. */
const HINT_READY = 'sort-hint--ready';

export function enhanceSortableTables(root: ParentNode): void {
  const tables = [...root.querySelectorAll<HTMLTableElement>('table[data-sortable]')];
  for (const table of tables) enhance(table);
  if (tables.length > 0) for (const hint of root.querySelectorAll('[data-sort-hint]')) hint.classList.add(HINT_READY);
}

function enhance(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
  const captionOrder = table.querySelector<HTMLElement>('caption [data-sort-caption]');
  if (!body) return;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('aria-live', 'polite');
  table.after(status);

  headers.forEach((th, column) => {
    const kind = (th.dataset['sort'] ?? 'text') as SortKind;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const current = th.getAttribute('aria-sort');
      const next = nextSortOrder(kind, current === 'ascending' || current === 'descending' ? current : null);
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', next);
      sortRows(body, column, kind, next);
      const words = sortOrderInWords(button.textContent ?? '', kind, next);
      if (captionOrder) captionOrder.textContent = `, ${words}`;
      status.textContent = `Table ${words.startsWith('sorted') ? words : `sorted ${words}`}.`;
    });
  });
}

function sortRows(body: HTMLTableSectionElement, column: number, kind: SortKind, order: SortOrder): void {
  const rows = [...body.rows];
  rows.sort((a, b) => {
    const difference = compareCells(cellValue(a, column), cellValue(b, column), kind);
    return order === 'ascending' ? difference : -difference;
  });
  body.append(...rows);
}

function cellValue(row: HTMLTableRowElement, column: number): string {
  const cell = row.cells[column];
  return cell?.dataset['value'] ?? cell?.textContent?.trim() ?? '';
}

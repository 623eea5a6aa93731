/**
 * Progressive enhancement for tables marked `data-sortable`: column headings become buttons that
 * sort the rows by each cell's `data-value` (or its text). Without JavaScript the table keeps its
 * server order. The current order is exposed with aria-sort and announced in a live region.
 */
import { compareCells, type SortKind } from '../lib/core/table-sort.ts';

export function enhanceSortableTables(root: ParentNode): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table[data-sortable]')) enhance(table);
}

function enhance(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
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
      const next = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', next);
      const rows = [...body.rows];
      rows.sort((a, b) => {
        const order = compareCells(cellValue(a, column), cellValue(b, column), kind);
        return next === 'ascending' ? order : -order;
      });
      body.append(...rows);
      status.textContent = `Sorted by ${button.textContent?.trim() ?? ''}, ${next}.`;
    });
  });
}

function cellValue(row: HTMLTableRowElement, column: number): string {
  const cell = row.cells[column];
  return cell?.dataset['value'] ?? cell?.textContent?.trim() ?? '';
}

/**
 * A rehype plugin for the tables of the published documents: each table is wrapped in a labelled,
 * keyboard-focusable scroll region (wide tables scroll on a phone instead of widening the page),
 * and an empty header cell — the documents' tables often have none for their first column or
 * their first row is data — becomes an ordinary cell, since a header must name something; the
 * others get scope="col". A table of three columns or more stacks its rows on a phone (class
 * "stack" in global.css): each body cell carries its column's heading as `data-label`, and its role,
 * which a browser could drop once the cell is displayed as a block.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';

export function rehypeTableRegions() {
  return (tree: Root) => {
    let count = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      count += 1;
      visit(node, 'element', (cell: Element) => {
        if (cell.tagName !== 'th') return;
        if (toText(cell).trim() === '') cell.tagName = 'td';
        else cell.properties['scope'] = 'col'; // Markdown tables have header cells only in their first row.
      });
      labelCells(node);
      let firstCell = '';
      visit(node, 'element', (cell: Element) => {
        if (firstCell || (cell.tagName !== 'th' && cell.tagName !== 'td')) return;
        firstCell = toText(cell).replace(/\s+/g, ' ').trim();
      });
      const label = `Table ${count}${firstCell ? `: ${firstCell.slice(0, 80)}` : ''}`;
      const region: Element = {
        type: 'element',
        // A named group, not a <section>: a named section is a region landmark, and a page of tables
        // would fill a screen reader's list of landmarks (the Nu checker: "Section lacks heading").
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'group', tabIndex: 0, ariaLabel: label },
        children: [node as ElementContent],
      };
      parent.children[index] = region;
      return 'skip';
    });
  };
}

const cellsOf = (row: Element): Element[] =>
  row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));

/** The rows of a table, in order, through its row groups. */
function rowsOf(table: Element): { row: Element; head: boolean }[] {
  const rows: { row: Element; head: boolean }[] = [];
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') rows.push({ row: child, head: false });
    else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) {
      for (const row of child.children) if (row.type === 'element' && row.tagName === 'tr') rows.push({ row, head: child.tagName === 'thead' });
    }
  }
  return rows;
}

/** Marks a table of three columns or more to stack on a phone, each body cell labelled by its column's heading. */
function labelCells(table: Element): void {
  const rows = rowsOf(table);
  const headings: string[] = [];
  for (const { row } of rows.filter((r) => r.head)) {
    let column = 0;
    for (const cell of cellsOf(row)) {
      const span = Math.max(1, Number(cell.properties['colSpan'] ?? 1) || 1);
      const text = cell.tagName === 'th' ? toText(cell).replace(/\s+/g, ' ').trim() : '';
      for (let i = 0; i < span; i += 1) headings[column + i] ||= text;
      column += span;
    }
  }
  const columns = Math.max(0, ...rows.map(({ row }) => cellsOf(row).reduce((n, c) => n + Math.max(1, Number(c.properties['colSpan'] ?? 1) || 1), 0)));
  if (columns < 3) return;
  table.properties['className'] = ['stack'];
  for (const { row } of rows.filter((r) => !r.head)) {
    let column = 0;
    for (const cell of cellsOf(row)) {
      cell.properties['role'] = cell.tagName === 'th' ? 'rowheader' : 'cell';
      const label = headings[column];
      if (label) cell.properties['dataLabel'] = label;
      column += Math.max(1, Number(cell.properties['colSpan'] ?? 1) || 1);
    }
  }
}

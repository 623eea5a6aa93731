/**
 * A rehype plugin for the tables of the published documents: each table is wrapped in a labelled,
 * keyboard-focusable scroll region (wide tables scroll on a phone instead of widening the page),
 * and an empty header cell — the documents' tables often have none for their first column or
 * their first row is data — becomes an ordinary cell, since a header must name something; the
 * others get scope="col".
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

/**
 * A web page read as lines of text, the way the importer reads an extracted PDF: one paragraph,
 * heading, list item or table row a line ("# " before a heading, "1.2. " before an item of a
 * numbered list, "- " before a bullet, tabs between table cells), blank lines between blocks. Each
 * line made from the site's chrome (skip link, header and logos, menus, cookie notice, footer,
 * anything outside <main>) carries why it is chrome, so the reader can drop and list it.
 */
import type { Element, ElementContent, Root } from 'hast';

/** One line of the page, as text. */
export interface PageLine {
  text: string;
  /** The element that made the line: "p", "h1", "li", "dt", "dd", "tr", … */
  tag: string;
  /** Why the line is site chrome, not the decision; absent for the page's content. */
  chrome?: string;
  /** Which chrome element the line came from, so one menu is one entry. */
  chromeId?: number;
  /** The block element holding the element that made the line: a label and its value share one. */
  container: number;
}

/** A link of the page: its address as written and its text. */
export interface PageLink {
  href: string;
  text: string;
}

const INVISIBLE = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'button', 'select', 'input', 'textarea']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
/** Blocks followed by no blank line: the parts of a list, a table or a definition list. */
const TIGHT = new Set(['li', 'tr', 'dt', 'dd', 'thead', 'tbody', 'tfoot', 'caption']);

function attribute(element: Element, name: string): string {
  const value = element.properties?.[name];
  return Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? '' : String(value);
}

/** The text of an element, for the checks below. */
function textOf(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  return node.children.map((child) => textOf(child as ElementContent)).join('');
}

function hidden(element: Element): boolean {
  const flag = element.properties?.hidden;
  return (flag !== undefined && flag !== false) || /(?:^|;)\s*display\s*:\s*none/i.test(attribute(element, 'style'));
}

/** Why an element is site chrome, or null when it may be the decision's content. */
function chromeReason(element: Element, outsideMain: boolean): string | null {
  const tag = element.tagName;
  const role = attribute(element, 'role').toLowerCase();
  const names = `${attribute(element, 'id')} ${attribute(element, 'className')} ${attribute(element, 'ariaLabel')}`.toLowerCase();
  if (tag === 'a' && /^\s*skip to\b/i.test(textOf(element))) return 'The site’s “Skip to …” link for keyboard users.';
  if (/cookie|consent/.test(names)) return 'The site’s cookie notice.';
  if (tag === 'header' || role === 'banner') return 'The site’s header: logos and links.';
  if (/breadcrumb/.test(names)) return 'The site’s breadcrumb trail.';
  if (tag === 'nav' || role === 'navigation') return 'A menu of the site.';
  if (tag === 'footer' || role === 'contentinfo') return 'The site’s footer.';
  if (tag === 'form' || role === 'search') return 'A form of the site (search or feedback).';
  if (tag === 'aside' || role === 'complementary') return 'A side panel of the site (related pages and links).';
  if (/(?:^|[\s_-])(?:share|social)(?:$|[\s_-])/.test(names)) return 'Links to share the page.';
  if (outsideMain) return 'Page furniture outside the page’s main content.';
  return null;
}

function containsMain(node: Element | Root): boolean {
  return node.children.some((child) => child.type === 'element' && (child.tagName === 'main' || attribute(child, 'role') === 'main' || containsMain(child)));
}

/** Reads a parsed page as lines, and lists its links. */
export function pageLines(root: Root): { lines: PageLine[]; links: PageLink[] } {
  const lines: PageLine[] = [];
  const links: PageLink[] = [];
  const hasMain = containsMain(root);
  let buffer = '';
  let prefix = '';
  let chromeCount = 0;
  let cellsInRow = 0;
  let chrome: { reason: string; id: number } | undefined;

  let blocks = 0;
  const flush = (tag: string, container: number) => {
    const text = buffer.replace(/[ \n\r\f\v\u00a0]+/g, ' ').replace(/ *\t */g, '\t').replace(/^ +| +$/g, '');
    buffer = '';
    if (!/[^\s]/.test(text)) return;
    const line = `${prefix}${text}`;
    prefix = '';
    lines.push({ text: line, tag, container, ...(chrome ? { chrome: chrome.reason, chromeId: chrome.id } : {}) });
  };
  const blank = () => {
    if (lines.length > 0 && lines[lines.length - 1]?.text !== '') lines.push({ text: '', tag: '', container: 0 });
  };

  /** `lists`: the kinds and numbers of the lists the walk is inside, outermost first. */
  const walk = (
    node: ElementContent,
    state: { outsideMain: boolean; inCell: boolean; lists: { kind: 'ol' | 'ul'; number: string }[]; block: string; blockId: number; parentId: number },
  ) => {
    if (node.type === 'text') {
      buffer += node.value.replace(/\t/g, ' ');
      return;
    }
    if (node.type !== 'element' || INVISIBLE.has(node.tagName) || hidden(node)) return;
    const tag = node.tagName;
    const isMain = tag === 'main' || attribute(node, 'role') === 'main';
    const outsideMain = hasMain && state.outsideMain && !isMain && !containsMain(node);
    const reason = chrome ? null : chromeReason(node, outsideMain);
    const startsChrome = reason !== null;
    const block = startsChrome || (BLOCK.has(tag) && !state.inCell);
    if (block) flush(state.block, state.parentId);
    if (startsChrome) {
      chromeCount += 1;
      chrome = { reason, id: chromeCount };
    }
    if (tag === 'br') {
      flush(state.block, state.parentId);
      return;
    }
    if (tag === 'img') {
      // A logo's name is the chrome a reader sees; an image in the content has no words of the text.
      if (chrome && attribute(node, 'alt').trim()) buffer += ` ${attribute(node, 'alt')} `;
      return;
    }
    if (tag === 'a') {
      const href = attribute(node, 'href');
      if (href) links.push({ href, text: textOf(node).replace(/\s+/g, ' ').trim() });
    }
    const next = { ...state, outsideMain: isMain ? false : state.outsideMain, block: block ? tag : state.block };
    if (block) {
      blocks += 1;
      next.blockId = blocks;
      next.parentId = state.blockId;
    }
    if (/^h[1-6]$/.test(tag) && !state.inCell) prefix = `${'#'.repeat(Number(tag[1]))} `;
    if (tag === 'tr') cellsInRow = 0;
    if ((tag === 'td' || tag === 'th') && !state.inCell) {
      if (cellsInRow > 0) buffer += '\t';
      cellsInRow += 1;
      next.inCell = true;
    }
    if (tag === 'ol' || tag === 'ul') {
      const start = Number(attribute(node, 'start')) || 1;
      next.lists = [...state.lists, { kind: tag, number: String(start - 1) }];
    }
    if (tag === 'li' && !state.inCell) {
      const list = state.lists[state.lists.length - 1];
      if (list?.kind === 'ol') {
        list.number = String(Number(list.number) + 1);
        const outer = state.lists.filter((l) => l.kind === 'ol').map((l) => l.number);
        prefix = `${outer.join('.')}. `;
      } else {
        const depth = state.lists.filter((l) => l.kind === 'ul').length - 1;
        prefix = `${'  '.repeat(Math.max(0, depth))}- `;
      }
    }
    // A footnote mark stays marked, as the extracted texts have it and the Markdown keeps it.
    const sup = tag === 'sup' && !chrome;
    if (sup) buffer += '<sup>';
    for (const child of node.children) walk(child, next);
    if (sup) buffer += '</sup>';
    if (block) {
      flush(tag, next.parentId);
      prefix = '';
      if (!TIGHT.has(tag)) blank();
    }
    if (startsChrome) {
      chrome = undefined;
      blank();
    }
  };

  for (const child of root.children) {
    if (child.type === 'element' || child.type === 'text') walk(child, { outsideMain: true, inCell: false, lists: [], block: 'body', blockId: 0, parentId: 0 });
  }
  flush('body', 0);
  while (lines.length > 0 && lines[lines.length - 1]?.text === '') lines.pop();
  return { lines, links };
}

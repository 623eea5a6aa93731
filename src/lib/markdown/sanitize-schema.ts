/**
 * What raw HTML may survive from a decision's Markdown. The extracted documents use <sup>, <b>
 * and <u>; nothing else needs markup beyond what Markdown itself produces. Scripts, styles, event
 * handlers, ids, images (which would load from another origin) and javascript: URLs are removed.
 */
import type { Options as SanitizeSchema } from 'rehype-sanitize';

export const decisionSanitizeSchema: SanitizeSchema = {
  strip: ['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'svg', 'math'],
  tagNames: [
    'a', 'abbr', 'b', 'blockquote', 'br', 'code', 'del', 'em', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
    'i', 'ins', 'li', 'ol', 'p', 'pre', 'q', 's', 'strong', 'sub', 'sup', 'table', 'tbody', 'td',
    'tfoot', 'th', 'thead', 'tr', 'u', 'ul',
  ],
  attributes: {
    a: ['href', 'title'],
    abbr: ['title'],
    ol: ['start'],
    td: ['align'],
    th: ['align'],
  },
  protocols: { href: ['http', 'https', 'mailto'] },
  clobberPrefix: '',
  clobber: [],
  required: {},
  ancestors: {
    li: ['ol', 'ul'],
    tbody: ['table'],
    td: ['table'],
    th: ['table'],
    thead: ['table'],
    tfoot: ['table'],
    tr: ['table'],
  },
};

/**
 * Inline text of an extracted document, made safe as Markdown and read back as a reader sees it.
 * The extracted texts already contain a little Markdown (`**bold**`, `*italic*`) and HTML
 * (`<sup>st</sup>`, `<b>`, `<u>`); that survives. Everything else that Markdown would act on is
 * escaped, so no word of the document can turn into markup and vanish from the page.
 */

/** The raw HTML the site's sanitiser keeps from the documents; any other tag is shown as text. */
const ALLOWED_TAG = /<\/?(?:sup|b|u)>/iy;
/** A link with a real address; links with none (`[1 A New Met](#)`) are turned into text earlier. */
const KEPT_LINK = /\[([^[\]\n]*)\]\(((?:https?:\/\/|mailto:)[^\s()<>|\\`[\]]*)\)/iy;
const ENTITY_LIKE = /&#?[A-Za-z0-9]+;/y;

/** Escapes one line of document text for Markdown, keeping `<sup>`, `<b>`, `<u>`, emphasis and real links. */
export function escapeInline(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    ALLOWED_TAG.lastIndex = i;
    const tag = ALLOWED_TAG.exec(text);
    if (tag) {
      out += tag[0];
      i += tag[0].length;
      continue;
    }
    KEPT_LINK.lastIndex = i;
    const link = KEPT_LINK.exec(text);
    if (link) {
      out += `[${escapeInline(link[1] ?? '')}](${link[2] ?? ''})`;
      i += link[0].length;
      continue;
    }
    const char = text.charAt(i);
    if (char === '&') {
      ENTITY_LIKE.lastIndex = i;
      // "&amp;" in the text means those five characters; Markdown would decode it.
      out += ENTITY_LIKE.test(text) ? '\\&' : '&';
    } else if ('\\<[]|`~'.includes(char) || (char === '!' && text.charAt(i + 1) === '[')) {
      // "!" before a kept link would make it an image, which the sanitiser removes with its words.
      out += `\\${char}`;
    } else {
      out += char;
    }
    i += 1;
  }
  return out;
}

/**
 * Escapes what would make an escaped line start a block of its own: "5. text" (an ordered list
 * that would swallow the number), "- text", "# text", "> text".
 */
export function escapeBlockStart(markdown: string): string {
  return markdown
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^([-+*])(?=\s|$)/, '\\$1')
    .replace(/^([#>=])/, '\\$1');
}

/**
 * The text a reader sees for a line of document text once rendered: tags, emphasis markers and
 * link syntax gone. Quotes are built from this so the build finds them on the page.
 */
export function plainText(text: string): string {
  return text
    .replace(/\[([^[\]\n]*)\]\((?:https?:\/\/|mailto:)[^\s()<>|\\`[\]]*\)/gi, '$1')
    .replace(/<\/?(?:sup|b|u)>/gi, '')
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '$1')
    .replace(/__(?=\S)(.+?)(?<=\S)__(?![\p{L}\p{N}])/gu, '$1')
    .replace(/(?<![\p{L}\p{N}*\\])\*(?=\S)([^*]+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1')
    .replace(/(?<![\p{L}\p{N}_\\])_(?=\S)([^_]+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1');
}

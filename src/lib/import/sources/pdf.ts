/**
 * The PDF reader: the text layer of a decision's PDF, page by page, with `unpdf` (PDF.js), its
 * wrapped lines joined back into paragraphs (pdf-layout.ts). A PDF without a text layer (a scan) is
 * refused with one line; nothing is guessed from images.
 */
import { extractTextItems, getDocumentProxy } from 'unpdf';
import type { DocumentOrigin, SourceResult } from '../source-document.ts';
import { pageText } from './pdf-layout.ts';

/** How pages are joined: a blank line, so a page's last paragraph is not run into the next one's first. */
const PAGE_BREAK = '\n\n';

/** Reads the text of a PDF's pages; a damaged PDF or one with no text layer gets one line. */
export async function readPdfSource(bytes: Uint8Array, origin: DocumentOrigin): Promise<SourceResult> {
  let pages: string[];
  try {
    // PDF.js may take ownership of the buffer it is given, so it gets a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    try {
      pages = (await extractTextItems(pdf)).items.map(pageText);
    } finally {
      await pdf.loadingTask.destroy();
    }
  } catch (error) {
    const reason = (error as Error).message?.split('\n')[0]?.trim();
    return { ok: false, problem: `not a readable PDF${reason ? ` (${reason})` : ''}` };
  }
  const text = pages.join(PAGE_BREAK);
  if (!/[\p{L}\p{N}]/u.test(text)) {
    return {
      ok: false,
      problem: `the PDF has no text layer (${pages.length} page${pages.length === 1 ? '' : 's'} of images, perhaps a scan); import a text version or run OCR first`,
    };
  }
  return { ok: true, document: { text, origin, known: {}, cleaned: [] } };
}

/**
 * Register pages and decision PDFs made by the tests, in the formats of the public register
 * (london.gov.uk, "MOPAC decisions"): a page heading, a "Key information" block, the decision's
 * text with flattened numbered lists and bullets, a list of supporting documents, and the site's
 * chrome around it. Every sentence here is written for the tests; none is copied from a page.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';

export interface PageOptions {
  heading: string;
  /** "Reference code:" value; undefined leaves the label out, '' leaves it blank. */
  reference?: string | undefined;
  dateSigned?: string | undefined;
  datePublished?: string | undefined;
  decisionBy?: string | undefined;
  /** How the Key information block is marked up. */
  keyStyle?: 'p' | 'dl' | 'li' | 'div';
  /** The decision's text, as HTML. */
  body: string;
  /** Supporting documents: address and link text. */
  attachments?: { href: string; text: string }[];
  /** Leave out the Key information block (an old-format or non-decision page). */
  noKeyInformation?: boolean;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function keyBlock(options: PageOptions): string {
  const fields: [string, string | undefined][] = [
    ['Reference code', options.reference],
    ['Date signed', options.dateSigned],
    ['Date published', options.datePublished],
    ['Decision by', options.decisionBy],
  ];
  const present = fields.filter((field): field is [string, string] => field[1] !== undefined);
  const style = options.keyStyle ?? 'p';
  const items =
    style === 'dl'
      ? `<dl>${present.map(([label, value]) => `<dt>${label}:</dt><dd>${escape(value)}</dd>`).join('')}</dl>`
      : style === 'div'
        ? present.map(([label, value]) => `<div class="field"><div class="field-label">${label}:</div><div class="field-item">${escape(value)}</div></div>`).join('\n')
      : style === 'li'
        ? `<ul>${present.map(([label, value]) => `<li><strong>${label}:</strong> ${escape(value)}</li>`).join('')}</ul>`
        : present.map(([label, value]) => `<p><span class="label">${label}:</span> ${escape(value)}</p>`).join('\n');
  return `<section class="key-information"><h2>Key information</h2>\n${items}</section>`;
}

/** A whole register page: chrome, heading, Key information, text, supporting documents, footer. */
export function registerPage(options: PageOptions): string {
  const attachments = options.attachments ?? [];
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(options.heading)} | London City Hall</title>
<style>.hidden{display:none}</style><script>window.analytics = "tracking words";</script></head>
<body>
<a class="skip-link" href="#main-content">Skip to main content</a>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to remember your settings and measure visits.</p><button>Accept cookies</button></div>
<header class="site-header"><a href="/"><img src="/logo-mayor.svg" alt="Mayor of London logo"></a><img src="/logo-assembly.svg" alt="London Assembly logo">
<nav aria-label="Main menu"><ul><li><a href="/">Home</a></li><li><a href="/who-we-are">Who we are</a></li><li><a href="/programmes">Programmes and strategies</a></li></ul></nav></header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/mopac">MOPAC decisions</a></li></ol></nav>
<main id="main-content">
<h1>${escape(options.heading)}</h1>
${options.noKeyInformation ? '' : keyBlock(options)}
<div class="field-body">
${options.body}
</div>
${attachments.length > 0 ? `<section class="documents"><h2>Supporting documents</h2><ul>${attachments.map((a) => `<li><a href="${a.href}">${escape(a.text)}</a> <span>PDF, 250 KB</span></li>`).join('')}</ul></section>` : ''}
<div class="share-links"><p>Share this page</p><a href="https://example.org/share">Share by email</a></div>
</main>
<footer class="site-footer"><p>Greater London Authority, City Hall, Kamal Chunchie Way, London</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/accessibility">Accessibility statement</a></li></ul></footer>
</body></html>`;
}

/** The text of a decision in the register's style, written for the tests. */
export const ORBIT_BODY = `<p>PCD 9656 Further Home Office grant for the Operation Lantern software renewal</p>
<p>This decision asks for approval for the Metropolitan Police Service (MPS) to take up further Home Office grant funding of £184,250.50 for software licences bought in 2023/24.</p>
<p>The Deputy Mayor for Policing and Crime is recommended to:</p>
<ol><li>Approve receipt of the further Home Office grant of £184,250.50 for software licences in 2023/24.</li></ol>
<p>PART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE DMPC</p>
<ol><li>Introduction and background<ol><li>MOPAC approved Home Office grant funding of £12.5m for 2022/23 in June 2022 (PCD9216).</li><li>The Home Office has now offered a further sum for 2023/24.</li></ol></li>
<li>Issues for consideration<ol><li>The grant pays for:</li></ol>
<ul><li>the yearly renewal of the analysis software;</li><li>two new handheld readers.</li></ul></li></ol>
<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Software</td><td>£150,000</td></tr><tr><td>Readers</td><td>£34,250.50</td></tr></table>`;

/** A PDF whose pages hold the given lines, in Helvetica (so only Latin-1 characters). */
export async function makePdf(pages: readonly (readonly string[])[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    let y = 800;
    for (const line of lines) {
      if (line) page.drawText(line, { x: 50, y, size: 10, font });
      y -= line ? 13 : 20;
      if (y < 40) throw new Error('makePdf: too many lines for one page');
    }
  }
  return doc.save();
}

/**
 * A PDF of paragraphs set as a word processor sets them: each wrapped at `width` points, lines
 * 13 points apart, and `gap` more points between paragraphs (0: none, only the short last line).
 */
export async function makeWrappedPdf(paragraphs: readonly string[], options: { width?: number; gap?: number } = {}): Promise<Uint8Array> {
  const width = options.width ?? 300;
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  let y = 800;
  for (const paragraph of paragraphs) {
    let line = '';
    const lines: string[] = [];
    for (const word of paragraph.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(next, 10) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
    for (const text of lines) {
      page.drawText(text, { x: 50, y, size: 10, font });
      y -= 13;
    }
    y -= options.gap ?? 8;
  }
  return doc.save();
}

/** A PDF of one blank page and no text at all, as a scan without OCR is to a text extractor. */
export async function makeImageOnlyPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 600, width: 400, height: 150 });
  return doc.save();
}

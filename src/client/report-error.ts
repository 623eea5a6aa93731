/**
 * <report-error>: the report page's enhancements (src/pages/report-an-error/index.astro). Without
 * JavaScript the page already works: the report is a text box to fill in and copy. With it, the
 * page the reader came from (?about=…&page=…) is written into the report, a button copies it, and
 * the "send" link, when the site has an address for reports, carries the report as written.
 */
import { reportedPageFrom, reportErrorHref, reportText, type ReportDestination, type ReportedPage } from '../lib/site/report-error.ts';

/** How long "Copied" stays beside the button. */
const STATUS_CLEAR_MS = 6000;

export class ReportErrorForm extends HTMLElement {
  connectedCallback(): void {
    const text = this.querySelector('textarea');
    if (!text) return;
    const page = reportedPageFrom(window.location.search);
    // A reload keeps what the reader typed; only the untouched template is replaced.
    if (page && text.value === text.defaultValue) text.value = reportText(page);
    this.#addCopyButton(text);
    this.#keepSendLinkInStep(text, page);
  }

  #addCopyButton(text: HTMLTextAreaElement): void {
    const place = this.querySelector('[data-part="actions"]');
    if (!place) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Copy the report';
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    let clear: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', async () => {
      clearTimeout(clear);
      try {
        await navigator.clipboard.writeText(text.value);
        status.textContent = 'Copied. Paste it into your email or the issue form.';
      } catch {
        // No clipboard (an insecure page, or permission refused): leave the text selected to copy by hand.
        text.focus();
        text.select();
        status.textContent = 'The report is selected: copy it with Ctrl+C (⌘C on a Mac).';
      }
      clear = setTimeout(() => (status.textContent = ''), STATUS_CLEAR_MS);
    });
    place.append(button, ' ', status);
  }

  #keepSendLinkInStep(text: HTMLTextAreaElement, page: ReportedPage | null): void {
    const send = this.querySelector<HTMLAnchorElement>('a[data-part="send"]');
    const destination = JSON.parse(this.dataset['destination'] ?? 'null') as ReportDestination | null;
    if (!send || !destination) return;
    const about = page ?? { label: this.dataset['site'] ?? 'this site', url: window.location.origin };
    const update = () => (send.href = reportErrorHref(destination, about, text.value));
    update();
    text.addEventListener('input', update);
  }
}

customElements.define('report-error', ReportErrorForm);

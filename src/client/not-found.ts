/**
 * On the 404 page: if the address typed names a decision ("/decisions/PCD-1092", "/pcd1092"),
 * say which, with a link to its page; if it names a reference this site does not hold, offer to
 * search for it. Without JavaScript the page still links to search.
 */
import { referenceInPath } from '../lib/addresses/typed-addresses.ts';

interface Known {
  reference: string;
  href: string;
  name: string;
}

export function suggestDecision(root: Document, pathname: string): void {
  const box = root.getElementById('typed-suggestion');
  const list = root.getElementById('known-decisions');
  if (!box || !list?.textContent) return;
  const reference = referenceInPath(pathname, box.dataset['base'] ?? '/');
  if (!reference) return;
  const known = (JSON.parse(list.textContent) as Known[]).find((k) => k.reference === reference);
  const link = root.createElement('a');
  if (known) {
    link.href = known.href;
    link.textContent = known.name;
    box.append('This address names a decision: ', link, '.');
  } else {
    link.href = `${box.dataset['search'] ?? '/search/'}?q=${encodeURIComponent(reference)}`;
    link.textContent = `Search for ${reference}`;
    box.append(`This site has no page for ${reference}. `, link, '.');
  }
  box.hidden = false;
}

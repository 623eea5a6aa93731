/**
 * Addresses people type for a decision: "/decisions/1092/", "/decisions/pcd1092", "/decisions/PCD-1092/".
 * A decision's page lives at "/decisions/pcd-1092/"; the build writes a small redirect page at the
 * first forms (src/pages/decisions/[typed].astro), and the 404 page suggests the decision for any
 * other form it can read (src/client/not-found.ts). Pure: the pages pass in the decisions.
 *
 * Which forms get a redirect page: the number ("1092") and "pcd1092" in lower and upper case.
 * Not "PCD-1092": on a file system that ignores case (macOS, Windows) its folder is the decision's
 * own folder "pcd-1092", and the redirect would overwrite the page it points to. No redirect's
 * segment may equal another page's without regard to case; those that would are left out.
 * ("pcd1092" and "PCD1092" share a folder on such a system too, harmlessly: their pages are the same.)
 */
import { parseReference, referenceNumber, type Reference } from '../core/references.ts';

export interface TypedAddress {
  /** The folder under /decisions/: "1092", "pcd1092", "PCD1092". */
  segment: string;
  /** The decision's id, its page's folder: "pcd-1092". */
  id: string;
  reference: Reference;
}

/**
 * The reference a typed path segment names: "1092", "pcd1092", "PCD-1092", "PCD%201092",
 * "pcd_1092" give "PCD 1092"; anything else gives null. A bare number counts only where
 * `bareNumber` is true (under /decisions/, not at the top of the site).
 */
export function referenceInSegment(segment: string, bareNumber = true): Reference | null {
  let text: string;
  try {
    text = decodeURIComponent(segment);
  } catch {
    return null;
  }
  text = text.trim().replace(/[_+.]+/g, ' ');
  if (/^\d{1,5}$/.test(text)) return bareNumber ? parseReference(`PCD ${text}`) : null;
  return parseReference(text);
}

/** The segments a decision's redirect pages are written at: "1092", "pcd1092", "PCD1092". */
export function typedSegments(reference: Reference): string[] {
  const number = referenceNumber(reference);
  return [String(number), `pcd${number}`, `PCD${number}`];
}

/**
 * Every redirect page to write: for each decision with a reference, its typed segments, less any
 * that another page's folder already has, compared without case. Throws if two decisions share a
 * reference, since an address could then lead to either.
 */
export function typedAddresses(decisions: readonly { id: string; reference: Reference | null }[]): TypedAddress[] {
  const taken = new Set(decisions.map((d) => d.id.toLowerCase()));
  const owner = new Map<Reference, string>();
  const addresses: TypedAddress[] = [];
  for (const { id, reference } of decisions) {
    if (reference === null) continue;
    const other = owner.get(reference);
    if (other !== undefined) throw new Error(`Decisions "${other}" and "${id}" both have the reference ${reference}; a typed address could lead to either`);
    owner.set(reference, id);
    for (const segment of typedSegments(reference)) {
      if (!taken.has(segment.toLowerCase())) addresses.push({ segment, id, reference });
    }
  }
  return addresses;
}

/** True for the address of a redirect page (for the sitemap, which lists only real pages): "/base/decisions/1092/". */
export function isTypedAddressPath(pathname: string): boolean {
  return /\/decisions\/(?:pcd)?\d{1,5}\/?$/i.test(pathname);
}

/**
 * What a mistyped address names, for the 404 page: the reference in "/base/decisions/PCD-1092",
 * "/base/decision/pcd 1092/" or "/base/PCD1092", or null. `base` is the site's base path ("/" or
 * "/mopac-decisions/"); an address outside it names nothing.
 */
export function referenceInPath(pathname: string, base: string): Reference | null {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!`${pathname}/`.startsWith(prefix)) return null;
  const segments = pathname.slice(prefix.length).split('/').filter(Boolean);
  const [first, second, ...rest] = segments;
  if (first === undefined || rest.length > 0) return null;
  if (second === undefined) return referenceInSegment(first, false);
  return /^decisions?$/i.test(first) ? referenceInSegment(second) : null;
}

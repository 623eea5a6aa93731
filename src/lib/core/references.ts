/**
 * Decision references. MOPAC numbers its Police and Crime Decisions "PCD 1092"; the documents
 * also write "PCD1092", "[PCD990]" and "DMPC Decision - PCD 911". A decision's page lives at a
 * slug: "pcd-1092" for a numbered decision, a descriptive slug for a document without a number.
 */

const REFERENCE_PATTERN = /^\[?\s*PCD[\s-]*(\d{1,5})\s*\]?$/i;

/** The canonical form, "PCD 1092". */
export type Reference = string;

/** Reads a reference in any of its written forms; returns "PCD 1092" or null. */
export function parseReference(text: string): Reference | null {
  const match = REFERENCE_PATTERN.exec(text.trim());
  if (!match?.[1]) return null;
  const number = Number(match[1]);
  return number > 0 ? `PCD ${number}` : null;
}

/** True when `text` is already a canonical reference ("PCD 1092", no leading zeros). */
export function isCanonicalReference(text: string): boolean {
  return parseReference(text) === text;
}

/** The page slug for a reference: "PCD 1092" -> "pcd-1092". */
export function slugForReference(reference: Reference): string {
  const canonical = parseReference(reference);
  if (!canonical) throw new RangeError(`Not a PCD reference: ${reference}`);
  return canonical.toLowerCase().replace(' ', '-');
}

/** The number of a reference, for ordering: "PCD 1092" -> 1092. */
export function referenceNumber(reference: Reference): number {
  const canonical = parseReference(reference);
  if (!canonical) throw new RangeError(`Not a PCD reference: ${reference}`);
  return Number(canonical.slice(4));
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a lowercase, hyphenated slug usable as a stable address. */
export function isValidSlug(text: string): boolean {
  return SLUG_PATTERN.test(text) && text.length <= 80;
}

/** Finds every reference a text mentions, in order of first mention, canonical and unique. */
export function referencesIn(text: string): Reference[] {
  const found = new Set<Reference>();
  for (const match of text.matchAll(/\bPCD[\s-]*(\d{1,5})\b/gi)) {
    const reference = parseReference(`PCD ${match[1]}`);
    if (reference) found.add(reference);
  }
  return [...found];
}

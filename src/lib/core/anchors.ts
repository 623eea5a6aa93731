/** Anchors that tie a figure on any page to the sentence of the published text it comes from. */

/** The anchor of the sentence behind a decision's sum at `index` (0-based): "sum-1". */
export function sumAnchorId(index: number): string {
  return `sum-${index + 1}`;
}

/** The anchor of the sentence behind a decision's related decision at `index` (0-based): "ref-1". */
export function relatedAnchorId(index: number): string {
  return `ref-${index + 1}`;
}

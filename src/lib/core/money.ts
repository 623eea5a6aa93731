/**
 * Sums of money as the MOPAC documents write them, held as whole pence.
 * Floats of pounds never leave this module: every figure is an integer number of pence.
 */

/** A sum parsed from its written form, e.g. "£1.36m" -> 136000000 pence. */
export interface ParsedAmount {
  pence: number;
  /** The text as it was matched, e.g. "£1.36m". */
  asWritten: string;
}

const MULTIPLIERS: Record<string, bigint> = {
  '': 1n,
  k: 1_000n,
  thousand: 1_000n,
  m: 1_000_000n,
  million: 1_000_000n,
  bn: 1_000_000_000n,
  billion: 1_000_000_000n,
};

// "£1,360,000", "£1.36m", "£0.231m", "£135k", "1.36 million", "£3.6 m", and "£495, 000" or
// "£495 000" as some pages print them (a space in the figure; the importer flags it for a person).
const AMOUNT_PATTERN =
  /^£?\s*(\d{1,3}(?:(?:,[ \u00a0]?|[ \u00a0])\d{3})+|\d+)(?:\.(\d+))?\s*(k|thousand|m|million|bn|billion)?$/i;

/**
 * Parses one written sum into pence. Returns null when the text is not a sum or would not be
 * a whole number of pence (e.g. "£1.2345").
 */
export function parseAmount(text: string): number | null {
  const match = AMOUNT_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, whole = '', fraction = '', unit = ''] = match;
  const multiplier = MULTIPLIERS[unit.toLowerCase()];
  if (multiplier === undefined) return null;
  // Exact decimal arithmetic: pounds = whole.fraction * multiplier, pence = pounds * 100.
  const digits = BigInt(whole.replace(/[, \u00a0]/g, '') + fraction);
  const scale = 10n ** BigInt(fraction.length);
  const numerator = digits * multiplier * 100n;
  if (numerator % scale !== 0n) return null;
  const pence = numerator / scale;
  if (pence > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(pence);
}

/** True when `value` is a usable amount of money in pence: a non-negative safe integer. */
export function isWholePence(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

const exactFormatter = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});

/** Formats pence as the full sum, e.g. 136000000 -> "£1,360,000" and 1050 -> "£10.50". */
export function formatPence(pence: number): string {
  const pounds = pence / 100;
  if (pence % 100 === 0) return exactFormatter.format(pounds);
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pounds);
}

/**
 * Formats pence compactly for tables and charts, e.g. 136000000 -> "£1.36m", 13500000 -> "£135,000".
 * Millions keep every significant digit, so the short form never rounds a figure away.
 */
export function formatPenceShort(pence: number): string {
  if (pence >= 100_000_000 && pence % 100 === 0) {
    const pounds = BigInt(pence / 100);
    const millions = pounds / 1_000_000n;
    const rest = (pounds % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
    return `£${millions.toLocaleString('en-GB')}${rest ? `.${rest}` : ''}m`;
  }
  return formatPence(pence);
}

/** Adds sums of pence, refusing anything that is not whole pence. */
export function sumPence(values: readonly number[]): number {
  let total = 0;
  for (const value of values) {
    if (!isWholePence(value)) throw new RangeError(`Not a whole number of pence: ${value}`);
    total += value;
  }
  if (!Number.isSafeInteger(total)) throw new RangeError('Total exceeds safe integer range');
  return total;
}

/** Whole pence as pounds with two decimals, by integer arithmetic (no float rounding): 13500000 -> "135000.00". */
export function penceToPounds(pence: number): string {
  return `${(pence - (pence % 100)) / 100}.${String(pence % 100).padStart(2, '0')}`;
}

/**
 * Reading what a journalist types: a decision reference in any form ("PCD 1092", "PCD1092",
 * "pcd-1092", "1092"), a sum in any form ("£1.36m", "1.36 million", "1,360,000", "£135k"), or words.
 */
import { parseAmount } from '../core/money.ts';

/** What a query names: its text, and the reference or sum it is, if it is one. */
export interface ParsedQuery {
  /** The query as typed, trimmed. */
  text: string;
  /** A reference number the query names, e.g. 1092. */
  referenceNumber: number | null;
  /** A sum the query names, in pence. */
  amountPence: number | null;
}

const REFERENCE = /^(?:pcd[\s-]*)?(\d{1,5})$/i;
// A sum must look like one: a pound sign, a unit, thousands separators, or more digits than any
// reference has ("1360000") — not a short bare number, which is a reference.
const LOOKS_LIKE_MONEY = /^£|\d(?:\s*(?:k|m|bn|thousand|million|billion))$|^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d{6,}(?:\.\d+)?$/i;

/** Reads a query as typed: "PCD 1092" names reference 1092, "£1.36m" a sum in pence, anything else words. */
export function parseQuery(input: string): ParsedQuery {
  const text = input.trim().replace(/\s+/g, ' ');
  const reference = REFERENCE.exec(text);
  const referenceNumber = reference?.[1] ? Number(reference[1]) || null : null;
  const amountPence = LOOKS_LIKE_MONEY.test(text) ? parseAmount(text) : null;
  return { text, referenceNumber, amountPence };
}

/** Reads an amount typed in a filter box ("£1m", "500k", "1,000,000", "250000"); null if not a sum. */
export function parseAmountFilter(input: string): number | null {
  const text = input.trim();
  if (text === '') return null;
  return parseAmount(text);
}

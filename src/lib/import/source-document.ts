/**
 * One document as the importer receives it, whatever it came as: a plain-text file, a PDF, a saved
 * register page or the address of one. Each reader (see `sources/`) turns its input into this
 * shape, so the rest of the import never needs to know where the text came from.
 */
import type { Reference } from '../core/references.ts';
import type { CleanedEntry } from './clean-source.ts';

/** Where a document came from, recorded in the draft's `source`. */
export interface DocumentOrigin {
  /** The file read, as named on the command line or in the folder. */
  file?: string;
  /** The register page's https address, when the page was fetched or saved from one. */
  page?: string;
  /** The PDF's https address, when the decision's PDF was fetched or named on the page. */
  pdf?: string;
}

/** A fact the register page states outside the decision's own text, and the words it was read from. */
export interface StatedFact<T> {
  value: T;
  /** As printed on the page: "PCD 1656", "14 March 2022". */
  asWritten: string;
  /** Where it stands: "Key information: Reference code", "the page heading". */
  how: string;
}

/**
 * The facts a register page states in its heading and "Key information" block. A label that is
 * present but blank ("Date signed:" with nothing after it) leaves its fact out: not stated.
 * "Date published" is never the signing date; it is kept only to show the maintainer.
 */
export interface KnownFacts {
  reference?: StatedFact<Reference>;
  title?: StatedFact<string>;
  /** The "Date signed:" text as printed; whether it is a real day is for the extraction to say. */
  dateSigned?: StatedFact<string>;
  datePublished?: StatedFact<string>;
  /** "Decision by:": the role and name as printed. */
  decisionBy?: StatedFact<string>;
}

/** A document ready for the import: its text, where it came from, and what the reader removed. */
export interface SourceDocument {
  /** The decision's text, one paragraph or heading per line, site chrome and page furniture removed. */
  text: string;
  origin: DocumentOrigin;
  known: KnownFacts;
  /** What the reader dropped to get `text` (menus, cookie banners, footers), each with why. */
  cleaned: CleanedEntry[];
  /**
   * The input read as text before the reader's removals, line for line with `text` (a dropped line
   * is blank in `text`), so line numbers agree. The loss report compares the body with it, and each
   * `cleaned` entry must account for what is missing. Absent when the reader removed nothing.
   */
  original?: string;
}

/** What a reader gives back: the document, or one line saying why the input cannot be imported. */
export type SourceResult = { ok: true; document: SourceDocument } | { ok: false; problem: string };

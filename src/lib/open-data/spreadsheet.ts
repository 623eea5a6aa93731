/**
 * A cell a spreadsheet would run as a formula (first character =, +, -, @, tab or carriage return)
 * gets a leading apostrophe, as OWASP advises against CSV injection; csv-stringify only quotes. A
 * plain number such as "-12.5" is left alone. Readers of the data strip that apostrophe. Kept apart
 * from the open-data module so the search page can use it without loading zod.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell) ? `'${cell}` : cell;
}

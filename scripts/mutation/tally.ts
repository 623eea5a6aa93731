/** The mutation score of a folder, from Stryker's JSON report (mutation-testing-report-schema). */

/** A folder's mutants by how they ended, and its score. */
export interface Tally {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  /** Detected over valid mutants, as Stryker counts it; null when there is none. */
  score: number | null;
}

export interface MutationReport {
  files: Record<string, { mutants: Array<{ status: string }> }>;
}

/**
 * Counts a report's mutants by status, static ones included, as Stryker's score does. Compile and
 * runtime errors and ignored mutants do not count: they were never tested.
 */
export function tally(report: MutationReport): Tally {
  const count = { killed: 0, timeout: 0, survived: 0, noCoverage: 0 };
  for (const file of Object.values(report.files)) {
    for (const { status } of file.mutants) {
      if (status === 'Killed') count.killed += 1;
      else if (status === 'Timeout') count.timeout += 1;
      else if (status === 'Survived') count.survived += 1;
      else if (status === 'NoCoverage') count.noCoverage += 1;
    }
  }
  const valid = count.killed + count.timeout + count.survived + count.noCoverage;
  return { ...count, score: valid === 0 ? null : ((count.killed + count.timeout) / valid) * 100 };
}


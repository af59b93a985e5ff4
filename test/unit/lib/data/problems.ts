import { DataError } from '../../../../src/lib/data/csv';

/** The problems a data check reports (one line each), or none when `run` passes; any other error is rethrown. */
export function problemsOf(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  return [];
}

/**
 * Splits a data table's columns into those that vary from row to row and those holding one value
 * on every row (a source, a region, a period), which the table says once under itself instead of
 * repeating on every line. The first column names the row and always stays; a table of one row
 * keeps everything, since nothing repeats.
 */
export type CellValue = string | number | undefined | { text: string; href: string };

export interface Column {
  key: string;
}

const same = (a: CellValue, b: CellValue) =>
  typeof a === 'object' && typeof b === 'object' ? a.text === b.text && a.href === b.href : a === b;

export function splitRepeatedColumns<C extends Column>(
  columns: readonly C[],
  rows: readonly Record<string, CellValue>[],
): { varying: C[]; repeated: { column: C; value: CellValue }[] } {
  if (rows.length < 2) return { varying: [...columns], repeated: [] };
  const varying: C[] = [];
  const repeated: { column: C; value: CellValue }[] = [];
  columns.forEach((column, i) => {
    const first = rows[0]![column.key];
    if (i > 0 && rows.every((row) => same(row[column.key], first))) {
      // A column empty on every row says nothing, so it is dropped rather than said once.
      if (first !== undefined && first !== '') repeated.push({ column, value: first });
    } else {
      varying.push(column);
    }
  });
  return { varying, repeated };
}

// CSV feeds, loaded on demand as their own chunk: only pages whose `src` is a
// CSV (a published Google Sheet, an export from Excel …) download the parser.
// d3-dsv (ISC) handles RFC 4180: quoted fields, commas, quotes and line
// breaks inside quotes, CRLF or LF line ends.
import { csvParseRows } from 'd3-dsv';

/**
 * Rows of a CSV file as objects keyed by its header row, each header name
 * passed once through `key` (the caller's field-name matching; as written by
 * default; '' leaves a column out). `columns` keeps the header row as written
 * (as d3's csvParse does), for the warning about unused columns. A byte-order mark is dropped, and blank lines (also `,,,` rows a
 * spreadsheet exports below its data) are left out.
 */
export function parseCsv(text: string, key: (header: string) => string = (h) => h): Record<string, string>[] & { columns: string[] } {
  const rows = csvParseRows(text.replace(/^\uFEFF/, ''));
  const columns = rows.shift() ?? [];
  const header = columns.map((h) => (h.trim() ? key(h) : ''));
  if (!header.some((h) => /^\s*name\s*$/i.test(h))) throw new Error('has no "name" column in its first row (a column headed Name, Organization, Group or Nombre)');
  const records = Object.assign([] as Record<string, string>[], { columns });
  for (const row of rows) {
    if (row.every((cell) => !cell.trim())) continue;
    const record: Record<string, string> = {};
    // Two columns for one field ("Phone" and "Phone Number"): the first with a value wins.
    for (let i = 0; i < header.length; i++) if (header[i] && !record[header[i]]) record[header[i]] = row[i] ?? '';
    records.push(record);
  }
  return records;
}

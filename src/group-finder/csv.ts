// CSV feeds, loaded on demand as their own chunk: only pages whose `src` is a
// CSV (a published Google Sheet, an export from Excel …) download the parser.
// d3-dsv (ISC) handles RFC 4180: quoted fields, commas, quotes and line
// breaks inside quotes, CRLF or LF line ends.
import { csvParseRows } from 'd3-dsv';
import { nextTask } from './slices.js';

/** `columns`: the header row as written; `sheetRows`: each record's row in the sheet (the header is row 1, blank rows count). */
type Records = Record<string, string>[] & { columns: string[]; sheetRows: number[] };

/**
 * Rows of a CSV file as objects keyed by its header row, each header name
 * passed once through `key` (the caller's field-name matching; as written by
 * default; '' leaves a column out). `columns` keeps the header row as written
 * (as d3's csvParse does), for the warning about unused columns. A byte-order mark is dropped, and blank lines (also `,,,` rows a
 * spreadsheet exports below its data) are left out.
 */
export function parseCsv(text: string, key: (header: string) => string = (h) => h): Records {
  const rows = csvParseRows(text.replace(/^\uFEFF/, ''));
  const { records, header } = readHeader(rows.shift(), key);
  addRecords(rows, header, records, 2);
  return records;
}

/** Characters parsed per task by parseCsvInSlices: a few milliseconds of work. */
const PIECE = 64 * 1024;

/**
 * The same rows as parseCsv, parsed a piece of whole rows at a time with the
 * main thread given back between pieces, so a 5 MB feed never freezes the
 * page (a visitor's tap on a hotline beside it is answered at once).
 */
export async function parseCsvInSlices(text: string, key: (header: string) => string = (h) => h, signal?: AbortSignal): Promise<Records> {
  const source = text.replace(/^\uFEFF/, '');
  let read: ReturnType<typeof readHeader> | undefined;
  let sheetRow = 2;
  for (let start = 0; start < source.length; ) {
    const end = rowsEnd(source, start, Math.min(start + PIECE, source.length));
    const rows = csvParseRows(source.slice(start, end));
    read ??= readHeader(rows.shift(), key);
    addRecords(rows, read.header, read.records, sheetRow);
    sheetRow += rows.length;
    start = end;
    if (start < source.length) {
      await nextTask();
      if (signal?.aborted) throw signal.reason;
    }
  }
  return (read ?? readHeader(undefined, key)).records;
}

/**
 * Where the row that contains `target` ends (just after its line break, a line
 * break inside a quoted field not counting), looking from `start`, a row's
 * beginning: one pass over the text with indexOf, linear in its length.
 */
export function rowsEnd(text: string, start: number, target: number): number {
  if (target >= text.length) return text.length;
  let quoted = false;
  let quote = text.indexOf('"', start);
  while (quote !== -1 && quote < target) {
    quoted = !quoted;
    quote = text.indexOf('"', quote + 1);
  }
  let from = target;
  let lf = text.indexOf('\n', from);
  let cr = text.indexOf('\r', from);
  for (;;) {
    if (lf !== -1 && lf < from) lf = text.indexOf('\n', from);
    if (cr !== -1 && cr < from) cr = text.indexOf('\r', from);
    const br = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
    if (br === -1) return text.length;
    while (quote !== -1 && quote < br) {
      quoted = !quoted;
      quote = text.indexOf('"', quote + 1);
    }
    if (!quoted) return text[br] === '\r' && text[br + 1] === '\n' ? br + 2 : br + 1;
    from = br + 1;
  }
}

/** The field of each column, and an empty list of records, from the header row (a header over 100 characters is no field). */
function readHeader(row: string[] | undefined, key: (header: string) => string): { header: string[]; records: Records } {
  const columns = row ?? [];
  const header = columns.map((h) => (h.trim() && h.length <= 100 ? key(h) : ''));
  if (!header.some((h) => /^\s*name\s*$/i.test(h))) throw new Error('has no "name" column in its first row (a column headed Name, Organization, Group or Nombre)');
  return { header, records: Object.assign([] as Record<string, string>[], { columns, sheetRows: [] as number[] }) };
}

/** Adds `rows` (the first of them row `first` of the sheet) to `into`, blank rows left out. */
function addRecords(rows: string[][], header: string[], into: Records, first: number): void {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row.every((cell) => !cell.trim())) continue;
    const record: Record<string, string> = {};
    // Two columns for one field ("Phone" and "Phone Number"): the first with a value wins.
    for (let i = 0; i < header.length; i++) if (header[i] && !record[header[i]]) record[header[i]] = row[i] ?? '';
    into.push(record);
    into.sheetRows.push(first + r);
  }
}

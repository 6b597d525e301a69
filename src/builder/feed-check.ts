// The feed check: a partner's list of groups read with the group finder's own
// code (src/group-finder/data.ts, headers.ts, csv.ts): how each column was
// understood, the rows that will show, every skipped row and every value left
// out with its row, in the widget's own words. A URL is fetched as the widget
// fetches it (no referrer, no cookies to another site); a file is read in the
// page and never leaves it.
import { MAX_FEED_BYTES, columnsOf, detectFormat, fetchFeed, normalizeGroups, parseFeed, type Format, type RowProblem } from '../group-finder/data.js';
import { fieldName, suggestion, unusedColumnsWarning } from '../group-finder/headers.js';

export interface Column {
  header: string;
  /** The field it fills, or '' when not used. */
  field: string;
  /** For a column not used: the field it seems to mean. */
  suggestion?: string;
  /** A later column for the same field (the first with a value wins). */
  duplicate?: boolean;
}

export interface FeedReport {
  source: string;
  format: Format;
  columns: Column[];
  rows: number;
  shown: number;
  /** Problems by row, the row numbered as the partner sees it (the sheet's row, or the JSON item). */
  problems: (RowProblem & { line: number })[];
  /** The widget's own console warnings, word for word. */
  warnings: string[];
  /** The feed, as a blob: URL for the group finder that shows the list as visitors will see it. */
  blobUrl: string;
}

export interface FeedFailure {
  source: string;
  /** The widget's words: "it answered HTTP 404", "is not valid JSON (…)". */
  error: string;
}

/** Reads a chosen file as the widget reads a feed (size cap, format detection). */
export async function readFile(file: File): Promise<{ text: string; format: Format }> {
  if (file.size > MAX_FEED_BYTES) throw new Error('is larger than 5 MB');
  const text = await file.text();
  return { text, format: detectFormat(text, file.type, new URL(`file:///${encodeURIComponent(file.name)}`)) };
}

let lastBlob = '';

/** Checks a feed: from an address (`source` a URL) or a file the partner chose. */
export async function checkFeed(input: { url: string } | { file: File }, lang = 'en'): Promise<FeedReport | FeedFailure> {
  const source = 'url' in input ? `src="${input.url}"` : input.file.name;
  try {
    const feed = 'url' in input ? await fetchFeed(input.url, 10_000) : await readFile(input.file);
    const rows = (await parseFeed(feed.text, feed.format)) as unknown[] & { sheetRows?: number[] };
    const seen = new Set<string>();
    const columns: Column[] = columnsOf(rows).map((header) => {
      const field = header.trim() ? fieldName(header) : '';
      const duplicate = !!field && seen.has(field);
      if (field) seen.add(field);
      const guess = field ? undefined : suggestion(header);
      return { header, field, ...(guess ? { suggestion: guess } : {}), ...(duplicate ? { duplicate } : {}) };
    });
    const problems: FeedReport['problems'] = [];
    const { groups, problems: summary } = normalizeGroups(rows, feed.format === 'csv', lang, (p) =>
      problems.push({ ...p, line: rows.sheetRows?.[p.row - 1] ?? p.row }),
    );
    const warnings = [unusedColumnsWarning(columnsOf(rows)), summary].filter(Boolean).map((w) => `<ally-group-finder>: ${source}: ${w}.`);
    if (!groups.length) throw new Error(rows.length ? 'has no row with a name' : 'has no rows');
    if (lastBlob) URL.revokeObjectURL(lastBlob);
    lastBlob = URL.createObjectURL(new Blob([feed.text], { type: feed.format === 'csv' ? 'text/csv' : 'application/json' }));
    return { source, format: feed.format, columns, rows: rows.length, shown: groups.length, problems, warnings, blobUrl: lastBlob };
  } catch (error) {
    return { source, error: (error as Error).message };
  }
}

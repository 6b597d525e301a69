/** `n` made-up groups as plain records (the JSON feed shape), deterministic. */
export function generateGroups(n: number): Record<string, string>[];
/** The same groups as CSV text. */
export function groupsCsv(n: number): string;

export type Cell = string | number | null;

/** One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180); null is empty. */
function field(cell: Cell): string {
  const text = cell === null ? "" : String(cell);
  // A leading =, +, - or @ makes spreadsheets run the cell as a formula: prefix it so it stays text.
  const safe = /^[=+\-@]/.test(text) && typeof cell === "string" ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as CSV text, CRLF between rows as the RFC says. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(field).join(",")).join("\r\n");
}

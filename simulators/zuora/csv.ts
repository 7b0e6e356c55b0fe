/** A CSV reader for usage uploads (RFC 4180: commas, CRLF or LF line ends, double-quoted fields with "" escapes). */

export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

export interface CsvRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  cells: string[];
}

/** Rows of `text`, blank lines skipped; a byte-order mark is dropped. Throws CsvError on a stray or unclosed quote. */
export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let wasQuoted = false;
  const endCell = () => {
    cells.push(wasQuoted ? cell : cell.trim());
    cell = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endCell();
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
    cells = [];
  };
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (cell.trim() !== '' || wasQuoted) throw new CsvError(line, 'a double quote may only open a field; write "" inside a quoted field for a literal quote');
      cell = '';
      quoted = true;
      wasQuoted = true;
    } else if (ch === ',') {
      endCell();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      if (wasQuoted && ch.trim() !== '') throw new CsvError(line, 'text follows the closing quote of a field; put a comma after it');
      if (!wasQuoted) cell += ch;
    }
  }
  if (quoted) throw new CsvError(rowLine, 'a quoted field is not closed before the end of the file');
  endRow();
  return rows;
}

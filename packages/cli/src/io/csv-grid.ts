import type { CellGrid, GridCell } from "./cell-grid.js";
import { csvParseSync } from "./lazy-dependencies.js";
import { simpleCsvRecords } from "./simple-csv-records.js";

/**
 * The field delimiter of a CSV text, guessed from its first lines: the most frequent of comma,
 * tab (Excel's "Unicode text", UTF-16) and semicolon (Excel in locales with a decimal comma).
 *
 * @example
 * sniffDelimiter("a\tb\tc\n1\t2\t3") //=> "\t"
 * sniffDelimiter("a,b\n1,2") //=> ","
 */
export function sniffDelimiter(text: string): "," | "\t" | ";" {
  // Counted in one pass over the first five lines; ties go to the earlier of , \t ;.
  let commas = 0;
  let tabs = 0;
  let semicolons = 0;
  let lines = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c) commas++;
    else if (c === 0x09) tabs++;
    else if (c === 0x3b) semicolons++;
    else if (c === 0x0a && ++lines === 5) break;
  }
  let best: "," | "\t" | ";" = ",";
  let most = commas;
  if (tabs > most) {
    best = "\t";
    most = tabs;
  }
  return semicolons > most ? ";" : best;
}

// One empty cell for all: cells are never changed once read, and most fields of a report are empty.
const emptyCell: GridCell = Object.freeze({ value: null });

// A CSV stores no computed results: "=SUM(C12:C20)" is a formula no one has calculated yet.
function csvCell(field: string): GridCell {
  if (field === "") return emptyCell;
  const text = field.trim();
  if (text === "") return emptyCell;
  if (text.charCodeAt(0) === 0x3d && /^=[A-Za-z(]/.test(text)) {
    return { value: null, unreadable: "formula-without-value" };
  }
  return { value: field };
}

/**
 * Parses CSV text into a {@link CellGrid} (every value text; empty fields are empty cells).
 * Rows may have different lengths, as Excel writes them. Throws the parser's error for text
 * that is not CSV (an unclosed quote); callers turn it into a located problem.
 *
 * @example
 * csvGrid("报送月份 month,2017-03").rows[0]?.[1]?.value //=> "2017-03"
 */
export function csvGrid(text: string): CellGrid {
  const delimiter = sniffDelimiter(text);
  const records = simpleCsvRecords(text, delimiter) ?? csvParseRecords(text, delimiter);
  const rows: GridCell[][] = records.map((fields) => fields.map(csvCell));
  return { rows, merges: [] };
}

function csvParseRecords(text: string, delimiter: string): string[][] {
  // csv-parse builds an Error, stack trace and all, for every row whose length differs from
  // the first (hand-written files): capturing no stack makes that cheap. The parse is
  // synchronous, so nothing else runs while the limit is changed.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return csvParseSync().parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
    });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

import { describe, expect, it } from "vitest";
import type { CellGrid } from "./cell-grid.js";
import type { ProblemSink } from "./parse-report-grid.js";
import { readCorrectionsTable } from "./read-corrections-table.js";

// Synthetic sheets only: a "corrections" marker row, its header rows, then rows of made-up
// restated figures.
function sheet(rows: (string | number | null)[][]): CellGrid {
  return {
    rows: rows.map((row) => row.map((value) => (value === null ? undefined : { value }))),
    merges: [],
  };
}

function read(rows: (string | number | null)[][]) {
  const problems: string[] = [];
  const add: ProblemSink = (code, _message, row, column) =>
    problems.push(`${code} ${row ?? ""}:${column ?? ""}`);
  return { ...readCorrectionsTable(sheet(rows), 1, add), problems };
}

const marker = ["更正 corrections"];
const chinese = ["月份", "县区代码", "指标", "更正值", "原因"];
const english = ["month", "county", "indicator", "value", "reason"];
const restated = ["2017-02", "441402", "youths-paired", 3, "重复登记（合成）"];

describe("readCorrectionsTable", () => {
  it.each([
    ["two header rows", [marker, chinese, english, restated]],
    ["the Chinese header alone", [marker, chinese, restated]],
    ["the English header alone", [marker, english, restated]],
  ])("reads a restated figure under %s", (_, rows) => {
    const lastHeader = rows.length - 1;
    expect(read(rows)).toEqual({
      corrections: [
        {
          month: "2017-02",
          county: "441402",
          indicator: "youths-paired",
          value: 3,
          reason: "重复登记（合成）",
        },
      ],
      rows: [lastHeader + 1],
      columns: { month: "A", county: "B", indicator: "C", value: "D", reason: "E" },
      problems: [],
    });
  });

  it("finds the columns after the month in any order, and the same header read again gives the same columns", () => {
    // The month opens the header row (it is how the header is found); the rest are reordered.
    const order = [0, 4, 3, 2, 1];
    const swapped = [
      marker,
      order.map((i) => chinese[i] as string),
      order.map((i) => english[i] as string),
      order.map((i) => restated[i] as string | number),
    ];
    const first = read(swapped);
    expect(first.columns).toEqual({
      month: "A",
      reason: "B",
      value: "C",
      indicator: "D",
      county: "E",
    });
    expect(first.corrections).toHaveLength(1);
    expect(read(swapped)).toEqual(first);
    // …and a header read before in the other order does not lend it its columns.
    expect(read([marker, chinese, english, restated]).columns.reason).toBe("E");
  });

  it("names a missing column, every time it is read", () => {
    const rows = [marker, chinese.slice(0, 4), english.slice(0, 4), restated.slice(0, 4)];
    for (let i = 0; i < 2; i++) {
      expect(read(rows)).toMatchObject({
        corrections: [],
        columns: {},
        problems: ["corrections-column-missing 2:1"],
      });
    }
  });
});

import type ExcelJS from "exceljs";

/**
 * Loads exceljs when a workbook is first read or written. It is the CLI's heaviest dependency
 * (about 27 MB of memory and a noticeable start-up time), and most runs — CSV files, help,
 * `zhucan build` — never need it.
 *
 * @example
 * const { Workbook } = await loadExcelJS();
 */
export async function loadExcelJS(): Promise<typeof ExcelJS> {
  const module = (await import("exceljs")) as unknown as {
    default?: typeof ExcelJS;
  } & typeof ExcelJS;
  return module.default ?? module;
}

import type { TemplateResult } from "lit";
import type { DataTable } from "./data-table.js";

/** What an element shows: loading, a view (`ready`, or `stale` after a failed refresh), nothing to show (`empty`), or `error`. */
export type ZcState = "loading" | "ready" | "stale" | "empty" | "error";

/** A view of the feed, built by each element; the base draws the frame around it. */
export interface ZcView {
  /** What is shown, in a few words (the figure's caption). */
  readonly title: string;
  /** One plain-language sentence saying what the data show, in the element's language. */
  readonly summary: string;
  /** The data-table alternative; also the CSV download. */
  readonly table: DataTable;
  /** The visual. Put `data-zc-chart` on the `<svg>` that SVG/PNG downloads should export. */
  readonly body: TemplateResult;
  /** Big lines drawn above the chart in exported images (e.g. the headline figure). */
  readonly headline?: readonly string[];
  /** Words for download file names after the tag name, e.g. `[indicator, region]`. */
  readonly fileParts?: readonly string[];
}

/** Nothing to show (e.g. the feed has no series for the chosen indicator), and why. */
export interface ZcEmptyView {
  readonly empty: string;
}

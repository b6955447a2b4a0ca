import type { Locale, PublicFeed } from "@zhucan/domain";
import { html, nothing, type TemplateResult } from "lit";
import type { FeedLoadError } from "../feed/feed-error.js";
import { formatMonth } from "../i18n/format.js";
import { msg } from "../i18n/messages.js";
import type { CellFlag, DataTable } from "./data-table.js";

/**
 * The provenance of a feed as short lines: source, release, as-of month and, for synthetic data,
 * "示例数据（合成）" / "Synthetic sample data". Used on screen and in exported images.
 *
 * @example
 * provenanceParts(feed, "en") //=> ["Source: …", "Release: March 2017", "Data as of: March 2017", "Synthetic sample data"]
 */
export function provenanceParts(feed: PublicFeed, locale: Locale): string[] {
  const colon = locale === "en" ? ": " : "：";
  const parts = [
    `${msg("source", locale)}${colon}${feed.source[locale]}`,
    `${msg("release", locale)}${colon}${formatMonth(feed.release, locale)}`,
    `${msg("asOf", locale)}${colon}${formatMonth(feed.asOf, locale)}`,
  ];
  if (feed.sample) parts.push(msg("sample", locale));
  return parts;
}

/** The provenance line under every view; the sample label stands out. */
export function provenanceLine(feed: PublicFeed, locale: Locale): TemplateResult {
  const parts = provenanceParts(feed, locale);
  const plain = feed.sample ? parts.slice(0, -1) : parts;
  return html`<p part="provenance" class="provenance">
    ${plain.join(" · ")}${
      feed.sample ? html` · <strong class="sample">${msg("sample", locale)}</strong>` : nothing
    }
  </p>`;
}

const flagNotes: Readonly<Record<CellFlag, "noteSmall" | "noteSuppressed" | "noteNoData">> = {
  small: "noteSmall",
  suppressed: "noteSuppressed",
  "no-data": "noteNoData",
};

/** The data table, with a note for each kind of withheld cell it contains. */
export function dataTable(
  table: DataTable,
  locale: Locale,
  open: boolean,
  id: string,
): TemplateResult {
  const flags = new Set<CellFlag>();
  for (const row of table.rows) for (const cell of row) if (cell.flag) flags.add(cell.flag);
  const num = (numeric: boolean | undefined) => (numeric ? "num" : "");
  // Open, the table may scroll sideways on a narrow screen: the region is then focusable and
  // named so keyboard users can scroll it (axe: scrollable-region-focusable).
  return html`<div
    id=${id}
    part="table"
    class=${open ? "table-region" : "table-region sr-only"}
    role=${open ? "region" : nothing}
    tabindex=${open ? "0" : nothing}
    aria-labelledby=${open ? `${id}-caption` : nothing}
  >
    <table>
      <caption id=${`${id}-caption`}>${table.caption}</caption>
      <thead>
        <tr>
          ${table.columns.map((c) => html`<th scope="col" class=${num(c.numeric)}>${c.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${table.rows.map(
          (row) =>
            html`<tr>
              ${row.map((cell, i) =>
                i === 0
                  ? html`<th scope="row">${cell.text}</th>`
                  : html`<td class=${num(table.columns[i]?.numeric)}>${cell.text}</td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      flags.size
        ? html`<ul class="notes">
          ${[...flags].map((f) => html`<li>${msg(flagNotes[f], locale)}</li>`)}
        </ul>`
        : nothing
    }
  </div>`;
}

/**
 * The error message: what went wrong in words, the problems found, and a retry button. Takes a
 * {@link FeedLoadError}, or any message with its problems (a view that could not be drawn).
 */
export function errorMessage(
  error: Pick<FeedLoadError, "message" | "problems">,
  locale: Locale,
  onRetry: (() => void) | undefined,
): TemplateResult {
  const shown = error.problems.slice(0, 10);
  return html`<div part="message" class="message message--error" role="alert">
    <strong>${msg("errorTitle", locale)}</strong>
    <p>${error.message[locale]}</p>
    ${
      shown.length
        ? html`<details>
          <summary>${msg("problems", locale)} (${error.problems.length})</summary>
          <ul class="problems">
            ${shown.map(
              (p) => html`<li><code>${p.path.join(".") || p.code}</code> ${p.message[locale]}</li>`,
            )}
          </ul>
        </details>`
        : nothing
    }
    ${
      onRetry
        ? html`<p><button type="button" part="button" @click=${onRetry}>${msg("retry", locale)}</button></p>`
        : nothing
    }
  </div>`;
}

/** The notice above a view whose latest refresh failed. */
export function staleMessage(error: FeedLoadError, locale: Locale): TemplateResult {
  return html`<div part="message" class="message message--stale" role="status">
    <strong>${msg("staleTitle", locale)}</strong>
    <p>${error.message[locale]} ${msg("staleShowing", locale)}</p>
  </div>`;
}

/** A plain message (loading, empty) announced politely. */
export function statusMessage(text: string): TemplateResult {
  return html`<p part="message" class="message" role="status">${text}</p>`;
}

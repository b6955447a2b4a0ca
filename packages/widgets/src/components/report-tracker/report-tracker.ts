import type { Locale, PublicFeed } from "@zhucan/domain";
import { html, type PropertyDeclarations, type TemplateResult } from "lit";
import { ZcElement, type ZcEmptyView, type ZcView } from "../../base/zc-element.js";
import { formatMonth, formatNumber } from "../../i18n/format.js";
import { pick } from "../../i18n/messages.js";
import { importTrackerGraphic } from "./import-tracker-graphic.js";
import { monthHeading } from "./month-heading.js";
import { reportTrackerStyles } from "./report-tracker.styles.js";
import {
  reportTrackerDefaults,
  reportTrackerModel,
  type Timeliness,
  type TrackerModel,
  timelinessLooks,
  timelinessValues,
  trackerSummary,
  trackerTable,
} from "./tracker-model.js";

/**
 * Which reporting units (the 21 cities and Shunde, §六) sent each monthly report on time (by
 * the 20th of the next month), late, or not at all: a grid of units × months, each cell with a
 * symbol (✓ ! ✕) as well as a colour, and the counts per unit.
 *
 * The grid is a real table with the ARIA grid pattern: Tab enters it at one cell; the arrow
 * keys move between cells; Home and End go to the first and last month of the row, Ctrl+Home
 * and Ctrl+End to the first and last cell. Screen readers hear the unit, month and outcome.
 *
 * @summary Reporting units × months: on time, late or missing.
 *
 * @csspart base - The root `<figure>`.
 * @csspart title - The caption.
 * @csspart chart - The grid's container.
 * @csspart grid - The units × months table.
 * @csspart legend - The legend of symbols and colours.
 * @csspart summary - The one-sentence summary.
 * @csspart table - The data table.
 * @csspart toolbar - The table toggle and download buttons.
 * @csspart button - Each button.
 * @csspart provenance - The source, release, as-of and sample-data line.
 * @csspart message - Loading, empty, stale and error messages.
 *
 * @cssproperty --zc-report-on-time - Fill of an on-time report (default Okabe–Ito green #009e73).
 * @cssproperty --zc-report-late - Fill of a late report (default #e69f00).
 * @cssproperty --zc-report-missing - Fill of a missing report, hatched (default #d55e00).
 * @cssproperty --zc-report-symbol - The symbols ✓ ! ✕ on those fills (default black).
 * @cssproperty --zc-color-focus - The focus ring.
 *
 * @event zc-feed-load - A feed is shown.
 * @event zc-feed-error - No feed can be shown.
 * @event zc-download - A CSV, SVG or PNG file is about to be saved (cancelable).
 * @event zc-table-toggle - The data table was shown or hidden.
 */
export class ZcReportTracker extends ZcElement {
  static override styles = [...ZcElement.styles, reportTrackerStyles];

  static override properties: PropertyDeclarations = {
    months: { type: Number },
  };

  /** How many of the latest months to show (default 12); `0` for every month of the feed. */
  months = reportTrackerDefaults.months;

  #active: { row: number; column: number } = { row: 0, column: 0 };
  #model: TrackerModel | undefined;

  protected override renderView(feed: PublicFeed, locale: Locale): ZcView | ZcEmptyView {
    const months = Number.isFinite(this.months) ? this.months : reportTrackerDefaults.months;
    const model = reportTrackerModel(feed, { months }, locale);
    this.#model = model;
    if (model.rows.length === 0 || model.months.length === 0) {
      return {
        empty: pick(locale, {
          "zh-CN": "数据中没有报送情况记录。",
          en: "The data have no record of reports received.",
        }),
      };
    }
    const last = model.months.length - 1;
    this.#active = {
      row: Math.min(this.#active.row, model.rows.length - 1),
      column: Math.min(this.#active.column, last),
    };
    return {
      title: pick(locale, {
        "zh-CN": "各单位月报报送情况",
        en: "Monthly reports by reporting unit",
      }),
      summary: trackerSummary(model, locale),
      table: trackerTable(model, locale),
      body: this.#grid(model, locale),
      fileParts: [model.months[0] ?? "", model.months[last] ?? ""],
    };
  }

  #grid(model: TrackerModel, locale: Locale): TemplateResult {
    const label = (t: Timeliness) => timelinessLooks[t].label[locale];
    const none = pick(locale, { "zh-CN": "无记录", en: "No record" });
    const { row: activeRow, column: activeColumn } = this.#active;
    return html`<div class="scroller">
        <table
          class="grid"
          part="grid"
          role="grid"
          aria-label=${pick(locale, {
            "zh-CN": "各报送单位每月报送情况；用方向键在单元格间移动",
            en: "Reports by unit and month; arrow keys move between cells",
          })}
          @keydown=${this.#onKeydown}
          @focusin=${this.#onFocusIn}
        >
          <thead>
            <tr>
              <th scope="col" class="unit-head">${pick(locale, { "zh-CN": "报送单位", en: "Unit" })}</th>
              ${model.months.map(
                (m, i) =>
                  html`<th scope="col">
                    <span aria-hidden="true"
                      >${monthHeading(m, i, locale).year ?? ""}<br />${monthHeading(m, i, locale).month}</span
                    ><span class="sr-only">${formatMonth(m, locale)}</span>
                  </th>`,
              )}
              <th scope="col" class="count">
                ${pick(locale, { "zh-CN": "按时/应报", en: "On time / due" })}
              </th>
            </tr>
          </thead>
          <tbody>
            ${model.rows.map(
              (r, ri) => html`<tr>
                <th scope="row">${r.name}</th>
                ${r.values.map((v, ci) => {
                  const words = v ? label(v) : none;
                  return html`<td
                    class=${`cell ${v ?? "none"}`}
                    role="gridcell"
                    data-row=${ri}
                    data-column=${ci}
                    tabindex=${ri === activeRow && ci === activeColumn ? "0" : "-1"}
                  ><span aria-hidden="true">${v ? timelinessLooks[v].symbol : "–"}</span
                  ><span class="sr-only">${words}</span></td>`;
                })}
                <td class="count">
                  ${formatNumber(r.counts["on-time"], locale)}/${formatNumber(
                    r.values.filter((v) => v !== undefined).length,
                    locale,
                  )}
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <ul class="legend" part="legend" aria-label=${pick(locale, { "zh-CN": "图例", en: "Legend" })}>
        ${timelinessValues.map(
          (t) =>
            html`<li><span class=${`key ${t}`} aria-hidden="true">${timelinessLooks[t].symbol}</span>${label(t)}
              (${formatNumber(model.totals[t], locale)})</li>`,
        )}
        <li><span class="key none" aria-hidden="true">–</span>${none}</li>
      </ul>`;
  }

  #cellAt(row: number, column: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(
      `td[data-row="${row}"][data-column="${column}"]`,
    );
  }

  #onFocusIn = (event: FocusEvent): void => {
    const cell = event.target instanceof HTMLElement ? event.target.closest("td[data-row]") : null;
    if (!(cell instanceof HTMLElement)) return;
    this.#moveTo(Number(cell.dataset.row), Number(cell.dataset.column), false);
  };

  #moveTo(row: number, column: number, focus = true): void {
    const next = this.#cellAt(row, column);
    if (!next) return;
    const { row: r, column: c } = this.#active;
    if (r !== row || c !== column) this.#cellAt(r, c)?.setAttribute("tabindex", "-1");
    next.setAttribute("tabindex", "0");
    this.#active = { row, column };
    if (focus) next.focus();
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const model = this.#model;
    if (!model || !(event.target instanceof HTMLElement) || !event.target.closest("td[data-row]"))
      return;
    const lastRow = model.rows.length - 1;
    const lastColumn = model.months.length - 1;
    let { row, column } = this.#active;
    switch (event.key) {
      case "ArrowLeft":
        column = Math.max(0, column - 1);
        break;
      case "ArrowRight":
        column = Math.min(lastColumn, column + 1);
        break;
      case "ArrowUp":
        row = Math.max(0, row - 1);
        break;
      case "ArrowDown":
        row = Math.min(lastRow, row + 1);
        break;
      case "Home":
        column = 0;
        if (event.ctrlKey) row = 0;
        break;
      case "End":
        column = lastColumn;
        if (event.ctrlKey) row = lastRow;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.#moveTo(row, column);
  };

  /**
   * The SVG and PNG downloads draw the grid as an image (the page shows it as a table), with
   * code fetched on the first such download (tracker-graphic.ts).
   */
  protected override async exportGraphic(): Promise<SVGSVGElement | null> {
    const model = this.#model;
    if (!model || model.rows.length === 0) return null;
    const locale = this.locale;
    const { trackerGraphic } = await importTrackerGraphic();
    return trackerGraphic(this.renderRoot, model, locale);
  }
}

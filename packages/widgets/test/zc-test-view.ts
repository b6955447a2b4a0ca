// A minimal element on ZcElement, for the base class's own tests (SYNTHETIC data only).
import type { Locale, PublicFeed } from "@zhucan/domain";
import { html, svg } from "lit";
import { customElement, property } from "lit/decorators.js";
import { feedCell, textCell } from "../src/base/data-table.js";
import { ZcElement, type ZcEmptyView, type ZcView } from "../src/base/zc-element.js";
import { cellAt, provinceOf, regionName } from "../src/feed/select.js";
import { formatCell } from "../src/i18n/format.js";

@customElement("zc-test-view")
export class ZcTestView extends ZcElement {
  @property() indicator = "youths-covered";

  protected override renderView(feed: PublicFeed, locale: Locale): ZcView | ZcEmptyView {
    const region = provinceOf(feed)?.code ?? "440000";
    const cell = cellAt(feed, this.indicator, region);
    if (cell === undefined) return { empty: `no series for ${this.indicator}` };
    const name = regionName(feed, region, locale);
    return {
      title: `${name} ${this.indicator}`,
      summary: `${name}: ${formatCell(cell, locale)}`,
      table: {
        caption: name,
        columns: [{ label: "region" }, { label: "value", numeric: true }],
        rows: [[textCell(name), feedCell(cell, locale)]],
      },
      body: html`<svg data-zc-chart viewBox="0 0 100 20" width="200" height="40" aria-hidden="true">
        ${svg`<rect width="60" height="20" style="fill: var(--_zc-accent)" />`}
      </svg>`,
      fileParts: [this.indicator, region],
    };
  }
}

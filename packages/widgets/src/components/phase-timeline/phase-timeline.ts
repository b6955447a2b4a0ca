import { type Locale, type PublicFeed, phaseMilestones } from "@zhucan/domain";
import { html, nothing, type PropertyDeclarations, svg } from "lit";
import { textCell } from "../../base/data-table.js";
import { emit } from "../../base/events.js";
import { ZcElement, type ZcEmptyView, type ZcView } from "../../base/zc-element.js";
import { formatMonth, formatPercent } from "../../i18n/format.js";
import { pick } from "../../i18n/messages.js";
import { phaseTimelineStyles } from "./phase-timeline.styles.js";
import {
  lastMonthBefore,
  type PhaseState,
  type TimelineSegment,
  timelineLayout,
} from "./timeline-layout.js";

const stateWords: Record<PhaseState, { "zh-CN": string; en: string }> = {
  done: { "zh-CN": "已结束", en: "ended" },
  current: { "zh-CN": "进行中", en: "under way" },
  upcoming: { "zh-CN": "未开始", en: "not started" },
};

const ordinal = (n: number, locale: Locale) =>
  pick(locale, { "zh-CN": `第${"一二三四五六七八九十"[n - 1] ?? n}阶段`, en: `Phase ${n}` });

/**
 * The programme's three phases (§四) on a time line, where the data's as-of month falls on it,
 * and each phase's milestones in the notice's words. Phase names and dates come from the feed;
 * milestones from `@zhucan/domain`'s `phaseMilestones`.
 *
 * @summary The three phases, their milestones, and where the as-of month falls.
 *
 * @csspart base - The root `<figure>`.
 * @csspart title - The caption.
 * @csspart chart - The time line's container.
 * @csspart phases - The list of phases.
 * @csspart phase-button - The button of each phase (shows its milestones).
 * @csspart milestones - A phase's list of milestones.
 * @csspart summary - The one-sentence summary.
 * @csspart table - The data table.
 * @csspart toolbar - The table toggle and download buttons.
 * @csspart button - Each button of the toolbar.
 * @csspart provenance - The source, release, as-of and sample-data line.
 * @csspart message - Loading, empty, stale and error messages.
 *
 * @cssproperty --zc-color-accent - Elapsed time.
 * @cssproperty --zc-color-surface - Time to come.
 * @cssproperty --zc-color-text - Text and the as-of marker.
 *
 * @event zc-phase-select - The user opened or closed a phase (`detail.phase` is its id).
 * @event zc-feed-load - A feed is shown.
 * @event zc-feed-error - No feed can be shown.
 * @event zc-download - A CSV, SVG or PNG file is about to be saved (cancelable).
 * @event zc-table-toggle - The data table was shown or hidden.
 */
export class ZcPhaseTimeline extends ZcElement {
  static override styles = [...ZcElement.styles, phaseTimelineStyles];

  static override properties: PropertyDeclarations = {
    open: { state: true, attribute: false },
  };

  /** Phases whose milestones are shown; the current phase until the user chooses. */
  private open: ReadonlySet<string> | undefined;

  protected override renderView(feed: PublicFeed, locale: Locale): ZcView | ZcEmptyView {
    if (!feed.phases.length) {
      return {
        empty: pick(locale, { "zh-CN": "数据中没有阶段信息。", en: "The data list no phases." }),
      };
    }
    const layout = timelineLayout(feed.phases, feed.asOf, this.chartWidth);
    const asOf = formatMonth(feed.asOf, locale);
    const info = feed.phases.map((p, i) => {
      const segment = layout.segments[i] as TimelineSegment;
      const first = p.start.slice(0, 7);
      const last = lastMonthBefore(p.end);
      return {
        id: p.id,
        order: i + 1,
        name: p.name[locale],
        segment,
        period: pick(locale, {
          "zh-CN": `${formatMonth(first, locale)}至${formatMonth(last, locale)}`,
          en: `${formatMonth(first, locale)} to ${formatMonth(last, locale)}`,
        }),
        startLabel: formatMonth(first, locale),
        milestones: (phaseMilestones[p.id] ?? []).map((m) => m[locale]),
      };
    });
    const current = info.find((p) => p.segment.state === "current");
    const open = this.open ?? new Set(current ? [current.id] : []);
    return {
      title: pick(locale, { "zh-CN": "行动的三个阶段", en: "The three phases of the action" }),
      summary: this.#summary(locale, asOf, info),
      headline: current
        ? [current.name, `${asOf} · ${formatPercent(current.segment.elapsed, locale)}`]
        : [asOf],
      table: {
        caption: pick(locale, {
          "zh-CN": `各阶段及其里程碑（截至${asOf}）`,
          en: `The phases and their milestones (as of ${asOf})`,
        }),
        columns: [
          { label: pick(locale, { "zh-CN": "阶段", en: "Phase" }) },
          { label: pick(locale, { "zh-CN": "时间", en: "Period" }) },
          { label: pick(locale, { "zh-CN": "状态", en: "State" }) },
          { label: pick(locale, { "zh-CN": "里程碑", en: "Milestones" }) },
        ],
        rows: info.map((p) => [
          textCell(`${ordinal(p.order, locale)} ${p.name}`),
          textCell(p.period),
          textCell(stateWords[p.segment.state][locale]),
          textCell(p.milestones.join(locale === "en" ? "; " : "；")),
        ]),
      },
      body: html`${this.#line(layout.markerX, info, asOf, locale)}
        <ol part="phases" class="phases">
          ${info.map((p) => {
            const expanded = open.has(p.id);
            return html`<li class="phase phase--${p.segment.state}">
              <button
                type="button"
                part="phase-button"
                class="phase-button"
                aria-expanded=${expanded ? "true" : "false"}
                aria-controls="milestones-${p.id}"
                @click=${() => this.#toggle(p.id, open)}
              >
                <span class="phase-name">${ordinal(p.order, locale)} · ${p.name}</span>
                <span class="phase-meta">${p.period} · ${stateWords[p.segment.state][locale]}</span>
              </button>
              <ul part="milestones" class="milestones" id="milestones-${p.id}" ?hidden=${!expanded}>
                ${p.milestones.map((m) => html`<li>${m}</li>`)}
              </ul>
            </li>`;
          })}
        </ol>`,
      fileParts: ["phases"],
    };
  }

  #toggle(id: string, open: ReadonlySet<string>): void {
    const next = new Set(open);
    if (!next.delete(id)) next.add(id);
    this.open = next;
    emit(this, "zc-phase-select", { phase: id });
  }

  #summary(
    locale: Locale,
    asOf: string,
    info: readonly {
      order: number;
      name: string;
      period: string;
      startLabel: string;
      segment: TimelineSegment;
    }[],
  ): string {
    const current = info.find((p) => p.segment.state === "current");
    const done = info.filter((p) => p.segment.state === "done");
    const next = info.find((p) => p.segment.state === "upcoming");
    const zh: string[] = [];
    const en: string[] = [];
    if (current) {
      const pct = formatPercent(current.segment.elapsed, locale);
      zh.push(
        `截至${asOf}，行动处于${ordinal(current.order, "zh-CN")}“${current.name}”（${current.period}），本阶段已过去${pct}`,
      );
      en.push(
        `As of ${asOf}, the action is in phase ${current.order}, “${current.name}” (${current.period}), ${pct} of the way through`,
      );
    } else if (done.length === info.length) {
      zh.push(`截至${asOf}，三个阶段均已结束`);
      en.push(`As of ${asOf}, all phases have ended`);
    } else {
      zh.push(`截至${asOf}，没有正在进行的阶段`);
      en.push(`As of ${asOf}, no phase is under way`);
    }
    if (done.length && done.length < info.length) {
      zh.push(`${done.map((p) => ordinal(p.order, "zh-CN")).join("、")}已结束`);
      en.push(
        `${done.length === 1 ? "phase" : "phases"} ${done.map((p) => p.order).join(" and ")} ended`,
      );
    }
    if (next) {
      zh.push(`${ordinal(next.order, "zh-CN")}“${next.name}”将于${next.startLabel}开始`);
      en.push(`phase ${next.order} starts in ${next.startLabel}`);
    }
    return pick(locale, { "zh-CN": `${zh.join("；")}。`, en: `${en.join("; ")}.` });
  }

  #line(
    markerX: number | undefined,
    info: readonly { segment: TimelineSegment; startLabel: string }[],
    asOf: string,
    locale: Locale,
  ) {
    const width = this.chartWidth;
    const barY = 34;
    const barH = 28;
    // Years go under the bar, on the background, where their contrast does not depend on the phase.
    const height = barY + barH + 22;
    const marker = markerX === undefined ? undefined : Math.min(width - 1, Math.max(1, markerX));
    const anchor =
      marker === undefined
        ? "middle"
        : marker < width * 0.25
          ? "start"
          : marker > width * 0.75
            ? "end"
            : "middle";
    return html`<svg data-zc-chart width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true">
      ${info.map(({ segment: s, startLabel }) => {
        const year = startLabel.match(/\d{4}/)?.[0] ?? "";
        return svg`<rect class="segment segment--${s.state}" x=${s.x + 1} y=${barY} width=${Math.max(0, s.width - 2)} height=${barH} />
          ${s.state === "current" ? svg`<rect class="elapsed" x=${s.x + 1} y=${barY} width=${Math.max(0, s.width * s.elapsed - 1)} height=${barH} />` : nothing}
          <text class="year" x=${s.x + 2} y=${barY + barH + 16}>${year}</text>`;
      })}
      ${
        marker === undefined
          ? nothing
          : svg`<line class="marker" x1=${marker} x2=${marker} y1=${barY - 10} y2=${barY + barH + 2} />
          <path class="marker-head" d="M${marker - 5} ${barY - 12} h10 l-5 6 z" />
          <text x=${marker} y=${barY - 16} text-anchor=${anchor}>${pick(locale, { "zh-CN": "数据截至", en: "data as of" })} ${asOf}</text>`
      }
    </svg>`;
  }
}

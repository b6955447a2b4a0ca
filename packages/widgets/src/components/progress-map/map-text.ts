import type { Locale, PublicFeed } from "@zhucan/domain";
import {
  type DataTable,
  type DataTableCell,
  feedCell,
  numberCell,
  textCell,
} from "../../base/data-table.js";
import { formatCell, formatList, formatMonth, formatNumber } from "../../i18n/format.js";
import { pick } from "../../i18n/messages.js";
import type { TileGridLevel } from "../../layout/tile-grid.js";
import { type ProgressStatus, statusLooks, statusOrder } from "../../styles/status.js";
import type { MapColorBy, MapModel, MapRegion } from "./map-model.js";

/** The indicator's name and unit in the locale (the id when the feed does not list it). */
export function indicatorWords(
  feed: PublicFeed,
  indicator: string,
  locale: Locale,
): { name: string; unit: string } {
  const entry = feed.indicators.find((i) => i.id === indicator);
  return { name: entry?.name[locale] ?? indicator, unit: entry?.unit[locale] ?? "" };
}

/**
 * The map's caption: the indicator, the level and, coloured by status, "progress".
 *
 * @example
 * mapTitle(feed, "youths-covered", "county", "status", "en") //=> "Youths covered by county: progress"
 */
export function mapTitle(
  feed: PublicFeed,
  indicator: string,
  level: TileGridLevel,
  colorBy: MapColorBy,
  locale: Locale,
): string {
  const { name } = indicatorWords(feed, indicator, locale);
  const progress = colorBy === "status";
  return locale === "en"
    ? `${name} ${level === "city" ? "by city" : "by county"}${progress ? ": progress" : ""}`
    : `${level === "city" ? "各地级市" : "各县级单位"}${name}${progress ? "进度" : ""}`;
}

/**
 * Why the map has nothing to show for the chosen indicator and month (an unknown indicator, a
 * month the feed does not have), or `undefined` when it has.
 *
 * @example
 * missingChoice(feed, "nonsense", undefined, "en") //=> "The data have no indicator “nonsense”."
 */
export function missingChoice(
  feed: PublicFeed,
  indicator: string,
  month: string | undefined,
  locale: Locale,
): string | undefined {
  if (!feed.indicators.some((i) => i.id === indicator)) {
    return pick(locale, {
      "zh-CN": `数据中没有指标“${indicator}”。`,
      en: `The data have no indicator “${indicator}”.`,
    });
  }
  if (month && !feed.months.includes(month)) {
    const { name } = indicatorWords(feed, indicator, locale);
    return pick(locale, {
      "zh-CN": `数据中没有 ${month} 的“${name}”。`,
      en: `The data have no “${name}” for ${month}.`,
    });
  }
  return undefined;
}

function levelWords(model: MapModel, locale: Locale): string {
  return model.grid.level === "city"
    ? pick(locale, { "zh-CN": "个地级市", en: "cities" })
    : pick(locale, { "zh-CN": "个县级单位", en: "county-level units" });
}

const statusPhrases: Readonly<Record<ProgressStatus, { "zh-CN": string; en: string }>> = {
  achieved: { "zh-CN": "已达成目标", en: "achieved the target" },
  "on-track": { "zh-CN": "进度正常", en: "on track" },
  "needs-acceleration": { "zh-CN": "需加快进度", en: "needing to speed up" },
  "off-track": { "zh-CN": "进度滞后", en: "off track" },
  "no-data": { "zh-CN": "无数据", en: "without data" },
  "no-target": { "zh-CN": "无目标可比", en: "without a target to compare with" },
};

/**
 * How many regions have each status, in the order of the feed's statuses.
 *
 * @example
 * statusCounts(model).get("no-data") //=> 118
 */
export function statusCounts(model: MapModel): Map<ProgressStatus, number> {
  const counts = new Map<ProgressStatus, number>(statusOrder.map((s) => [s, 0]));
  for (const r of model.regions) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  return counts;
}

/**
 * The one-sentence summary of the map in plain language, from the data.
 *
 * @example
 * mapSummary(feed, model, "status", "en")
 * //=> "Youths covered, March 2017: of 124 county-level units, 1 on track, 5 without a target to compare with and 118 without data."
 */
export function mapSummary(
  feed: PublicFeed,
  model: MapModel,
  colorBy: MapColorBy,
  locale: Locale,
): string {
  const { name, unit } = indicatorWords(feed, model.indicator, locale);
  const total = model.regions.length;
  const en = locale === "en";
  if (colorBy === "status") {
    const when = formatMonth(feed.asOf, locale);
    const parts = [...statusCounts(model)]
      .filter(([, n]) => n > 0)
      .map(([status, n]) =>
        en
          ? `${formatNumber(n, locale)} ${statusPhrases[status].en}`
          : `${statusPhrases[status]["zh-CN"]} ${n} 个`,
      );
    return en
      ? `${name}, ${when}: of ${total} ${levelWords(model, locale)}, ${formatList(parts, locale)}.`
      : `${when}${name}：${total} ${levelWords(model, locale)}中，${parts.join("，")}。`;
  }
  const when = formatMonth(model.month, locale);
  const numbered = model.regions.filter((r) => typeof r.value === "number");
  const withheld = model.regions.filter((r) => r.value === "<5" || r.value === "suppressed").length;
  if (numbered.length === 0) {
    return en
      ? `${name}, ${when}: none of the ${total} ${levelWords(model, locale)} has a published figure.`
      : `${when}${name}：${total} ${levelWords(model, locale)}均无公布的数字。`;
  }
  const top = numbered.reduce((a, b) => ((b.value as number) > (a.value as number) ? b : a));
  const figure = unit ? `${formatCell(top.value, locale)} ${unit}` : formatCell(top.value, locale);
  const inCity = model.grid.level === "county" && top.city !== top.code;
  const topName = inCity
    ? en
      ? `${top.name}, ${top.cityName}`
      : `${top.cityName}${top.name}`
    : top.name;
  return en
    ? `${name}, ${when}: highest in ${topName} (${figure}); ${numbered.length} of ${total} ${levelWords(model, locale)} have a figure${withheld ? `, ${withheld} withheld for privacy` : ""}.`
    : `${when}${name}：最高为${topName}（${figure}）；${total} ${levelWords(model, locale)}中 ${numbered.length} 个有数字${withheld ? `，${withheld} 个因保护隐私未公布确切数字` : ""}。`;
}

/**
 * What a screen reader says for a region and the tooltip shows: name, city, value, status,
 * target, programme area.
 *
 * @example
 * regionLines(feed, model, region, "en")
 * //=> ["Pingyuan County, Meizhou", "Youths covered: 600 people", "Status: ● On track", "Programme-area county"]
 */
export function regionLines(
  feed: PublicFeed,
  model: MapModel,
  region: MapRegion,
  locale: Locale,
): string[] {
  const en = locale === "en";
  const colon = en ? ": " : "：";
  const { name, unit } = indicatorWords(feed, model.indicator, locale);
  const title =
    region.city !== region.code
      ? `${region.name}${en ? ", " : "，"}${region.cityName}`
      : region.name;
  const figure = formatCell(region.value, locale);
  const withUnit = typeof region.value === "number" && unit ? `${figure} ${unit}` : figure;
  const look = statusLooks[region.status];
  const lines = [
    title,
    `${name}${colon}${withUnit}`,
    `${pick(locale, { "zh-CN": "进度", en: "Status" })}${colon}${look.symbol} ${look.label[locale]}`,
  ];
  const target = region.progress?.target;
  if (target !== null && target !== undefined) {
    lines.push(
      `${pick(locale, { "zh-CN": "阶段目标", en: "Phase target" })}${colon}${formatNumber(target, locale)}`,
    );
  }
  if (region.inProgrammeArea) {
    lines.push(pick(locale, { "zh-CN": "项目县（贫困县）", en: "Programme-area county" }));
  }
  return lines;
}

/**
 * The data-table alternative of the map: one row per region in code order (so counties follow
 * their city), with its value, status and target.
 *
 * @example
 * mapTable(feed, model, "en").rows.length //=> 124
 */
export function mapTable(feed: PublicFeed, model: MapModel, locale: Locale): DataTable {
  const { name, unit } = indicatorWords(feed, model.indicator, locale);
  const county = model.grid.level === "county";
  const yes = pick(locale, { "zh-CN": "是", en: "yes" });
  const no = pick(locale, { "zh-CN": "否", en: "no" });
  const none = "—";
  const rows = [...model.regions]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((r) => {
      const look = statusLooks[r.status];
      const target = r.progress?.target;
      const cells: DataTableCell[] = [textCell(r.name)];
      if (county) {
        cells.push(textCell(r.city === r.code ? none : r.cityName));
        cells.push(textCell(r.inProgrammeArea ? yes : no));
      }
      cells.push(
        feedCell(r.value, locale),
        { text: `${look.symbol} ${look.label[locale]}`, raw: r.status },
        target === null || target === undefined ? textCell(none) : numberCell(target, locale),
      );
      return cells;
    });
  const en = locale === "en";
  return {
    caption: en
      ? `${name} by ${county ? "county-level unit" : "city"}, ${formatMonth(model.month, locale)}${unit ? ` (${unit})` : ""}`
      : `各${county ? "县级单位" : "地级市"}${name}，${formatMonth(model.month, locale)}${unit ? `（${unit}）` : ""}`,
    columns: [
      {
        label: county
          ? pick(locale, { "zh-CN": "县级单位", en: "County-level unit" })
          : pick(locale, { "zh-CN": "地级市", en: "City" }),
      },
      ...(county
        ? [
            { label: pick(locale, { "zh-CN": "所属地级市", en: "City" }) },
            { label: pick(locale, { "zh-CN": "项目县", en: "Programme area" }) },
          ]
        : []),
      { label: name, numeric: true },
      {
        label: pick(locale, {
          "zh-CN": `进度（截至${formatMonth(feed.asOf, locale)}）`,
          en: `Status (${formatMonth(feed.asOf, locale)})`,
        }),
      },
      { label: pick(locale, { "zh-CN": "阶段目标", en: "Phase target" }), numeric: true },
    ],
    rows,
  };
}

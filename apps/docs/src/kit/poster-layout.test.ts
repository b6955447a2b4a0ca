import { describe, expect, it } from "vitest";
import {
  type MeasureText,
  type PosterFormat,
  type PosterText,
  posterFormats,
  posterLayout,
  wrapText,
} from "./poster-layout.js";

// A stand-in for the canvas: every character is 0.6 em wide (CJK 1 em), so that layouts are the
// same on every machine. The texts are synthetic, shaped like the kit's longest real ones.
const measure: MeasureText = (text, font) => {
  const size = Number(/(\d+)px/.exec(font)?.[1] ?? 16);
  return Array.from(text).reduce(
    (sum, char) => sum + (/\p{Script=Han}/u.test(char) ? size : 0.6 * size),
    0,
  );
};

const english: PosterText = {
  programme: "Guangdong disability-assistance volunteer action",
  title: "Guangdong · Youths covered",
  headline: ["28,450 people", "+240 on the previous month"],
  footer: [
    "Source: Monthly reports of the Youth League committees and volunteer federations of the 21 cities and Shunde (notice 团粤联发〔2016〕52号, §六)",
    "Release: December 2018",
    "Data as of: December 2018",
  ],
  sample: true,
  sampleLabel: "Synthetic sample data, not real statistics",
};
const chinese: PosterText = {
  programme: "广东助残志愿者助力精准脱贫攻坚行动",
  title: "各县级单位服务覆盖的贫困残疾青少年进度",
  headline: [],
  footer: [
    "来源：各地级以上市及顺德区团委、志愿者联合会每月上报的数据（团粤联发〔2016〕52号 §六）",
    "发布：2018年12月",
    "数据截至：2018年12月",
  ],
  sample: false,
  sampleLabel: "示例数据（合成），非真实统计",
};
const sparkline = { width: 200, height: 48 };
const map = { width: 720, height: 540 };
const formats = Object.keys(posterFormats) as PosterFormat[];
const bothFormats = (texts: PosterText[]) =>
  formats.flatMap((format) => texts.map((text) => ({ format, text })));

describe("posterLayout", () => {
  it.each(formats)("spans the content width with a sparkline on the %s poster", (format) => {
    const layout = posterLayout(english, sparkline, format, measure);
    const inner = layout.width - 2 * layout.pad;
    expect(layout.chart).toMatchObject({ x: layout.pad, width: inner });
    // Not bent more than a fifth out of its proportions.
    const natural = (inner * sparkline.height) / sparkline.width;
    expect(layout.chart?.height).toBeGreaterThanOrEqual(natural * 0.8);
    expect(layout.chart?.height).toBeLessThanOrEqual(natural);
  });

  it.each(formats)("keeps the map's proportions on the %s poster", (format) => {
    const chart = posterLayout({ ...english, headline: [] }, map, format, measure).chart;
    expect(chart?.stretched).toBe(false);
    expect((chart?.width ?? 0) / (chart?.height ?? 1)).toBeCloseTo(map.width / map.height, 5);
  });

  it.each(bothFormats([english, chinese]))(
    "draws every footer line inside the $format poster, below the chart",
    ({ format, text }) => {
      const layout = posterLayout(text, sparkline, format, measure);
      const lines = layout.footer.lines;
      const words = (t: string) => t.replaceAll(" ", "");
      expect(words(lines.map((l) => l.text).join(""))).toBe(words(text.footer.join("")));
      for (const line of lines) expect(line.y).toBeLessThan(layout.height - 16);
      const footerTop = layout.sampleBand?.y ?? (lines[0]?.y ?? 0) - 28;
      const chart = layout.chart;
      expect(chart).toBeDefined();
      if (chart) expect(chart.y + chart.height).toBeLessThanOrEqual(footerTop);
    },
  );

  it.each(bothFormats([english, { ...english, headline: ["28,450 organisations", "+240"] }]))(
    "keeps the big figure on one line, inside the content, above the chart ($format)",
    ({ format, text }) => {
      const layout = posterLayout(text, sparkline, format, measure);
      const [figure, change] = layout.headline;
      expect(figure?.lines).toHaveLength(1);
      expect(measure(text.headline[0] ?? "", figure?.font ?? "")).toBeLessThanOrEqual(
        layout.width - 2 * layout.pad,
      );
      const lastBaseline = change?.lines.at(-1)?.y ?? 0;
      expect(layout.chart?.y ?? 0).toBeGreaterThan(lastBaseline);
    },
  );

  it("leaves the chart out when there is no room for it rather than squeeze the footer", () => {
    const crowded = { ...english, footer: Array.from({ length: 20 }, (_, i) => `Line ${i}`) };
    const layout = posterLayout(crowded, sparkline, "square", measure);
    expect(layout.chart).toBeUndefined();
    expect(layout.footer.lines).toHaveLength(20);
  });
});

describe("wrapText", () => {
  it.each([
    ["breaks Latin text at spaces", "Data as of December", 110, ["Data as of", "December"]],
    ["breaks CJK text anywhere", "数据截至二零一八年", 50, ["数据截至二", "零一八年"]],
    ["leaves no lone CJK character at the end", "服务覆盖的进度", 60, ["服务覆盖的", "进度"]],
    [
      "fills CJK lines despite a space before",
      "广东省 · 助残之星组织",
      90,
      ["广东省 · 助残之星", "组织"],
    ],
  ])("%s", (_, text, width, lines) => {
    expect(wrapText(text, width, measure, "10px x")).toEqual(lines);
  });
});

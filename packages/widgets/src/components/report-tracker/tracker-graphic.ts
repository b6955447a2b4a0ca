import type { Locale } from "@zhucan/domain";
import { monthHeading } from "./month-heading.js";
import { type TrackerModel, timelinessLooks } from "./tracker-model.js";

const svgNs = "http://www.w3.org/2000/svg";

/**
 * The picture that the tracker's SVG and PNG downloads export (the page shows the grid as a
 * table): reporting units × months as coloured squares with their symbols, drawn into `root`
 * off screen and removed again once the download code has serialised it (in the same task).
 * A chunk of its own, fetched on the first SVG or PNG download (see import-tracker-graphic.ts):
 * a reader who only looks never downloads it.
 *
 * @example
 * trackerGraphic(el.renderRoot, model, "en").querySelectorAll("rect").length //=> units × months
 */
export function trackerGraphic(
  root: HTMLElement | DocumentFragment,
  model: TrackerModel,
  locale: Locale,
): SVGSVGElement {
  const size = 20;
  const gap = 2;
  const left = 8 + Math.max(...model.rows.map((r) => r.name.length)) * (locale === "en" ? 7 : 13);
  const top = 28;
  const width = left + model.months.length * (size + gap);
  const height = top + model.rows.length * (size + gap);
  const node = (name: string, attributes: Record<string, string | number>, text?: string) => {
    const element = document.createElementNS(svgNs, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    if (text !== undefined) element.textContent = text;
    return element;
  };
  const image = node("svg", {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
  }) as SVGSVGElement;
  image.style.cssText = "position:absolute;left:-99999px;top:0;font-size:12px;";
  model.months.forEach((m, ci) => {
    image.append(
      node(
        "text",
        {
          x: left + ci * (size + gap) + size / 2,
          y: top - 8,
          "text-anchor": "middle",
          style: "fill: var(--_zc-muted); font-size: 9px",
        },
        monthHeading(m, ci, locale).month,
      ),
    );
  });
  model.rows.forEach((r, ri) => {
    const y = top + ri * (size + gap);
    image.append(
      node("text", { x: 0, y: y + size / 2 + 4, style: "fill: var(--_zc-text)" }, r.name),
    );
    r.values.forEach((v, ci) => {
      const x = left + ci * (size + gap);
      const fill = v ? `var(--_zc-report-${v})` : "var(--_zc-surface)";
      image.append(
        node("rect", { x, y, width: size, height: size, rx: 3, style: `fill: ${fill}` }),
      );
      image.append(
        node(
          "text",
          {
            x: x + size / 2,
            y: y + size / 2 + 4,
            "text-anchor": "middle",
            style: `fill: ${v ? "var(--_zc-report-symbol)" : "var(--_zc-muted)"}; font-weight: 700`,
          },
          v ? timelinessLooks[v].symbol : "–",
        ),
      );
    });
  });
  root.append(image);
  // The download code serialises it right after it is returned, before this runs.
  setTimeout(() => image.remove(), 0);
  return image;
}

/** What {@link exportSvg} puts around the chart so a shared image keeps its context. */
export interface SvgExportOptions {
  /** The heading drawn above the chart. */
  readonly title: string;
  /** Big lines under the title (the first one largest), e.g. a headline figure. */
  readonly headline?: readonly string[];
  /** Lines drawn under the chart: provenance, "synthetic sample data". */
  readonly footer: readonly string[];
}

// The properties that decide how SVG content looks; copied from the computed style so the file
// looks the same outside the page (no stylesheet, no custom properties).
const styleProperties = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  // The map's labels draw their halo under the letters (paint-order: stroke); without it the
  // halo would cover them in the file.
  "paint-order",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  "letter-spacing",
  "visibility",
  "display",
] as const;

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = styleProperties
    .map((p) => `${p}:${computed.getPropertyValue(p)}`)
    .filter((decl) => !decl.endsWith(":"))
    .join(";");
  target.setAttribute("style", style);
  target.removeAttribute("class");
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i++) {
    const s = sourceChildren[i];
    const t = targetChildren[i];
    if (s && t) inlineStyles(s, t);
  }
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Serialises a chart `<svg>` of the page as a standalone SVG file: styles inlined from the
 * computed style (theme colours resolved), the title above and provenance lines below, on the
 * element's background. Nothing in it refers to another file, so it draws offline.
 *
 * @example
 * const { text, width, height } = exportSvg(svgElement, { title: "青少年覆盖人数", footer: ["来源：…"] });
 * text.startsWith("<svg") //=> true
 */
export function exportSvg(
  chart: SVGSVGElement,
  options: SvgExportOptions,
): { text: string; width: number; height: number } {
  const box = chart.getBoundingClientRect();
  const chartWidth = Math.max(1, Math.round(box.width || chart.viewBox.baseVal?.width || 300));
  const chartHeight = Math.max(1, Math.round(box.height || chart.viewBox.baseVal?.height || 150));
  const host =
    chart.getRootNode() instanceof ShadowRoot ? (chart.getRootNode() as ShadowRoot).host : chart;
  const hostStyle = getComputedStyle(host);
  const background =
    hostStyle.backgroundColor && hostStyle.backgroundColor !== "rgba(0, 0, 0, 0)"
      ? hostStyle.backgroundColor
      : "#ffffff";
  const textColor = hostStyle.color || "#000000";
  const font = hostStyle.fontFamily || "sans-serif";

  const clone = chart.cloneNode(true) as SVGSVGElement;
  inlineStyles(chart, clone);
  const pad = 16;
  const titleSize = 16;
  const lineSize = 12;
  const width = Math.max(chartWidth + pad * 2, 320);
  const headlineSizes = (options.headline ?? []).map((_, i) => (i === 0 ? 40 : 16));
  let y = pad + titleSize + 8;
  const headline = (options.headline ?? [])
    .map((line, i) => {
      const size = headlineSizes[i] ?? 16;
      y += size + 6;
      return `<text x="${pad}" y="${y - 6}" font-size="${size}" font-weight="${i === 0 ? 700 : 400}">${escapeXml(line)}</text>`;
    })
    .join("");
  const top = y;
  const height = top + chartHeight + 8 + options.footer.length * (lineSize + 4) + pad;
  clone.setAttribute("x", String(pad));
  clone.setAttribute("y", String(top));
  clone.setAttribute("width", String(chartWidth));
  clone.setAttribute("height", String(chartHeight));
  clone.removeAttribute("aria-hidden");
  // Lit's markers are comments; they mean nothing outside the page.
  const walker = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  const inner = new XMLSerializer().serializeToString(clone);
  const footer = options.footer
    .map(
      (line, i) =>
        `<text x="${pad}" y="${top + chartHeight + 8 + (i + 1) * (lineSize + 4) - 4}" font-size="${lineSize}">${escapeXml(line)}</text>`,
    )
    .join("");
  const text =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">` +
    `<title>${escapeXml(options.title)}</title>` +
    `<rect width="100%" height="100%" fill="${background}"/>` +
    `<g fill="${textColor}" font-family="${escapeXml(font)}">` +
    `<text x="${pad}" y="${pad + titleSize - 2}" font-size="${titleSize}" font-weight="600">${escapeXml(options.title)}</text>` +
    `${headline}${footer}</g>${inner}</svg>`;
  return { text, width, height };
}

/**
 * An SVG text as a file.
 *
 * @example
 * svgBlob("<svg xmlns='http://www.w3.org/2000/svg'/>").type //=> "image/svg+xml"
 */
export function svgBlob(text: string): Blob {
  return new Blob([text], { type: "image/svg+xml" });
}

/**
 * Draws an SVG text onto a canvas and returns it as a PNG (`scale` × its size; 2 for sharp
 * images on phones). The SVG is read from a `data:` URL: no request leaves the page.
 *
 * @example
 * (await svgToPng(text, 400, 200)).type //=> "image/png"
 */
export async function svgToPng(
  text: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const image = new Image();
  image.decoding = "sync";
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error("The chart image could not be drawn"));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await loaded;
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("No 2D canvas");
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("The PNG could not be made"))),
      "image/png",
    );
  });
}

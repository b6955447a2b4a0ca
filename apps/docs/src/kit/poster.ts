import {
  type MeasureText,
  type PlacedText,
  type PosterFormat,
  posterFormats,
  posterLayout,
} from "./poster-layout.js";

export { type PosterFormat, posterFormats } from "./poster-layout.js";

/** What a poster shows, taken from a rendered element. */
export interface PosterContent {
  /** The programme's name, on the band at the top. */
  readonly programme: string;
  /** The element's caption. */
  readonly title: string;
  /** The big figure and its change, for headline figures. */
  readonly headline: readonly string[];
  /**
   * The element's chart as a standalone SVG (styles inlined), if it has one; as `exportSvg`
   * writes it, the frame it adds around the chart is left out.
   */
  readonly chart?: { readonly text: string; readonly width: number; readonly height: number };
  /** Source, release, as-of month and the synthetic-data line: always drawn. */
  readonly footer: readonly string[];
  /** Whether to draw the "synthetic sample data" band. */
  readonly sample: boolean;
  readonly sampleLabel: string;
}

const colours = {
  background: "#ffffff",
  band: "#0072b2",
  bandText: "#ffffff",
  text: "#1b1b1f",
  muted: "#4a4f57",
  sample: "#8a5300",
};

/**
 * The chart itself, without the frame `exportSvg` draws around it for a download of its own
 * (16 px padding, a title line, a 320 px minimum width): the poster has its own title and footer,
 * and that frame kept the chart from spanning the poster (a 200 px sparkline filled 62 % of the
 * width, off-centre). An SVG without such a frame is taken as it is.
 */
function unframedChart(text: string): SVGSVGElement | undefined {
  const root = new DOMParser().parseFromString(text, "image/svg+xml").documentElement;
  if (root.localName !== "svg") return undefined;
  const framed = [...root.children].find((child) => child.localName === "svg");
  const chart = (framed ?? root) as unknown as SVGSVGElement;
  chart.removeAttribute("x");
  chart.removeAttribute("y");
  return chart;
}

function viewBoxOf(chart: SVGSVGElement): [number, number, number, number] {
  const [x = 0, y = 0, w = 0, h = 0] =
    chart
      .getAttribute("viewBox")
      ?.split(/[\s,]+/)
      .map(Number) ?? [];
  const width = Number(chart.getAttribute("width")) || w;
  const height = Number(chart.getAttribute("height")) || h;
  return w > 0 && h > 0 ? [x, y, w, h] : [0, 0, width, height];
}

function chartSize(chart: SVGSVGElement): { width: number; height: number } {
  return {
    width: Number(chart.getAttribute("width")) || viewBoxOf(chart)[2],
    height: Number(chart.getAttribute("height")) || viewBoxOf(chart)[3],
  };
}

// An SVG drawn as an image is cut at its edges: a sparkline's last point and its round line ends
// sit on the edge and would be cut in half. So the chart is drawn with this much room around its
// box (inside the poster's margin), its data still spanning exactly the content width.
const chartBleed = 16;

function loadSvg(text: string): Promise<HTMLImageElement> {
  const image = new Image();
  return new Promise((resolve, reject) => {
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error("The chart could not be drawn"));
    // A data: URL, so that drawing never sends a request.
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  });
}

function drawText(context: CanvasRenderingContext2D, text: PlacedText): void {
  context.font = text.font;
  for (const line of text.lines) context.fillText(line.text, line.x, line.y);
}

/**
 * Draws a share-ready poster of `format` size (see `posterLayout`): programme band, title,
 * headline figure, the element's chart across the content width, and at the bottom the source
 * line and as-of month (and the synthetic-data band for sample feeds). Returns the PNG.
 *
 * @example
 * const png = await drawPoster(content, "square");
 * png.type //=> "image/png"
 */
export async function drawPoster(content: PosterContent, format: PosterFormat): Promise<Blob> {
  const { width, height } = posterFormats[format];
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("No 2D canvas");
  const measure: MeasureText = (text, font) => {
    context.font = font;
    return context.measureText(text).width;
  };
  const chart = content.chart ? unframedChart(content.chart.text) : undefined;
  const layout = posterLayout(content, chart ? chartSize(chart) : undefined, format, measure);

  context.fillStyle = colours.background;
  context.fillRect(0, 0, width, height);
  context.fillStyle = colours.band;
  context.fillRect(0, 0, width, layout.bandHeight);
  context.fillStyle = colours.bandText;
  context.textBaseline = "middle";
  drawText(context, layout.programme);

  context.textBaseline = "alphabetic";
  context.fillStyle = colours.text;
  drawText(context, layout.title);
  layout.headline.forEach((text, i) => {
    context.fillStyle = i === 0 ? colours.band : colours.muted;
    drawText(context, text);
  });

  if (chart && layout.chart) {
    // The SVG is drawn at its size on the poster, so that it is rasterised sharp, not scaled up.
    const { x, y, width: w, height: h, stretched } = layout.chart;
    const [vx, vy, vw, vh] = viewBoxOf(chart);
    const bleedX = (chartBleed * vw) / w;
    const bleedY = (chartBleed * vh) / h;
    chart.setAttribute(
      "viewBox",
      `${vx - bleedX} ${vy - bleedY} ${vw + 2 * bleedX} ${vh + 2 * bleedY}`,
    );
    chart.setAttribute("width", String(w + 2 * chartBleed));
    chart.setAttribute("height", String(h + 2 * chartBleed));
    if (stretched) chart.setAttribute("preserveAspectRatio", "none");
    const image = await loadSvg(new XMLSerializer().serializeToString(chart));
    context.drawImage(
      image,
      x - chartBleed,
      y - chartBleed,
      w + 2 * chartBleed,
      h + 2 * chartBleed,
    );
  }

  if (layout.sampleBand) {
    const band = layout.sampleBand;
    context.fillStyle = colours.sample;
    context.fillRect(band.x, band.y, band.width, band.height);
    context.fillStyle = colours.bandText;
    context.textBaseline = "middle";
    drawText(context, { font: band.font, lines: [band.label] });
    context.textBaseline = "alphabetic";
  }
  context.fillStyle = colours.muted;
  drawText(context, layout.footer);

  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("The PNG could not be made"))),
      "image/png",
    ),
  );
}

/** The two share formats: square for WeChat Moments, vertical for phone posters. */
export const posterFormats = {
  square: { width: 1080, height: 1080 },
  vertical: { width: 1080, height: 1920 },
} as const;
export type PosterFormat = keyof typeof posterFormats;

/** What a poster shows, taken from a rendered element. */
export interface PosterContent {
  /** The programme's name, on the band at the top. */
  readonly programme: string;
  /** The element's caption. */
  readonly title: string;
  /** The big figure and its change, for headline figures. */
  readonly headline: readonly string[];
  /** The element's chart as a standalone SVG (styles inlined), if it has one. */
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
const font = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

/** Splits text into lines no wider than `width` on the canvas (CJK can break anywhere). */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const char of Array.from(text)) {
    const next = line + char;
    if (context.measureText(next).width > width && line) {
      const space = line.lastIndexOf(" ");
      if (space > 0 && /\S/.test(char)) {
        lines.push(line.slice(0, space));
        line = line.slice(space + 1) + char;
      } else {
        lines.push(line);
        line = char.trim() ? char : "";
      }
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function loadSvg(text: string): Promise<HTMLImageElement> {
  const image = new Image();
  return new Promise((resolve, reject) => {
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error("The chart could not be drawn"));
    // A data: URL, so that drawing never sends a request.
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  });
}

/**
 * Draws a share-ready poster of `format` size: programme band, title, headline figure, the
 * element's chart scaled to fit, and at the bottom the source line and as-of month (and the
 * synthetic-data band for sample feeds). Returns the PNG.
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
  const pad = 64;
  const inner = width - pad * 2;
  context.fillStyle = colours.background;
  context.fillRect(0, 0, width, height);

  context.fillStyle = colours.band;
  context.fillRect(0, 0, width, 120);
  context.fillStyle = colours.bandText;
  context.textBaseline = "middle";
  context.font = `600 36px ${font}`;
  context.fillText(wrap(context, content.programme, inner)[0] ?? "", pad, 60);

  context.textBaseline = "alphabetic";
  let y = 120 + pad;
  context.fillStyle = colours.text;
  context.font = `700 ${format === "vertical" ? 64 : 52}px ${font}`;
  for (const line of wrap(context, content.title, inner).slice(0, 3)) {
    y += format === "vertical" ? 76 : 62;
    context.fillText(line, pad, y);
  }
  content.headline.forEach((line, i) => {
    const size = i === 0 ? (format === "vertical" ? 200 : 150) : 40;
    context.font = `${i === 0 ? 800 : 500} ${size}px ${font}`;
    context.fillStyle = i === 0 ? colours.band : colours.muted;
    for (const part of wrap(context, line, inner).slice(0, 2)) {
      y += size * 1.15;
      context.fillText(part, pad, y);
    }
    // Room for the descenders of the big figure (the comma, 人) before the next line.
    if (i === 0) y += size * 0.25;
  });

  context.font = `400 28px ${font}`;
  const footerLines = content.footer.flatMap((line) => wrap(context, line, inner));
  const footerHeight = footerLines.length * 40 + (content.sample ? 72 : 0) + pad;
  const chartTop = y + 40;
  const chartBottom = height - footerHeight - 24;
  if (content.chart && chartBottom - chartTop > 80) {
    const image = await loadSvg(content.chart.text);
    const scale = Math.min(
      inner / content.chart.width,
      (chartBottom - chartTop) / content.chart.height,
    );
    const w = content.chart.width * scale;
    const h = content.chart.height * scale;
    context.drawImage(
      image,
      pad + (inner - w) / 2,
      chartTop + (chartBottom - chartTop - h) / 2,
      w,
      h,
    );
  }

  let footerY = height - footerHeight + 16;
  if (content.sample) {
    context.fillStyle = colours.sample;
    context.fillRect(pad, footerY, inner, 56);
    context.fillStyle = colours.bandText;
    context.font = `700 30px ${font}`;
    context.textBaseline = "middle";
    context.fillText(content.sampleLabel, pad + 20, footerY + 28);
    context.textBaseline = "alphabetic";
    footerY += 72;
  }
  context.fillStyle = colours.muted;
  context.font = `400 28px ${font}`;
  for (const line of footerLines) {
    footerY += 40;
    context.fillText(line, pad, footerY - 10);
  }

  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("The PNG could not be made"))),
      "image/png",
    ),
  );
}

/** The two share formats: square for WeChat Moments, vertical for phone posters. */
export const posterFormats = {
  square: { width: 1080, height: 1080 },
  vertical: { width: 1080, height: 1920 },
} as const;
export type PosterFormat = keyof typeof posterFormats;

/** The width of `text` drawn in the CSS `font` (a canvas's `measureText`, or a stand-in in tests). */
export type MeasureText = (text: string, font: string) => number;

/** The text a poster carries, and the size of its chart if it has one. */
export interface PosterText {
  readonly programme: string;
  readonly title: string;
  /** The big figure, then smaller lines (its change). */
  readonly headline: readonly string[];
  /** Source, release, as-of month: always drawn. */
  readonly footer: readonly string[];
  readonly sample: boolean;
  readonly sampleLabel: string;
}

/** A line of text at its baseline (or its middle, for the band's lines). */
export interface PlacedLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/** A block of lines in one font. */
export interface PlacedText {
  readonly font: string;
  readonly lines: readonly PlacedLine[];
}

/** A rectangle on the poster. */
export interface PosterBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where everything goes on a poster. */
export interface PosterLayout {
  readonly width: number;
  readonly height: number;
  /** The margin around the content; the content is `width − 2 × pad` wide. */
  readonly pad: number;
  readonly bandHeight: number;
  readonly programme: PlacedText;
  readonly title: PlacedText;
  /** The big figure first, then the smaller headline lines. */
  readonly headline: readonly PlacedText[];
  /** `stretched` when the chart is drawn slightly taller or flatter than its own proportions. */
  readonly chart: (PosterBox & { readonly stretched: boolean }) | undefined;
  readonly sampleBand:
    | (PosterBox & { readonly label: PlacedLine; readonly font: string })
    | undefined;
  readonly footer: PlacedText;
}

/** The poster's fonts: a CJK face the reader's system has, nothing downloaded. */
export const posterFont =
  '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';
const font = (weight: number, size: number) => `${weight} ${size}px ${posterFont}`;

const han = /\p{Script=Han}/u;

/**
 * Splits text into lines no wider than `width` (CJK can break anywhere; Latin text breaks at
 * spaces where it can).
 *
 * @example
 * wrapText("aa bb", 30, (t) => t.length * 10, "x") //=> ["aa", "bb"]
 */
export function wrapText(text: string, width: number, measure: MeasureText, css: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const char of Array.from(text)) {
    const next = line + char;
    if (measure(next, css) > width && line) {
      // A Latin word moves to the next line whole; CJK text breaks where the line is full.
      const space = line.lastIndexOf(" ");
      if (space > 0 && /\S/.test(char) && !han.test(char) && !han.test(line.at(-1) ?? "")) {
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
  // No lone character on the last line (a CJK title would end on "度" alone): take one along.
  const last = Array.from(lines.at(-1) ?? "");
  const before = Array.from(lines.at(-2) ?? "");
  if (
    last.length === 1 &&
    before.length > 2 &&
    han.test(last[0] ?? "") &&
    han.test(before.at(-1) ?? "")
  ) {
    lines.splice(-2, 2, before.slice(0, -1).join(""), `${before.at(-1)}${last[0]}`);
  }
  return lines;
}

// A chart may be drawn up to this much taller or flatter than its own proportions to span the
// content width (a sparkline's proportions carry no meaning; the map's are never bent that far).
const maxStretch = 0.2;
// The big figure may shrink to this share of its size to make room for a chart at full width.
const minFigureShare = 0.6;

/**
 * Lays out a poster of `format`: the programme band, the title, the headline figure on one line
 * (smaller if it would not fit), the chart across the full content width where it fits (so a
 * sparkline spans the poster like its text), and at the bottom the synthetic-data band and every
 * footer line (source, release, as-of month), which are never dropped.
 *
 * @example
 * posterLayout(text, { width: 200, height: 48 }, "square", measure).chart?.width //=> 952
 */
export function posterLayout(
  text: PosterText,
  chart: { readonly width: number; readonly height: number } | undefined,
  format: PosterFormat,
  measure: MeasureText,
): PosterLayout {
  const { width, height } = posterFormats[format];
  const vertical = format === "vertical";
  const pad = 64;
  const bandHeight = 120;
  const inner = width - pad * 2;

  const programmeFont = font(600, 36);
  const programme: PlacedText = {
    font: programmeFont,
    lines: [
      { text: wrapText(text.programme, inner, measure, programmeFont)[0] ?? "", x: pad, y: 60 },
    ],
  };

  const footerFont = font(400, 28);
  const footerLines = text.footer.flatMap((line) => wrapText(line, inner, measure, footerFont));
  const footerHeight = footerLines.length * 40 + (text.sample ? 72 : 0) + pad;
  const footerTop = height - footerHeight + 16;
  const chartBottom = height - footerHeight - 24;

  const titleFont = font(700, vertical ? 64 : 52);
  const titleStep = vertical ? 76 : 62;
  const titleLines = wrapText(text.title, inner, measure, titleFont).slice(0, 3);
  const titleTop = bandHeight + pad;

  const [figure, ...rest] = text.headline;
  const fullFigure = vertical ? 200 : 150;
  const fitFigure = (size: number) => {
    if (figure === undefined) return size;
    const natural = measure(figure, font(800, size));
    return natural > inner ? Math.floor((size * inner) / natural) : size;
  };
  const restFont = font(500, 40);
  const restLines = rest.map((line) => wrapText(line, inner, measure, restFont).slice(0, 2));
  const restHeight = restLines.reduce((sum, lines) => sum + lines.length * 46, 0);
  const figureHeight = (size: number) => (figure === undefined ? 0 : size * 1.4);
  const chartTopWith = (size: number) =>
    titleTop + titleLines.length * titleStep + figureHeight(size) + restHeight + 40;

  let figureSize = fitFigure(fullFigure);
  let box: PosterLayout["chart"];
  if (chart && chart.width > 0 && chart.height > 0) {
    const fullWidthHeight = (inner * chart.height) / chart.width;
    const room = (size: number) => chartBottom - chartTopWith(size);
    // Make room for the chart at full width by shrinking the figure, within limits.
    if (room(figureSize) < fullWidthHeight * (1 - maxStretch) && figure !== undefined) {
      const needed = fullWidthHeight - room(figureSize);
      figureSize = Math.max(
        Math.floor(fullFigure * minFigureShare),
        Math.floor(figureSize - needed / 1.4),
      );
    }
    const top = chartTopWith(figureSize);
    const available = chartBottom - top;
    if (available > 80) {
      if (available >= fullWidthHeight) {
        box = {
          x: pad,
          y: top + (available - fullWidthHeight) / 2,
          width: inner,
          height: fullWidthHeight,
          stretched: false,
        };
      } else if (available >= fullWidthHeight * (1 - maxStretch)) {
        box = { x: pad, y: top, width: inner, height: available, stretched: true };
      } else {
        const scale = available / chart.height;
        const w = chart.width * scale;
        box = { x: pad + (inner - w) / 2, y: top, width: w, height: available, stretched: false };
      }
    }
  }

  let y = titleTop;
  const title: PlacedText = {
    font: titleFont,
    lines: titleLines.map((line) => {
      y += titleStep;
      return { text: line, x: pad, y };
    }),
  };
  const headline: PlacedText[] = [];
  if (figure !== undefined) {
    y += figureSize * 1.15;
    headline.push({ font: font(800, figureSize), lines: [{ text: figure, x: pad, y }] });
    // Room for the descenders of the big figure (the comma, 人) before the next line.
    y += figureSize * 0.25;
  }
  for (const lines of restLines) {
    headline.push({
      font: restFont,
      lines: lines.map((line) => {
        y += 46;
        return { text: line, x: pad, y };
      }),
    });
  }

  let footerY = footerTop;
  let sampleBand: PosterLayout["sampleBand"];
  if (text.sample) {
    sampleBand = {
      x: pad,
      y: footerY,
      width: inner,
      height: 56,
      font: font(700, 30),
      label: { text: text.sampleLabel, x: pad + 20, y: footerY + 28 },
    };
    footerY += 72;
  }
  const footer: PlacedText = {
    font: footerFont,
    lines: footerLines.map((line) => {
      footerY += 40;
      return { text: line, x: pad, y: footerY - 10 };
    }),
  };

  return {
    width,
    height,
    pad,
    bandHeight,
    programme,
    title,
    headline,
    chart: box,
    sampleBand,
    footer,
  };
}

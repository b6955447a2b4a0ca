import type { PublicFeed } from "@zhucan/domain";
import { emit } from "../base/events.js";
import type { ZcView } from "../base/zc-element.js";
import { csvBlob } from "./csv.js";
import { fileName, saveFile } from "./save-file.js";
import { exportSvg, svgBlob, svgToPng } from "./svg-export.js";

/** A file an element offers: the CSV of its data table, or its chart as SVG or PNG. */
export type DownloadFormat = "csv" | "svg" | "png";

/** What {@link offerDownload} makes a file of. */
export interface DownloadSource {
  /** The view shown: its table (CSV), title and headline (images), file-name words. */
  readonly view: ZcView;
  /** The feed shown: its as-of month ends file names. */
  readonly feed: PublicFeed;
  /** The lines under exported images: the feed's provenance in the element's language. */
  readonly footer: readonly string[];
  /**
   * The `<svg>` to export (the element's `exportGraphic()`), or a promise of it (an element may
   * fetch the code that draws it); asked for SVG and PNG only.
   */
  readonly graphic: () => SVGSVGElement | null | Promise<SVGSVGElement | null>;
}

/**
 * Makes a view's file and offers it: a cancellable `zc-download` event on the element (a
 * listener may take `detail.blob` and cancel), then, unless cancelled, the browser's save.
 * Part of the download chunk, so that the base element carries none of this until the first
 * download. Nothing is saved when the element has no chart to export; a graphic or a PNG that
 * cannot be made is reported on the console, never thrown.
 *
 * @example
 * await offerDownload(el, "csv", { view, feed, footer: [], graphic: () => null });
 * // dispatches zc-download { format: "csv", filename: "zc-stat-youths-covered-440000-2017-03.csv", blob }
 */
export async function offerDownload(
  element: HTMLElement,
  format: DownloadFormat,
  source: DownloadSource,
): Promise<void> {
  const { view, feed } = source;
  let blob: Blob;
  if (format === "csv") {
    blob = csvBlob(view.table);
  } else {
    const { footer } = source;
    try {
      const graphic = await source.graphic();
      if (!graphic) return;
      // Serialised in the task the graphic resolved in: one drawn for the export alone is
      // removed by its element in a later task.
      const image = exportSvg(graphic, {
        title: view.title,
        headline: view.headline ?? [],
        footer,
      });
      blob =
        format === "svg"
          ? svgBlob(image.text)
          : await svgToPng(image.text, image.width, image.height);
    } catch (error) {
      console.error(`<${element.localName}> could not make the ${format.toUpperCase()}`, error);
      return;
    }
  }
  const filename = fileName([element.localName, ...(view.fileParts ?? []), feed.asOf], format);
  if (emit(element, "zc-download", { format, filename, blob }, { cancelable: true })) {
    saveFile(blob, filename);
  }
}

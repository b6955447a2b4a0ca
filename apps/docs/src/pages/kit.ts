// Publicity kit: each button turns the element beside it into a share-ready PNG.
import { provenanceParts, type ZcElement } from "@zhucan/widgets";
import { exportSvg, fileName } from "@zhucan/widgets/download";
import { announce } from "../common/copy-text.js";
import { pageLang, tr } from "../common/lang.js";
import { figureText } from "../kit/figure-text.js";
import { drawPoster, type PosterContent, type PosterFormat, posterFormats } from "../kit/poster.js";

const lang = pageLang();
const status = document.querySelector<HTMLElement>("#kit-status");

/** The element's big figure with its unit, spaced as the language writes it. */
function headlineFigure(root: ShadowRoot, locale: "zh-CN" | "en"): string {
  const figure = root.querySelector('[part~="figure"]');
  if (!figure) return "";
  const unit = figure.querySelector(".unit")?.textContent ?? "";
  const number = [...figure.childNodes]
    // Text and elements only: Lit's part markers are comments, whose text is not shown.
    .filter((node) => node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE)
    .filter((node) => !(node instanceof Element && node.classList.contains("unit")))
    .map((node) => node.textContent ?? "")
    .join("");
  return figureText(number, unit, locale);
}

async function contentOf(element: ZcElement): Promise<PosterContent | undefined> {
  await element.whenSettled();
  const feed = element.shownFeed;
  const root = element.shadowRoot;
  if (!feed || !root) return undefined;
  const text = (part: string) => root.querySelector(`[part~="${part}"]`)?.textContent?.trim() ?? "";
  const title = text("title");
  const chart = root.querySelector<SVGSVGElement>("svg[data-zc-chart]");
  const footer = provenanceParts(feed, element.locale);
  const sampleLabel = tr(lang, {
    "zh-CN": "示例数据（合成），非真实统计",
    en: "Synthetic sample data, not real statistics",
  });
  return {
    programme: tr(lang, {
      "zh-CN": "广东助残志愿者助力精准脱贫攻坚行动",
      en: "Guangdong disability-assistance volunteer action",
    }),
    title,
    headline: [headlineFigure(root, element.locale), text("change")].filter(Boolean),
    ...(chart ? { chart: exportSvg(chart, { title: "", footer: [] }) } : {}),
    footer: feed.sample ? footer.filter((line) => !/合成|synthetic/i.test(line)) : footer,
    sample: feed.sample,
    sampleLabel,
  };
}

async function makePoster(button: HTMLButtonElement): Promise<void> {
  const item = button.dataset.item ?? "";
  const format = button.dataset.poster as PosterFormat;
  const section = document.querySelector<HTMLElement>(`[data-kit-item="${item}"]`);
  const element = section?.querySelector<ZcElement>("zc-stat, zc-progress-map") ?? null;
  const output = section?.querySelector<HTMLElement>(".kit-output");
  if (!element || !output || !(format in posterFormats)) return;
  button.disabled = true;
  try {
    const content = await contentOf(element);
    if (!content) throw new Error("no data");
    const png = await drawPoster(content, format);
    const { width, height } = posterFormats[format];
    const url = URL.createObjectURL(png);
    const name = fileName(["zhucan", item, format, element.shownFeed?.asOf ?? ""], "png");
    const figure = document.createElement("figure");
    const image = new Image(width, height);
    image.src = url;
    image.alt = `${content.title} — ${content.headline.join(" ")} — ${content.footer.join(" · ")}`;
    image.dataset.format = format;
    const caption = document.createElement("figcaption");
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.textContent = tr(lang, {
      "zh-CN": `下载 ${name}（${width}×${height}）`,
      en: `Download ${name} (${width}×${height})`,
    });
    caption.append(link);
    figure.append(image, caption);
    output.querySelector(`figure:has(img[data-format="${format}"])`)?.remove();
    output.append(figure);
    if (status)
      announce(
        status,
        tr(lang, {
          "zh-CN": `已生成 ${width}×${height} 图片，可在下方下载。`,
          en: `Made the ${width}×${height} image; download it below.`,
        }),
      );
  } catch (error) {
    console.warn("poster", error);
    if (status)
      announce(
        status,
        tr(lang, {
          "zh-CN": "无法生成图片：数据尚未载入。",
          en: "Could not make the image: the data has not loaded.",
        }),
      );
  } finally {
    button.disabled = false;
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-poster]")) {
  button.addEventListener("click", () => void makePoster(button));
}

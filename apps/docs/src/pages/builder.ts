// Embed builder: the form drives a live preview and the two snippets.
import "@zhucan/widgets";
import { elements, indicators, regions } from "virtual:zc-site";
import { type EmbedChoice, embedAttributes, embedControls } from "../builder/embed-choice.js";
import { embedUrl, iframeSnippet, type SnippetUrls, scriptSnippet } from "../builder/snippets.js";
import { announce, copyText } from "../common/copy-text.js";
import { pageLang, siteUrl, tr } from "../common/lang.js";

const lang = pageLang();
const form = document.querySelector<HTMLFormElement>("#builder");
const preview = document.querySelector<HTMLElement>("#preview");
const status = document.querySelector<HTMLElement>("#copy-status");
const scriptField = document.querySelector<HTMLTextAreaElement>("#snippet-script");
const iframeField = document.querySelector<HTMLTextAreaElement>("#snippet-iframe");
const embedLink = document.querySelector<HTMLAnchorElement>("#embed-link");
const select = (name: string) => form?.elements.namedItem(name) as HTMLSelectElement | null;

const urls: SnippetUrls = {
  script: siteUrl("zhucan-widgets.js"),
  feed: siteUrl("feed/latest.json"),
  embed: siteUrl("embed.html"),
};

function readChoice(data: FormData): EmbedChoice {
  const width = String(data.get("width") ?? "");
  const level = String(data.get("level") ?? "province");
  return {
    element: String(data.get("element") ?? "zc-stat"),
    indicator: String(data.get("indicator") ?? "youths-covered"),
    level: level === "city" || level === "county" ? level : "province",
    region: String(data.get("region") ?? ""),
    theme: (["light", "dark"].includes(String(data.get("theme")))
      ? data.get("theme")
      : "auto") as EmbedChoice["theme"],
    lang: data.get("lang") === "en" ? "en" : "zh-CN",
    width: width ? Number(width) : null,
    size: String(data.get("size") ?? "m"),
  };
}

function fillRegions(level: EmbedChoice["level"], keep: string): void {
  const field = select("region");
  if (!field) return;
  const choices = regions.filter((r) => r.level === level);
  field.replaceChildren(
    ...choices.map((r) => {
      const option = new Option(`${tr(lang, r.name)} (${r.code})`, r.code);
      option.selected = r.code === keep;
      return option;
    }),
  );
}

function update(): void {
  if (!form || !preview || !scriptField || !iframeField) return;
  const before = readChoice(new FormData(form));
  const api = elements.find((e) => e.tag === before.element) ?? elements[0];
  if (!api) return;
  const controls = embedControls(api);
  const levelField = select("level");
  const regionField = select("region");
  const indicatorField = select("indicator");
  const sizeField = select("size");
  if (indicatorField) indicatorField.disabled = !controls.indicator;
  if (sizeField) sizeField.disabled = !controls.size;
  if (levelField) {
    levelField.disabled = controls.level === "none";
    const province = levelField.querySelector<HTMLOptionElement>('option[value="province"]');
    if (province) province.disabled = controls.level === "map";
    if (controls.level === "map" && levelField.value === "province") levelField.value = "county";
  }
  const level = (levelField?.value ?? "province") as EmbedChoice["level"];
  if (regionField) {
    if (level === "province" && regionField.dataset.level !== level) {
      regionField.replaceChildren(
        new Option(tr(lang, { "zh-CN": "（全省）", en: "(the whole province)" }), ""),
      );
      regionField.dataset.level = level;
    } else if (level !== "province" && regionField.dataset.level !== level) {
      fillRegions(level, before.region);
      regionField.dataset.level = level;
    }
    regionField.disabled = controls.level !== "region" || level === "province";
  }
  const hint = document.querySelector("#b-element-hint");
  if (hint) hint.textContent = api.summary;

  const choice = readChoice(new FormData(form));
  const attributes = embedAttributes(choice, api);
  const element = document.createElement(api.tag);
  element.setAttribute("src", urls.feed);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  element.style.display = "block";
  if (choice.width) element.style.maxWidth = `${choice.width}px`;
  preview.replaceChildren(element);

  const indicatorName =
    indicators.find((i) => i.id === choice.indicator)?.name[choice.lang] ?? choice.indicator;
  const title = controls.indicator ? `${indicatorName} · ${api.tag}` : api.tag;
  scriptField.value = scriptSnippet(api.tag, attributes, urls, choice.width);
  const src = embedUrl(urls.embed, api.tag, attributes);
  iframeField.value = iframeSnippet(src, title, choice.width);
  if (embedLink) embedLink.href = src;
}

form?.addEventListener("change", update);
form?.addEventListener("submit", (event) => event.preventDefault());

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
  button.addEventListener("click", async () => {
    const field = document.getElementById(button.dataset.copy ?? "") as HTMLTextAreaElement | null;
    if (!field || !status) return;
    const what =
      field === scriptField
        ? { "zh-CN": "script 代码", en: "script snippet" }
        : { "zh-CN": "iframe 代码", en: "iframe snippet" };
    const copied = await copyText(field.value, field);
    announce(
      status,
      copied
        ? tr(lang, { "zh-CN": `已复制${what["zh-CN"]}。`, en: `Copied the ${what.en}.` })
        : tr(lang, {
            "zh-CN": `无法自动复制${what["zh-CN"]}：已选中文字，请按 Ctrl+C（Mac 上按 ⌘C）。`,
            en: `Could not copy the ${what.en} automatically: the text is selected, press Ctrl+C (⌘C on a Mac).`,
          }),
    );
  });
}

update();

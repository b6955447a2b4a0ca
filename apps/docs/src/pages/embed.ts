// The iframe embed page: one element chosen by the query string, full-bleed, reporting its
// height to the parent page (the parent's auto-resize script sets the iframe's height).
import "@zhucan/widgets";
import { elements } from "virtual:zc-site";
import { siteUrl } from "../common/lang.js";
import { embedHeightMessage } from "../embed/auto-resize.js";

const params = new URLSearchParams(location.search);
const lang = params.get("lang") === "en" ? "en" : "zh-CN";
document.documentElement.lang = lang;

const api =
  elements.find((e) => e.tag === params.get("element")) ??
  elements.find((e) => e.tag === "zc-stat");
const container = document.querySelector<HTMLElement>("#embed");

if (api && container) {
  const element = document.createElement(api.tag);
  // DECISION: the embed page shows this site's own feed only; `src` is not taken from the URL,
  // so nobody can make the site's page display someone else's figures under its name.
  element.setAttribute("src", siteUrl("feed/latest.json"));
  for (const attribute of api.attributes) {
    const value = params.get(attribute.name);
    if (attribute.name !== "src" && value !== null) element.setAttribute(attribute.name, value);
  }
  element.setAttribute("lang", lang);
  container.append(element);
  document.title = `${api.tag} · ${lang === "en" ? "Guangdong disability-assistance volunteer action" : "广东助残志愿者助力精准脱贫攻坚行动"}`;

  let last = -1;
  const report = () => {
    const height = Math.ceil(container.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    window.parent.postMessage({ type: embedHeightMessage, height }, "*");
  };
  new ResizeObserver(report).observe(container);
  element.addEventListener("zc-feed-load", () => requestAnimationFrame(report));
}

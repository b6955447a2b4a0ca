import type { Locale } from "@zhucan/domain";

/**
 * Maps a BCP 47 language tag to one of the widgets' locales: any `en*` tag gives `"en"`,
 * anything else (including `zh`, `zh-Hans`, an empty string) gives `"zh-CN"`, the programme's
 * language.
 *
 * @example
 * resolveLocale("en-GB") //=> "en"
 * resolveLocale("zh-Hans-CN") //=> "zh-CN"
 * resolveLocale(undefined) //=> "zh-CN"
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  return tag && /^en(-|$)/i.test(tag.trim()) ? "en" : "zh-CN";
}

/**
 * The `lang` an element takes: its own attribute, else that of the nearest enclosing `zc-`
 * element (crossing shadow roots, so an element inside `<zc-dashboard lang="en">` speaks
 * English), else `""` (which {@link resolveLocale} reads as zh-CN).
 *
 * DECISION: the page's own `<html lang>` is NOT followed: many CMS templates declare
 * `lang="en"` on Chinese pages, and the programme's language is zh-CN. Partners set `lang` on
 * the element (or on `<zc-dashboard>`).
 *
 * @example
 * inheritedLang(document.createElement("zc-stat")) //=> ""
 */
export function inheritedLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof HTMLElement && (node === element || node.localName.startsWith("zc-"))) {
      // The property, not the attribute: a zc- element's `lang` may be set as a property.
      if (node.lang) return node.lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return "";
}

/** The languages every message, name and summary of the programme is written in. */
export const locales = ["zh-CN", "en"] as const;

/** One of {@link locales}: `"zh-CN"` (the default everywhere) or `"en"`. */
export type Locale = (typeof locales)[number];

/**
 * A text in every supported language.
 *
 * @example
 * const name: LocalizedText = { "zh-CN": "助残之星", en: "Star organisations" };
 * name.en //=> "Star organisations"
 */
export type LocalizedText = Readonly<Record<Locale, string>>;

/**
 * Picks a text's wording for a locale, falling back to zh-CN.
 *
 * @example
 * localize({ "zh-CN": "按时", en: "On time" }, "en") //=> "On time"
 */
export function localize(text: LocalizedText, locale: Locale = "zh-CN"): string {
  return text[locale] ?? text["zh-CN"];
}

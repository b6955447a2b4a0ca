import type { Bilingual } from "../../src/common/lang.js";

/** One configuration of an element shown in the gallery. */
export interface GalleryConfig {
  readonly label: Bilingual;
  /** Attributes besides `src` and `lang` (which the gallery sets to the feed and the page's language). */
  readonly attributes: Readonly<Record<string, string>>;
}

const dark: GalleryConfig = {
  label: { "zh-CN": "深色主题", en: "Dark theme" },
  attributes: { theme: "dark" },
};
const otherLanguage: GalleryConfig = {
  label: { "zh-CN": '英文界面（lang="en"）', en: 'Chinese interface (lang="zh-CN")' },
  attributes: { lang: "{other}" },
};
const byDefault: GalleryConfig = {
  label: { "zh-CN": "默认（只设 src）", en: "Default (only src set)" },
  attributes: {},
};

/**
 * The main configurations of each element. An element missing here (a new one) still appears
 * in the gallery with the default, other-language and dark configurations.
 */
export const galleryConfigs: Readonly<Record<string, readonly GalleryConfig[]>> = {
  "zc-stat": [
    byDefault,
    {
      label: { "zh-CN": "大号数字：助残之星组织", en: "Extra-large figure: star organisations" },
      attributes: { indicator: "star-organisations", size: "xl" },
    },
    {
      label: { "zh-CN": "地市：梅州市的助残V站", en: "A city: V-stations in Meizhou" },
      attributes: { indicator: "v-stations", region: "441400" },
    },
    otherLanguage,
    dark,
  ],
  "zc-target-progress": [
    byDefault,
    {
      label: { "zh-CN": "助残V站（县县建站）", en: "V-stations (one per county)" },
      attributes: { indicator: "v-stations" },
    },
    {
      label: { "zh-CN": "地市：梅州市", en: "A city: Meizhou" },
      attributes: { region: "441400" },
    },
    dark,
  ],
  "zc-progress-map": [
    byDefault,
    {
      label: { "zh-CN": "地市层级", en: "City level" },
      attributes: { level: "city" },
    },
    {
      label: { "zh-CN": "按数值着色：建档立卡人数", en: "Coloured by value: youths registered" },
      attributes: { indicator: "youths-registered", "color-by": "value" },
    },
    otherLanguage,
    dark,
  ],
  // The home page shows the dashboard in full; here once, in the dark theme.
  "zc-dashboard": [dark],
};

/** The configurations of an element without an entry in {@link galleryConfigs}. */
export const fallbackConfigs: readonly GalleryConfig[] = [byDefault, otherLanguage, dark];

/** States every element shows, demonstrated once for each. */
export const stateConfigs: readonly GalleryConfig[] = [
  {
    // A file that is not a feed (not a 404: the page must log no network error).
    label: { "zh-CN": "出错：文件不是有效的数据", en: "Error: the file is not a valid feed" },
    attributes: { src: "{root}gallery/not-a-feed.json" },
  },
  {
    label: { "zh-CN": "无数据源：没有设置 src", en: "No source: src not set" },
    attributes: { src: "" },
  },
];

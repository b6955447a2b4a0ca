/** Options of {@link shortRegionName}. */
export interface ShortRegionNameOptions {
  /** Longest Latin-script label, in characters; longer names are cut and end with "." */
  readonly maxLatin?: number;
}

/** The defaults of {@link ShortRegionNameOptions}. */
export const shortRegionNameDefaults: Required<ShortRegionNameOptions> = { maxLatin: 7 };

// Generic endings of Chinese division names, longest first; the rest is the proper name.
const chineseSuffixes = ["壮族瑶族自治县", "瑶族自治县", "自治县", "区", "县", "市"];

/**
 * A region's name short enough for a cartogram cell: a Chinese name without its generic
 * ending (县, 区, 市, 自治县…) unless that leaves one character (城区 stays 城区); a Latin name's
 * first word, cut to `maxLatin` characters. The full name is always in the tooltip, the
 * accessible name and the data table.
 *
 * @example
 * shortRegionName("乳源瑶族自治县") //=> "乳源"
 * shortRegionName("城区") //=> "城区"
 * shortRegionName("Guangzhou") //=> "Guangz."
 */
export function shortRegionName(name: string, options: ShortRegionNameOptions = {}): string {
  const { maxLatin } = { ...shortRegionNameDefaults, ...options };
  const trimmed = name.trim();
  if (/[\u3400-\u9fff]/.test(trimmed)) {
    const suffix = chineseSuffixes.find((s) => trimmed.endsWith(s));
    const stem = suffix ? trimmed.slice(0, -suffix.length) : trimmed;
    return stem.length >= 2 ? stem : trimmed;
  }
  const word = trimmed.split(/[\s,]+/)[0] ?? trimmed;
  return word.length > maxLatin ? `${word.slice(0, maxLatin - 1)}.` : word;
}

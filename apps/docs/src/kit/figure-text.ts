/**
 * The headline figure as one line of poster text: the number and its unit, with a space between
 * them in English ("28,450 people") and none in Chinese ("28,450人"), as each language writes it.
 * The element shows the two in separate spans (spaced by CSS), so their joined `textContent`
 * would read "28,450people".
 *
 * @example
 * figureText("28,450", "people", "en") //=> "28,450 people"
 * figureText("28,450", "人", "zh-CN") //=> "28,450人"
 */
export function figureText(figure: string, unit: string, locale: "zh-CN" | "en"): string {
  const [number, name] = [figure.trim(), unit.trim()];
  if (!name) return number;
  return locale === "en" ? `${number} ${name}` : `${number}${name}`;
}

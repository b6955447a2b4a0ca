/** Options of {@link maskResidentId} and {@link maskIdsInText}. */
export interface MaskResidentIdOptions {
  /**
   * **DECISION**: what a masked 20-character disability certificate shows of its last two
   * digits, which are the disability category and level — themselves sensitive personal
   * information under PIPL. `"hide"` (default): `440104**********3X**`, the same visible
   * characters as the holder's masked resident ID, so the two can be matched in a log.
   * `"show"`: `440104**********3X42`.
   */
  readonly certificateDetails?: "hide" | "show";
}

/**
 * The defaults of {@link MaskResidentIdOptions}.
 *
 * @example
 * maskResidentIdDefaults.certificateDetails //=> "hide"
 */
export const maskResidentIdDefaults: Required<MaskResidentIdOptions> = {
  certificateDetails: "hide",
};

const residentId18 = /^\d{17}[\dXx]$/;
const certificate20 = /^\d{17}[\dXx]\d{2}$/;
const legacy15 = /^\d{15}$/;

/**
 * Masks an ID number for anything a person might see (logs, CLI output, error messages): the
 * Privacy rules say ID numbers never appear in full outside the private records.
 *
 * - 18-character resident ID: first 6 (the address code) and last 2 kept:
 *   `440104**********3X`; a lowercase `x` is shown as `X`.
 * - 15-digit legacy ID: first 6 and last 2 kept.
 * - 20-character disability certificate: masked like its resident ID, then the category and
 *   level digits hidden or shown as {@link MaskResidentIdOptions.certificateDetails} says.
 * - Anything else of 8 characters or more: first 2 kept, the rest masked; shorter: all masked.
 *   The length is kept, surrounding whitespace dropped; a non-string gives `""`.
 *
 * Never returns its input unmasked.
 *
 * @example
 * maskResidentId("11010519491231002x") //=> "110105**********2X"
 * maskResidentId("11010519491231002X42") //=> "110105**********2X**"
 * maskResidentId("11010519491231002X42", { certificateDetails: "show" }) //=> "110105**********2X42"
 * maskResidentId("110105491231002") //=> "110105*******02"
 * maskResidentId("A1234567") //=> "A1******"
 */
export function maskResidentId(text: string, options: MaskResidentIdOptions = {}): string {
  if (typeof text !== "string") return "";
  const s = text.trim();
  if (residentId18.test(s)) return `${s.slice(0, 6)}${"*".repeat(10)}${s.slice(16).toUpperCase()}`;
  if (certificate20.test(s)) {
    const show =
      (options.certificateDetails ?? maskResidentIdDefaults.certificateDetails) === "show";
    return `${s.slice(0, 6)}${"*".repeat(10)}${s.slice(16, 18).toUpperCase()}${show ? s.slice(18) : "**"}`;
  }
  if (legacy15.test(s)) return `${s.slice(0, 6)}${"*".repeat(7)}${s.slice(13)}`;
  // Code points, not UTF-16 units, so a masked name never ends in half a character.
  const chars = Array.from(s);
  const kept = chars.length >= 8 ? 2 : 0;
  return chars.slice(0, kept).join("") + "*".repeat(chars.length - kept);
}

// A run of 15 or more digits (the 18th character may be X), not touching other digits.
// Longer or shorter runs than the ID forms are masked too: a mistyped ID is still an ID. Digits
// may be full-width (０–９, Ｘ: a Chinese input method in full-width mode types them so), and an
// ID may be written grouped as address · birth date · rest, with a space or hyphen between.
const digit = "[\\d０-９]";
const check = "[\\dXx０-９Ｘｘ]";
const idLikeRun = new RegExp(
  `(?<!${digit})(?:${digit}{6}[ -]${digit}{8}[ -]${digit}{3}${check}|${digit}{14,}${check})(?:${digit}{2})?(?!${digit})`,
  "g",
);
const fullWidthDigit = /[０-９Ｘｘ]/g;

/**
 * Masks every ID-like run in free text (log lines, CLI messages) with {@link maskResidentId}:
 * any run of 15 or more digits, with or without an `X` as 18th character, which covers
 * 15-digit legacy IDs, 18-character resident IDs and 20-character disability certificates
 * even when letters or Chinese text touch them. Full-width digits and IDs grouped as
 * `440104 19491231 002X` are masked too, in ASCII.
 *
 * @example
 * maskIdsInText("第3行：身份证11010519491231002X校验码错误")
 * //=> "第3行：身份证110105**********2X校验码错误"
 * maskIdsInText("身份证１１０１０５１９４９１２３１００２Ｘ") //=> "身份证110105**********2X"
 */
export function maskIdsInText(text: string, options: MaskResidentIdOptions = {}): string {
  if (typeof text !== "string") return "";
  return text.replace(idLikeRun, (run) =>
    maskResidentId(
      run
        .replace(fullWidthDigit, (c) => String.fromCodePoint((c.codePointAt(0) as number) - 0xfee0))
        .replace(/[ -]/g, ""),
      options,
    ),
  );
}

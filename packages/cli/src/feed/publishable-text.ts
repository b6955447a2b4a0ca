import { maskIdsInText } from "@zhucan/domain";

/** Options of {@link publishableText}. */
export interface PublishableTextOptions {
  /**
   * Private strings to cut out wherever they appear: the names and contacts of the people who
   * filled in the reports (`filledBy`), which are never published themselves.
   */
  readonly privateStrings?: readonly string[];
}

const removed = "[已删除 removed]";
// What maskIdsInText leaves of an ID (440104**********3X…) still shows the county of birth and
// the sex digit: in a public feed the whole run goes.
const maskedIdRun = /[0-9Xx]*\*{4,}[0-9Xx*]*/g;
// Contact details: any run of 11 or more digits (a mobile number, with whatever digits touch it;
// a bank or card number), and mobile numbers written with spaces or hyphens.
const longNumber = /\d{11,}/g;
const spacedMobile = /(?<!\d)1[3-9]\d[\s-]\d{4}[\s-]\d{4}(?!\d)/g;

/**
 * Free text made fit to publish (correction reasons are the only free text the feed carries):
 * ID numbers go through the domain's `maskIdsInText` and the masked run is then removed whole;
 * any run of 11 or more digits (phone, card and account numbers), mobile numbers written with
 * spaces or hyphens and the given private strings (the reports' `filledBy` names and contacts)
 * are removed; whitespace is collapsed, and the result is cut to `maxLength` characters.
 *
 * A person's name typed into a reason cannot be recognised in general: units are asked not to
 * (the template's notes), and `correctionReasons: "withheld"` of `buildFeed` publishes none.
 *
 * @example
 * publishableText("核减 11010519491231002X 重复登记，联系人 张三 13800138000", 500, { privateStrings: ["张三"] })
 * //=> "核减 [已删除 removed] 重复登记，联系人 [已删除 removed] [已删除 removed]"
 */
export function publishableText(
  text: string,
  maxLength: number,
  options: PublishableTextOptions = {},
): string {
  let out = maskIdsInText(text)
    .replace(maskedIdRun, removed)
    .replace(longNumber, removed)
    .replace(spacedMobile, removed);
  const secrets = (options.privateStrings ?? [])
    .map((s) => s.trim())
    .filter((s) => s.length >= 2)
    .sort((a, b) => b.length - a.length);
  for (const secret of secrets) out = out.split(secret).join(removed);
  out = out.replace(/\s+/g, " ").trim();
  return Array.from(out).slice(0, maxLength).join("");
}

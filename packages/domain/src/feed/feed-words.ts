import type { LocalizedText } from "../i18n/localized-text.js";
import { type Problem, problem } from "../result/result.js";
import { schemaProblem } from "../result/schema-problem.js";
import type { FeedCheck, FeedIssue } from "./feed-issues.js";

type Words = (...values: never[]) => LocalizedText;

const levelWords = {
  province: { "zh-CN": "省", en: "province" },
  city: { "zh-CN": "地级市", en: "city" },
  county: { "zh-CN": "县（市、区）", en: "county" },
} as const;

type Level = keyof typeof levelWords;

/**
 * The wording of each {@link FeedRule}, zh-CN first (the programme's language): a function of
 * the figures the issue holds.
 *
 * @example
 * ruleWords["province-count"](2).en //=> "regions must list exactly 1 province, found 2"
 */
export const ruleWords = {
  "as-of": (asOf: string) => ({
    "zh-CN": `asOf（${asOf}）应为 months 的最后一个月`,
    en: `asOf (${asOf}) must be the last of months`,
  }),
  "series-length": (i: number, found: number, n: number) => ({
    "zh-CN": `第 ${i} 个序列有 ${found} 个值，应为 ${n} 个（与 months 对齐）`,
    en: `series ${i} has ${found} values, expected ${n} (one per month)`,
  }),
  "timeliness-length": (i: number, found: number, n: number) => ({
    "zh-CN": `第 ${i} 个报送单位有 ${found} 个月的记录，应为 ${n} 个`,
    en: `reporting unit ${i} has ${found} months, expected ${n}`,
  }),
  "duplicate-region": (code: string) => ({
    "zh-CN": `地区代码 ${code} 在 regions 中出现了不止一次`,
    en: `region code ${code} is listed more than once in regions`,
  }),
  "province-count": (found: number) => ({
    "zh-CN": `regions 应恰好有 1 个省级地区，实际有 ${found} 个`,
    en: `regions must list exactly 1 province, found ${found}`,
  }),
  "province-parent": (code: string) => ({
    "zh-CN": `省级地区 ${code} 不应有上级（parent 应为 null）`,
    en: `the province ${code} must have no parent (parent must be null)`,
  }),
  "parent-level": (level: Level, code: string, parent: string, wanted: Level) => ({
    "zh-CN": `${levelWords[level]["zh-CN"]} ${code} 的上级 ${parent} 应为 regions 中列出的${levelWords[wanted]["zh-CN"]}`,
    en: `the ${levelWords[level].en} ${code} has parent ${parent}, which must be a ${levelWords[wanted].en} listed in regions`,
  }),
  "parent-prefix": (code: string, shared: number, parent: string) => ({
    "zh-CN": `${code} 的代码前 ${shared} 位与上级 ${parent} 不一致`,
    en: `${code} does not share its first ${shared} digits with its parent ${parent}`,
  }),
  "unknown-region": (section: string, i: number, region: string) => ({
    "zh-CN": `${section} 第 ${i} 项的地区代码 ${region} 未在 regions 中列出`,
    en: `${section} ${i} names region ${region}, which regions does not list`,
  }),
  "too-many": (maxProblems: number) => ({
    "zh-CN": `问题超过 ${maxProblems} 个，其余未列出`,
    en: `More than ${maxProblems} problems; the rest are not listed`,
  }),
  unreadable: () => ({
    "zh-CN": "数据无法读取（不是普通的 JSON 数据）",
    en: "The data could not be read (not plain JSON data)",
  }),
} satisfies Record<string, Words>;

/**
 * Words one {@link FeedIssue} as a {@link Problem}: schema issues as `schemaProblem` does
 * (`schema-` + zod's code), the feed's own rules with their messages, in zh-CN and en.
 *
 * @example
 * feedProblem({ code: "too_big", path: ["months"], maximum: 1200 }).message.en
 * //=> "months: above the maximum of 1200"
 */
export function feedProblem(issue: FeedIssue): Problem {
  if (!("rule" in issue)) return schemaProblem(issue);
  const words = ruleWords[issue.rule] as (...values: (string | number)[]) => LocalizedText;
  return problem(issue.code, issue.path, words(...issue.values));
}

/**
 * Words a {@link FeedCheck}: the same feed, or the same issues as problems (what `parseFeed`
 * and `checkFeedShape` return).
 *
 * @example
 * wordFeedCheck({ ok: false, issues: [{ code: "invalid_type", path: [], expected: "object" }] }).errors[0].message.en
 * //=> "(root): wrong type, expected object"
 */
export function wordFeedCheck<T>(
  checked: FeedCheck<T>,
):
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly Problem[] } {
  return checked.ok ? checked : { ok: false, errors: checked.issues.map(feedProblem) };
}

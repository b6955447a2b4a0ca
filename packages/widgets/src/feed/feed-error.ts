import type { LocalizedText, Problem } from "@zhucan/domain";

/**
 * Why a feed could not be used:
 * - `network`: no response (offline, DNS, CORS refused, server unreachable);
 * - `http-status`: the server answered with a status other than 2xx (e.g. 404);
 * - `timeout`: no complete answer within the loader's time limit;
 * - `invalid-json`: the answer is not JSON;
 * - `invalid-feed`: JSON, but not a valid public feed (`problems` says what is wrong);
 * - `validator-unavailable`: the feed validator (a chunk loaded on demand) could not be fetched;
 * - `aborted`: the caller gave up (element removed, `src` changed); never shown to users.
 */
export type FeedErrorKind =
  | "network"
  | "http-status"
  | "timeout"
  | "invalid-json"
  | "invalid-feed"
  | "validator-unavailable"
  | "aborted";

/** A failed feed load: its kind, the URL, the HTTP status if any, and a message in zh-CN and en. */
export interface FeedLoadError {
  readonly kind: FeedErrorKind;
  /** The absolute URL requested, or `undefined` for a feed given as a property. */
  readonly url: string | undefined;
  /** The HTTP status for `http-status` errors. */
  readonly status?: number;
  /** What `parseFeed` found wrong, for `invalid-feed`; empty otherwise. */
  readonly problems: readonly Problem[];
  readonly message: LocalizedText;
}

function describe(kind: FeedErrorKind, status?: number, timeoutMs?: number): LocalizedText {
  switch (kind) {
    case "network":
      return {
        "zh-CN": "无法连接到数据源。请检查网络连接，或确认数据地址允许本网站访问。",
        en: "The data source could not be reached. Check the connection, or that the data address allows this site to read it.",
      };
    case "http-status":
      return status === 404
        ? {
            "zh-CN": "找不到数据文件（HTTP 404）。请检查 src 地址。",
            en: "The data file was not found (HTTP 404). Check the src address.",
          }
        : {
            "zh-CN": `数据源返回错误（HTTP ${status}）。`,
            en: `The data source answered with an error (HTTP ${status}).`,
          };
    case "timeout": {
      const s = Math.round((timeoutMs ?? 0) / 1000);
      return {
        "zh-CN": `数据源在 ${s} 秒内没有响应。请稍后重试。`,
        en: `The data source did not answer within ${s} seconds. Please try again later.`,
      };
    }
    case "invalid-json":
      return {
        "zh-CN": "数据文件不是有效的 JSON 格式。",
        en: "The data file is not valid JSON.",
      };
    case "invalid-feed":
      return {
        "zh-CN": "数据文件不符合公开数据格式，无法显示。",
        en: "The data file does not follow the public feed format and cannot be shown.",
      };
    case "validator-unavailable":
      return {
        "zh-CN": "无法加载数据校验程序，数据未经校验不予显示。请检查网络连接后重试。",
        en: "The data checker could not be loaded, and data are never shown unchecked. Check the connection and try again.",
      };
    case "aborted":
      return { "zh-CN": "加载已取消。", en: "Loading was cancelled." };
  }
}

/**
 * Builds a {@link FeedLoadError} with its standard message.
 *
 * @example
 * feedError("http-status", "https://example.org/feed.json", { status: 404 }).message.en
 * //=> "The data file was not found (HTTP 404). Check the src address."
 */
export function feedError(
  kind: FeedErrorKind,
  url: string | undefined,
  details: { status?: number; problems?: readonly Problem[]; timeoutMs?: number } = {},
): FeedLoadError {
  return {
    kind,
    url,
    ...(details.status === undefined ? {} : { status: details.status }),
    problems: details.problems ?? [],
    message: describe(kind, details.status, details.timeoutMs),
  };
}

import type { LocalizedText, Problem } from "@zhucan/domain";

/**
 * Why a feed could not be used:
 * - `network`: no response (offline, DNS, CORS refused, server unreachable);
 * - `http-status`: the server answered with a status other than 2xx (e.g. 404);
 * - `timeout`: no complete answer within the loader's time limit;
 * - `too-large`: the file is larger than the loader's `maxBytes` (`size`, `limit`), refused
 *   before it could freeze the page;
 * - `invalid-json`: the answer is not JSON;
 * - `invalid-feed`: JSON, but not a valid public feed (`problems` says what is wrong);
 * - `validator-unavailable`: the feed validator (a chunk loaded on demand) could not be fetched;
 * - `aborted`: the caller gave up (element removed, `src` changed); never shown to users.
 */
export type FeedErrorKind =
  | "network"
  | "http-status"
  | "timeout"
  | "too-large"
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
  /** For `too-large`: the size in bytes the server declared (`Content-Length`), if it did. */
  readonly size?: number;
  /** For `too-large`: the loader's `maxBytes`. */
  readonly limit?: number;
  /** What `parseFeed` found wrong, for `invalid-feed`; empty otherwise. */
  readonly problems: readonly Problem[];
  readonly message: LocalizedText;
}

/** What {@link feedError} may know about a failure beyond its kind and URL. */
export interface FeedErrorDetails {
  readonly status?: number;
  readonly problems?: readonly Problem[];
  readonly timeoutMs?: number;
  readonly size?: number;
  readonly limit?: number;
}

/** A size in MB (2^20 bytes) with one decimal, `56.0 MB`, or under 1 MB in whole KB, `716 KB`. */
const megabytes = (bytes = 0) =>
  bytes < 1_048_576 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1_048_576).toFixed(1)} MB`;

// One sentence per kind, in both languages (zh-CN first: the programme's language).
const describe: Record<
  FeedErrorKind,
  (url: string | undefined, d: FeedErrorDetails) => [zh: string, en: string]
> = {
  network: () => [
    "无法连接到数据源。请检查网络连接，或确认数据地址允许本网站访问。",
    "The data source could not be reached. Check the connection, or that the data address allows this site to read it.",
  ],
  "http-status": (_, { status }) =>
    status === 404
      ? [
          "找不到数据文件（HTTP 404）。请检查 src 地址。",
          "The data file was not found (HTTP 404). Check the src address.",
        ]
      : [
          `数据源返回错误（HTTP ${status}）。`,
          `The data source answered with an error (HTTP ${status}).`,
        ],
  timeout: (_, { timeoutMs = 0 }) => {
    const s = Math.round(timeoutMs / 1000);
    return [
      `数据源在 ${s} 秒内没有响应。请稍后重试。`,
      `The data source did not answer within ${s} seconds. Please try again later.`,
    ];
  },
  "too-large": (url, { size, limit }) => {
    const max = megabytes(limit);
    const found = size !== undefined && megabytes(size);
    return [
      `数据文件过大（${found ? `${found}，上限` : "超过上限"} ${max}），为免页面卡顿未予加载：${url}`,
      `The data file is too large to load without freezing the page (${found ? `${found}; the limit is` : "over the limit of"} ${max}): ${url}`,
    ];
  },
  "invalid-json": () => ["数据文件不是有效的 JSON 格式。", "The data file is not valid JSON."],
  "invalid-feed": () => [
    "数据文件不符合公开数据格式，无法显示。",
    "The data file does not follow the public feed format and cannot be shown.",
  ],
  "validator-unavailable": () => [
    "无法加载数据校验程序，数据未经校验不予显示。请检查网络连接后重试。",
    "The data checker could not be loaded, and data are never shown unchecked. Check the connection and try again.",
  ],
  aborted: () => ["加载已取消。", "Loading was cancelled."],
};

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
  details: FeedErrorDetails = {},
): FeedLoadError {
  const { status, size, limit } = details;
  const [zh, en] = describe[kind](url, details);
  return {
    kind,
    url,
    ...(status === undefined ? {} : { status }),
    ...(size === undefined ? {} : { size }),
    ...(limit === undefined ? {} : { limit }),
    problems: details.problems ?? [],
    message: { "zh-CN": zh, en },
  };
}

import type { PublicFeed } from "@zhucan/domain";
import { type FeedLoadError, feedError } from "./feed-error.js";
import { type FeedValidator, loadFeedValidator } from "./load-feed-validator.js";

/**
 * The outcome of a feed load; a load never rejects.
 * - `ready`: a valid feed;
 * - `stale`: the latest load failed (`error`), but an earlier copy from the same URL is shown;
 * - `error`: no usable feed.
 */
export type FeedLoad =
  | { readonly state: "ready"; readonly url: string; readonly feed: PublicFeed }
  | {
      readonly state: "stale";
      readonly url: string;
      readonly feed: PublicFeed;
      readonly error: FeedLoadError;
    }
  | { readonly state: "error"; readonly url: string; readonly error: FeedLoadError };

/** Options of a {@link FeedLoader}. */
export interface FeedLoaderOptions {
  /** Milliseconds before a request is abandoned as `timeout`. */
  readonly timeoutMs: number;
  /** The fetch to use; `globalThis.fetch` at call time when absent (so tests can spy on it). */
  readonly fetch?: typeof fetch;
  /**
   * Gets the feed validator; {@link loadFeedValidator} (the validator chunk, fetched once per
   * page) when absent. Called when each request starts, so the two load in parallel. The
   * validator may answer at once or with a promise (a bad feed's problems wait for their words).
   */
  readonly loadValidator?: () => Promise<FeedValidator>;
  /**
   * The largest feed, in bytes, the loader reads; a larger one is refused as `too-large`
   * (checked against `Content-Length` before reading, and against the bytes received while
   * reading, which also catches a server that declares no length or a wrong one), and its
   * download stopped.
   */
  readonly maxBytes: number;
}

/**
 * DECISION: 15 s before giving up on a feed. Partner pages are often read on phones over slow
 * networks; a feed of the whole programme is a few hundred KB.
 *
 * DECISION: feeds over 8 MB (8 × 2^20 bytes) are refused. Parsing and validating a feed blocks
 * the page's main thread for about 0.2 s per MB (a 56 MB document froze a page for ~11 s);
 * the programme's full feed is ~716 KiB, so 8 MB leaves ten times its size for growth while
 * keeping the freeze under two seconds on a fast machine. A page that really shows a larger
 * feed raises the limit: `sharedFeedLoader().configure({ maxBytes: 32 * 2 ** 20 })`.
 */
export const feedLoaderDefaults: FeedLoaderOptions = { timeoutMs: 15_000, maxBytes: 8 * 2 ** 20 };

/** Options of one {@link FeedLoader.load} call. */
export interface LoadFeedOptions {
  /** Gives up waiting (the result is an `aborted` error); the request stops once nobody waits. */
  readonly signal?: AbortSignal;
  /** Requests again even if a result for the URL is known (an in-flight request is still shared). */
  readonly refresh?: boolean;
}

interface InFlight {
  readonly promise: Promise<FeedLoad>;
  readonly controller: AbortController;
  waiting: number;
}

/**
 * Loads public feeds: one request per URL however many elements ask (concurrent and repeated
 * loads share it), a time limit, cancellation, validation with `parseFeed`, and the last good
 * copy kept per URL so that a failed refresh can still show it, marked stale. The validator is
 * fetched (once per page) at the same time as the first feed, not after it; the words of a bad
 * feed's problems are fetched only for a bad feed.
 *
 * @example
 * const loader = new FeedLoader({ timeoutMs: 5000 });
 * const load = await loader.load("/feed/latest.json");
 * load.state //=> "ready" (or "error" with load.error.kind "http-status", …)
 */
export class FeedLoader {
  #options: FeedLoaderOptions;
  readonly #inFlight = new Map<string, InFlight>();
  readonly #settled = new Map<string, FeedLoad>();
  readonly #lastGood = new Map<string, PublicFeed>();

  constructor(options: Partial<FeedLoaderOptions> = {}) {
    this.#options = { ...feedLoaderDefaults, ...options };
  }

  /**
   * Changes options for the requests started from now on (e.g. a larger `maxBytes` for the
   * shared loader on a page that shows a very large feed).
   *
   * @example
   * sharedFeedLoader().configure({ maxBytes: 32 * 2 ** 20 });
   */
  configure(options: Partial<FeedLoaderOptions>): void {
    this.#options = { ...this.#options, ...options };
  }

  /**
   * Loads the feed at `url` (relative URLs resolve against the document).
   *
   * @example
   * (await sharedFeedLoader().load("feed.json")).state //=> "ready"
   */
  load(url: string, options: LoadFeedOptions = {}): Promise<FeedLoad> {
    const key = resolveFeedUrl(url);
    const { signal } = options;
    if (signal?.aborted) return Promise.resolve(aborted(key));
    const known = this.#settled.get(key);
    if (known && !options.refresh && !this.#inFlight.has(key)) return Promise.resolve(known);

    let flight = this.#inFlight.get(key);
    if (!flight) flight = this.#start(key);
    const current = flight;
    current.waiting += 1;
    if (!signal) return current.promise;

    return new Promise<FeedLoad>((resolve) => {
      const onAbort = () => {
        current.waiting -= 1;
        // The request stops only when every element waiting for it has given up.
        if (current.waiting === 0) {
          if (this.#inFlight.get(key) === current) this.#inFlight.delete(key);
          current.controller.abort();
        }
        resolve(aborted(key));
      };
      signal.addEventListener("abort", onAbort, { once: true });
      void current.promise.then((result) => {
        signal.removeEventListener("abort", onAbort);
        resolve(result);
      });
    });
  }

  /**
   * The last settled result for `url` (no request), e.g. to render without a loading flash.
   *
   * @example
   * sharedFeedLoader().peek("never-loaded.json") //=> undefined
   */
  peek(url: string): FeedLoad | undefined {
    return this.#settled.get(resolveFeedUrl(url));
  }

  /**
   * Forgets every result and cancels requests in flight (tests, or a page that swaps data).
   *
   * @example
   * loader.clear();
   */
  clear(): void {
    for (const flight of this.#inFlight.values()) flight.controller.abort();
    this.#inFlight.clear();
    this.#settled.clear();
    this.#lastGood.clear();
  }

  #start(url: string): InFlight {
    const controller = new AbortController();
    const flight: InFlight = {
      controller,
      waiting: 0,
      promise: this.#fetchFeed(url, controller).then((result) => {
        if (this.#inFlight.get(url) === flight) this.#inFlight.delete(url);
        if (result.state === "error" && result.error.kind === "aborted") return result;
        const lastGood = this.#lastGood.get(url);
        let settled = result;
        if (result.state === "ready") this.#lastGood.set(url, result.feed);
        else if (lastGood && result.state === "error") {
          settled = { state: "stale", url, feed: lastGood, error: result.error };
        }
        this.#settled.set(url, settled);
        return settled;
      }),
    };
    this.#inFlight.set(url, flight);
    return flight;
  }

  async #fetchFeed(url: string, controller: AbortController): Promise<FeedLoad> {
    const { timeoutMs, maxBytes } = this.#options;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const failed = (error: FeedLoadError): FeedLoad => ({ state: "error", url, error });
    // A step that threw: the time limit ran out, the caller gave up, or it failed as `kind`.
    const interrupted = (kind: "network" | "validator-unavailable"): FeedLoad => {
      if (timedOut) return failed(feedError("timeout", url, { timeoutMs }));
      return controller.signal.aborted ? aborted(url) : failed(feedError(kind, url));
    };
    // Started with the request, so that the validator chunk arrives while the feed does.
    const validator = (this.#options.loadValidator ?? loadFeedValidator)();
    validator.catch(() => undefined); // handled where it is awaited, below
    try {
      const doFetch = this.#options.fetch ?? globalThis.fetch.bind(globalThis);
      let text: string;
      try {
        const response = await doFetch(url, {
          signal: controller.signal,
          headers: { Accept: "application/json" },
        });
        if (!response.ok) {
          return failed(feedError("http-status", url, { status: response.status }));
        }
        const declared = Number(response.headers.get("Content-Length"));
        const read = declared > maxBytes ? undefined : await readText(response, maxBytes);
        if (read === undefined) {
          controller.abort(); // stops the download
          const size = declared > maxBytes ? declared : undefined;
          return failed(feedError("too-large", url, { size, limit: maxBytes }));
        }
        text = read;
      } catch {
        return interrupted("network");
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return failed(feedError("invalid-json", url));
      }
      let parsed: Awaited<ReturnType<FeedValidator>>;
      try {
        const parse = await untilAborted(validator, controller.signal);
        parsed = await untilAborted(Promise.resolve(parse(json)), controller.signal);
      } catch {
        return interrupted("validator-unavailable");
      }
      return parsed.ok
        ? { state: "ready", url, feed: parsed.value }
        : failed(feedError("invalid-feed", url, { problems: parsed.errors }));
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * The body as text, or `undefined` as soon as more than `maxBytes` have arrived (counted as
 * received, so also when the server declared no length, a wrong one, or a compressed one).
 */
async function readText(response: Response, maxBytes: number): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  let text = "";
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) return undefined;
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text + decoder.decode();
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

function aborted(url: string): FeedLoad {
  return { state: "error", url, error: feedError("aborted", url) };
}

/**
 * The absolute form of a feed URL, the key under which loads are shared.
 *
 * @example
 * resolveFeedUrl("feed/latest.json", "https://example.org/page/") //=> "https://example.org/page/feed/latest.json"
 */
export function resolveFeedUrl(url: string, base: string = globalThis.document?.baseURI): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

// Shared through a global symbol so that two copies of the widgets on one page (say the ESM
// build and the plain-script bundle) still make one request per URL.
const loaderKey = Symbol.for("@zhucan/widgets/feed-loader@1");

/**
 * The page's one feed loader, which every element uses.
 *
 * @example
 * sharedFeedLoader() === sharedFeedLoader() //=> true
 */
export function sharedFeedLoader(): FeedLoader {
  const holder = globalThis as typeof globalThis & { [loaderKey]?: FeedLoader };
  holder[loaderKey] ??= new FeedLoader();
  return holder[loaderKey];
}

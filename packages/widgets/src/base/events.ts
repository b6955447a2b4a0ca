import type { FeedCell, PublicFeed } from "@zhucan/domain";
import type { FeedLoadError } from "../feed/feed-error.js";
import type { ProgressStatus } from "../styles/status.js";

/**
 * `zc-region-select`: the user chose a region (click, Enter or Space on it). A map also says
 * what it showed for the region (`code`, `value`, `status`); a list of cities does not.
 */
export interface ZcRegionSelectDetail {
  readonly region: string;
  readonly level: "province" | "city" | "county";
  readonly name: string;
  /** From `<zc-progress-map>`: the GB/T 2260 code (the same as `region`). */
  readonly code?: string;
  /** From `<zc-progress-map>`: the published value in the month shown (`null`: no data). */
  readonly value?: FeedCell;
  /** From `<zc-progress-map>`: the region's progress status. */
  readonly status?: ProgressStatus;
}

/** `zc-phase-select`: the user chose a phase (e.g. on the timeline). */
export interface ZcPhaseSelectDetail {
  readonly phase: string;
}

/** `zc-feed-load`: the element has a feed to show (`stale` when a refresh failed). */
export interface ZcFeedLoadDetail {
  readonly url: string | undefined;
  readonly feed: PublicFeed;
  readonly stale: boolean;
}

/** `zc-feed-error`: the element has no feed to show. */
export interface ZcFeedErrorDetail {
  readonly error: FeedLoadError;
}

/** `zc-download`: a file is about to be saved; cancel the event to handle the blob yourself. */
export interface ZcDownloadDetail {
  readonly format: "csv" | "svg" | "png";
  readonly filename: string;
  readonly blob: Blob;
}

/** `zc-table-toggle`: the data table was shown or hidden. */
export interface ZcTableToggleDetail {
  readonly open: boolean;
}

/**
 * Every event the elements dispatch, by type. All bubble and are composed (they cross shadow
 * roots). Elements in other modules add theirs by declaration merging:
 * `declare module "../base/events.js" { interface ZcEventMap { "zc-x": CustomEvent<X> } }`.
 *
 * @example
 * el.addEventListener("zc-region-select", (e) => e.detail.region); // typed
 */
export interface ZcEventMap {
  "zc-region-select": CustomEvent<ZcRegionSelectDetail>;
  "zc-phase-select": CustomEvent<ZcPhaseSelectDetail>;
  "zc-feed-load": CustomEvent<ZcFeedLoadDetail>;
  "zc-feed-error": CustomEvent<ZcFeedErrorDetail>;
  "zc-download": CustomEvent<ZcDownloadDetail>;
  "zc-table-toggle": CustomEvent<ZcTableToggleDetail>;
}

// The events bubble and are composed, so the document and window see them too.
declare global {
  interface HTMLElementEventMap extends ZcEventMap {}
  interface DocumentEventMap extends ZcEventMap {}
  interface WindowEventMap extends ZcEventMap {}
}

/**
 * Dispatches a typed, bubbling, composed event; returns `false` if a listener cancelled it.
 *
 * @example
 * emit(this, "zc-region-select", { region: "441400", level: "city", name: "梅州市" }) //=> true
 */
export function emit<K extends keyof ZcEventMap>(
  target: EventTarget,
  type: K,
  detail: ZcEventMap[K]["detail"],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    }),
  );
}

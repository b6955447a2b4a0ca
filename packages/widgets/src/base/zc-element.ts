import type { Locale, PublicFeed } from "@zhucan/domain";
import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from "lit";
import { importDownloads } from "../download/import-downloads.js";
import type { DownloadFormat } from "../download/offer-download.js";
import { type FeedLoadError, feedError } from "../feed/feed-error.js";
import { sharedFeedLoader } from "../feed/feed-loader.js";
import { loadedFeedValidator, loadFeedValidator } from "../feed/load-feed-validator.js";
import { inheritedLang, resolveLocale } from "../i18n/locale.js";
import { messages, msg } from "../i18n/messages.js";
import { frameStyles } from "../styles/frame.styles.js";
import { themeStyles } from "../styles/theme.styles.js";
import { emit } from "./events.js";
import { knownResult, propertySource, type Source, validate } from "./feed-source.js";
import {
  dataTable,
  errorMessage,
  provenanceLine,
  provenanceParts,
  staleMessage,
  statusMessage,
} from "./frame-parts.js";
import { renderInSlice } from "./render-slices.js";
import type { ZcEmptyView, ZcState, ZcView } from "./zc-view.js";

type Downloads = Awaited<ReturnType<typeof importDownloads>>;

/** The files the toolbar offers, in its order. */
const downloadFormats: readonly DownloadFormat[] = ["csv", "svg", "png"];

export type { ZcEmptyView, ZcState, ZcView } from "./zc-view.js";

/**
 * The base of every `zc-` element: gets the feed (from `src` through the page's shared loader,
 * or from the `feed` property), shows loading, empty, error and stale states in the page's
 * language, and draws the frame around the element's view: caption, visual, one-sentence
 * summary, data table (toggle; always read by screen readers), downloads (CSV, SVG, PNG) and the
 * provenance line. An element implements {@link ZcElement.renderView}.
 *
 * @csspart base - The root `<figure>`.
 * @csspart title - The caption.
 * @csspart chart - The visual's container.
 * @csspart summary - The one-sentence summary.
 * @csspart table - The data table's container.
 * @csspart toolbar - The table toggle and download buttons.
 * @csspart button - Each button.
 * @csspart provenance - The source, release, as-of and sample-data line.
 * @csspart message - Loading, empty, stale and error messages.
 *
 * @cssproperty --zc-font-family - Font (system fonts only; no web fonts are loaded).
 * @cssproperty --zc-font-size - Base font size (default 1rem); everything scales with it.
 * @cssproperty --zc-color-text - Text.
 * @cssproperty --zc-color-muted - Secondary text.
 * @cssproperty --zc-color-background - Background.
 * @cssproperty --zc-color-surface - Tracks, empty cells and table stripes.
 * @cssproperty --zc-color-border - Borders.
 * @cssproperty --zc-color-accent - Bars, lines and links.
 * @cssproperty --zc-color-focus - The focus ring.
 * @cssproperty --zc-color-error - The edge and heading of error messages.
 * @cssproperty --zc-color-warning - The edge of stale-data notices, and map warnings.
 * @cssproperty --zc-radius - Corner radius (default 0.375rem).
 * @cssproperty --zc-space - Spacing unit (default 0.5rem).
 *
 * @event zc-feed-load - A feed is shown (`detail.stale` after a failed refresh).
 * @event zc-feed-error - No feed can be shown (`detail.error.kind`).
 * @event zc-download - A file is about to be saved; cancel to handle `detail.blob` yourself.
 * @event zc-table-toggle - The data table was shown or hidden.
 */
export abstract class ZcElement extends LitElement {
  static override styles = [themeStyles, frameStyles];

  // Declared here rather than with decorators: the decorators and their helper would add about
  // 0.4 KB (gzip) to every element's entry. Subclasses list only their own properties. Internal
  // state also says `attribute: false` (which `state` implies) so that custom-elements.json does
  // not list it as an attribute.
  static override properties: PropertyDeclarations = {
    src: {},
    feed: { attribute: false },
    lang: {},
    theme: { reflect: true },
    source: { state: true, attribute: false },
    tableOpen: { state: true, attribute: false },
    chartWidth: { state: true, attribute: false },
  };

  /** URL of the public feed (JSON). Relative URLs resolve against the page. */
  src?: string;

  /** The feed itself, instead of `src`; validated with `parseFeed` like a loaded one. */
  feed?: PublicFeed;

  /** Language: `zh-CN` (default) or `en`; without it, the nearest ancestor's `lang` applies. */
  override lang = "";

  /** Colour scheme: `light` or `dark`; without it, the reader's system setting applies. */
  theme?: "light" | "dark";

  private source: Source = { state: "idle" };
  private tableOpen = false;

  /**
   * The width in CSS pixels available to the visual, kept current by a ResizeObserver: draw
   * SVG in real pixels (`viewBox="0 0 ${w} ${h}"`, `width=${w}`) so text keeps its size on a
   * 320 px phone and at 200 % zoom instead of shrinking with the drawing.
   */
  protected chartWidth = 480;

  #resizeObserver: ResizeObserver | undefined;

  #view: ZcView | ZcEmptyView | { readonly renderError: true } | undefined;
  #controller: AbortController | undefined;
  #settling: Promise<unknown> = Promise.resolve();
  #pendingEvent: (() => void) | undefined;
  #disconnected = false;

  /**
   * Builds the view of the feed in a locale, or says why there is nothing to show.
   * Called on every update; keep it a pure function of the feed and the element's attributes.
   */
  protected abstract renderView(feed: PublicFeed, locale: Locale): ZcView | ZcEmptyView;

  /** The language the element speaks, from `lang` or the nearest ancestor's. */
  get locale(): Locale {
    return resolveLocale(this.lang || inheritedLang(this));
  }

  /** What the element currently shows. */
  get state(): ZcState {
    const v = this.#view;
    if (this.source.state === "idle") return "empty";
    if (v && "renderError" in v) return "error";
    if (v && "empty" in v) return "empty";
    return this.source.state;
  }

  /** The feed shown (also when stale), if any. */
  get shownFeed(): PublicFeed | undefined {
    const s = this.source;
    return s.state === "ready" || s.state === "stale" ? s.feed : undefined;
  }

  /** The error of the last load (shown, or behind a stale view), if any. */
  get feedError(): FeedLoadError | undefined {
    const s = this.source;
    return s.state === "error" || s.state === "stale" ? s.error : undefined;
  }

  /** Resolves once the current load has settled and been drawn; gives the resulting state. */
  async whenSettled(): Promise<ZcState> {
    await this.updateComplete;
    let settling: Promise<unknown>;
    do {
      settling = this.#settling;
      await settling;
    } while (settling !== this.#settling);
    await this.updateComplete;
    return this.state;
  }

  /** Loads `src` again, bypassing the shared loader's copy; a failure keeps the old data (stale). */
  async reload(): Promise<ZcState> {
    if (this.feed === undefined && this.src) this.#fetch(true);
    return this.whenSettled();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver ??= new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      // Minus the frame's padding; 240 px is the narrowest drawing laid out.
      const available = Math.max(240, Math.floor(width - 32));
      // Redraw in the next frame, not inside the observer's delivery (which would report a
      // "ResizeObserver loop" error on the page).
      if (width > 0 && available !== this.chartWidth) {
        requestAnimationFrame(() => {
          this.chartWidth = available;
        });
      }
    });
    this.#resizeObserver.observe(this);
    if (this.#disconnected) {
      this.#disconnected = false;
      this.#connectSource();
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#disconnected = true;
    this.#controller?.abort();
    this.#controller = undefined;
  }

  // Many elements given their feed at once render in frame-sized slices (render-slices.ts).
  protected override scheduleUpdate(): Promise<void> | undefined {
    return renderInSlice(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("feed") || changed.has("src")) this.#connectSource();
    this.#view = this.#buildView();
  }

  protected override updated(): void {
    const pending = this.#pendingEvent;
    this.#pendingEvent = undefined;
    pending?.();
  }

  #buildView(): ZcView | ZcEmptyView | { readonly renderError: true } | undefined {
    const feed = this.shownFeed;
    if (!feed) return undefined;
    try {
      return this.renderView(feed, this.locale);
    } catch (error) {
      // Never an uncaught exception on a partner's page: show the error state instead.
      console.error(`<${this.localName}> could not render the feed`, error);
      return { renderError: true };
    }
  }

  #connectSource(): void {
    this.#controller?.abort();
    this.#controller = undefined;
    const feed: unknown = this.feed;
    if (feed !== undefined && feed !== null) {
      const parse = loadedFeedValidator();
      const known = knownResult(feed) ?? (parse && validate(feed, parse));
      if (known && !("then" in known)) {
        this.#setSource(propertySource(known));
        return;
      }
      // The first feed given as a property waits for the validator chunk, and a bad one for the
      // words of its problems; a good one, once the validator is loaded, does not wait.
      this.source = { state: "loading" };
      // Object.is: a NaN given as the feed is still the feed given (NaN !== NaN).
      this.#settling = (known ?? loadFeedValidator().then((loaded) => validate(feed, loaded))).then(
        (result) => {
          if (Object.is(this.feed, feed)) this.#setSource(propertySource(result));
        },
        () => {
          if (!Object.is(this.feed, feed)) return;
          this.#setSource({
            state: "error",
            url: undefined,
            error: feedError("validator-unavailable", undefined),
          });
        },
      );
      return;
    }
    if (!this.src) {
      this.source = { state: "idle" };
      return;
    }
    const known = sharedFeedLoader().peek(this.src);
    if (known) this.#setSource(known);
    else this.#fetch(false);
  }

  #fetch(refresh: boolean): void {
    const src = this.src;
    if (!src) return;
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    if (!refresh) this.source = { state: "loading" };
    this.#settling = sharedFeedLoader()
      .load(src, { signal: controller.signal, refresh })
      .then((result) => {
        if (controller !== this.#controller) return;
        this.#controller = undefined;
        if (result.state === "error" && result.error.kind === "aborted") return;
        this.#setSource(result);
      });
  }

  #setSource(source: Exclude<Source, { state: "idle" | "loading" }>): void {
    this.source = source;
    this.#pendingEvent =
      source.state === "error"
        ? () => emit(this, "zc-feed-error", { error: source.error })
        : () =>
            emit(this, "zc-feed-load", {
              url: source.url,
              feed: source.feed,
              stale: source.state === "stale",
            });
  }

  /** Shows or hides the data table. */
  toggleTable(open = !this.tableOpen): void {
    this.tableOpen = open;
    emit(this, "zc-table-toggle", { open });
  }

  /** Saves the data table as CSV (UTF-8 with BOM). */
  downloadCsv(): Promise<void> {
    return this.#download("csv");
  }

  /** Saves the chart as SVG, with its title and provenance. */
  downloadSvg(): Promise<void> {
    return this.#download("svg");
  }

  /** Saves the chart as PNG (drawn from the SVG at twice its size; no request leaves the page). */
  downloadPng(): Promise<void> {
    return this.#download("png");
  }

  /**
   * The `<svg>` that SVG and PNG downloads export: by default the one marked `data-zc-chart`.
   * Override to export a picture made for sharing; it may be a promise (an element that fetches
   * the code drawing it on the first download).
   */
  protected exportGraphic(): SVGSVGElement | null | Promise<SVGSVGElement | null> {
    return this.renderRoot.querySelector<SVGSVGElement>("svg[data-zc-chart]");
  }

  // The download code (making the files, the zc-download event, the save) is a chunk of its
  // own, fetched on the first download: a reader who only looks never pays for it. A failed
  // fetch is reported on the console, never thrown.
  async #download(format: DownloadFormat): Promise<void> {
    const view = this.#view;
    const feed = this.shownFeed;
    if (!view || !("table" in view) || !feed) return;
    let kit: Downloads;
    try {
      kit = await importDownloads();
    } catch (error) {
      console.error(`<${this.localName}> could not load the download code`, error);
      return;
    }
    const footer = provenanceParts(feed, this.locale);
    const graphic = () => this.exportGraphic();
    await kit.offerDownload(this, format, { view, feed, footer, graphic });
  }

  protected override render(): TemplateResult {
    const locale = this.locale;
    const source = this.source;
    const view = this.#view;
    const loading = source.state === "loading";
    let content: TemplateResult;
    if (source.state === "idle") content = statusMessage(msg("noSource", locale));
    else if (loading) content = statusMessage(msg("loading", locale));
    else if (source.state === "error") {
      content = errorMessage(
        source.error,
        locale,
        this.src && !this.feed ? () => this.reload() : undefined,
      );
    } else if (!view || "renderError" in view) {
      content = errorMessage({ message: messages.renderError, problems: [] }, locale, undefined);
    } else {
      const stale = source.state === "stale" ? staleMessage(source.error, locale) : nothing;
      content =
        "empty" in view
          ? html`${stale}${statusMessage(view.empty)}${provenanceLine(source.feed, locale)}`
          : html`${stale}${this.#renderFrame(view, source.feed, locale)}`;
    }
    return html`<figure part="base" class="base" lang=${locale} aria-busy=${loading ? "true" : "false"}>
      ${content}
    </figure>`;
  }

  #renderFrame(view: ZcView, feed: PublicFeed, locale: Locale): TemplateResult {
    const open = this.tableOpen;
    return html`<figcaption part="title" class="title">${view.title}</figcaption>
      <div part="chart" class="chart">${view.body}</div>
      <p part="summary" class="summary">${view.summary}</p>
      ${dataTable(view.table, locale, open, "data-table")}
      <div part="toolbar" class="toolbar" role="group" aria-label=${msg("actions", locale)}>
        <button
          type="button"
          part="button"
          aria-expanded=${open ? "true" : "false"}
          aria-controls="data-table"
          @click=${() => this.toggleTable()}
        >${msg(open ? "hideTable" : "showTable", locale)}</button>
        ${downloadFormats.map(
          (format) =>
            html`<button type="button" part="button" @click=${() => this.#download(format)}>${msg("download", locale)} ${format.toUpperCase()}</button>`,
        )}
      </div>
      ${provenanceLine(feed, locale)}`;
  }
}

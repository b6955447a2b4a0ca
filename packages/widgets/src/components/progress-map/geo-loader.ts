import {
  type GeoPolygon,
  projectShapes,
  type RegionShapesOptions,
  regionShapes,
} from "../../layout/geo-shapes.js";

/** Why partner boundaries could not be used. */
export type GeoLoadFailure =
  | "network"
  | "http-status"
  | "timeout"
  | "not-json"
  | "not-geojson"
  | "no-regions";

/**
 * The outcome of loading a boundary file; a load never rejects. A ready load carries the
 * projection too, and a failed one its message, so that the map loads this module (and the
 * geometry code) only when a page asks for partner boundaries.
 */
export type GeoLoad =
  | {
      readonly state: "ready";
      readonly shapes: ReadonlyMap<string, readonly GeoPolygon[]>;
      readonly project: typeof projectShapes;
    }
  | {
      readonly state: "error";
      readonly reason: GeoLoadFailure;
      readonly message: { readonly "zh-CN": string; readonly en: string };
    };

/** Options of {@link loadGeoShapes}. */
export interface GeoLoadOptions extends RegionShapesOptions {
  /** Milliseconds before the request is abandoned. */
  readonly timeoutMs?: number;
}

/**
 * DECISION: 15 s, as for feeds: boundary files of a province are a few hundred KB and partner
 * pages are read on phones over slow networks.
 */
export const geoLoadDefaults = { timeoutMs: 15_000 } as const;

const loads = new Map<string, Promise<GeoLoad>>();

const failed = (reason: GeoLoadFailure): GeoLoad => ({
  state: "error",
  reason,
  message: geoFailureTexts[reason],
});

async function fetchShapes(url: string, options: GeoLoadOptions): Promise<GeoLoad> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(),
    options.timeoutMs ?? geoLoadDefaults.timeoutMs,
  );
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: "same-origin" });
    } catch {
      return failed(controller.signal.aborted ? "timeout" : "network");
    }
    if (!response.ok) return failed("http-status");
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      return failed(controller.signal.aborted ? "timeout" : "not-json");
    }
    const result = regionShapes(json, options);
    return result.ok
      ? { state: "ready", shapes: result.shapes, project: projectShapes }
      : failed(result.reason);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Loads a partner's GeoJSON/TopoJSON boundary file once per page (per URL, key and object),
 * with a time limit, and keys its shapes by GB/T 2260 code.
 *
 * @example
 * (await loadGeoShapes("/maps/guangdong-counties.topo.json")).state //=> "ready"
 */
export function loadGeoShapes(url: string, options: GeoLoadOptions = {}): Promise<GeoLoad> {
  const key = JSON.stringify([
    new URL(url, document.baseURI).href,
    options.key ?? "",
    options.object ?? "",
  ]);
  let load = loads.get(key);
  if (!load) {
    load = fetchShapes(url, options);
    loads.set(key, load);
    // A failed load may be retried by a later element (e.g. after the network came back).
    void load.then((r) => {
      if (r.state === "error") loads.delete(key);
    });
  }
  return load;
}

/** What each failure says to the reader, in zh-CN and en. */
export const geoFailureTexts: Readonly<Record<GeoLoadFailure, { "zh-CN": string; en: string }>> = {
  network: { "zh-CN": "无法连接到地图边界文件", en: "the boundary file could not be reached" },
  "http-status": { "zh-CN": "地图边界文件无法获取", en: "the boundary file could not be fetched" },
  timeout: { "zh-CN": "加载地图边界文件超时", en: "the boundary file took too long to load" },
  "not-json": { "zh-CN": "地图边界文件不是 JSON", en: "the boundary file is not JSON" },
  "not-geojson": {
    "zh-CN": "地图边界文件不是 GeoJSON 或 TopoJSON",
    en: "the boundary file is not GeoJSON or TopoJSON",
  },
  "no-regions": {
    "zh-CN": "地图边界文件中没有带区划代码的地区",
    en: "the boundary file has no regions with division codes",
  },
};

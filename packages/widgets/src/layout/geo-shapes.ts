/** A point [x, y]: longitude and latitude in degrees, or planar coordinates. */
export type GeoPoint = readonly [number, number];
/** A closed ring of points (the first point need not be repeated at the end). */
export type GeoRing = readonly GeoPoint[];
/** A polygon: its outer ring, then its holes. */
export type GeoPolygon = readonly GeoRing[];

/** Options of {@link regionShapes}. */
export interface RegionShapesOptions {
  /**
   * The feature property that holds the GB/T 2260 code. DECISION: when absent, the first of
   * `code`, `adcode`, `gb` that a feature has, then the feature's `id`: partners' files are
   * often keyed `adcode`.
   */
  readonly key?: string;
  /** TopoJSON only: the name of the object in `objects` to draw; the first one when absent. */
  readonly object?: string;
}

/** Shapes of regions by GB/T 2260 code, or why the input cannot be used. */
export type RegionShapes =
  | { readonly ok: true; readonly shapes: ReadonlyMap<string, readonly GeoPolygon[]> }
  | { readonly ok: false; readonly reason: "not-geojson" | "no-regions" };

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === "object" && x !== null;
const isNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

function point(x: unknown): GeoPoint | undefined {
  return Array.isArray(x) && isNumber(x[0]) && isNumber(x[1]) ? [x[0], x[1]] : undefined;
}

function ring(x: unknown): GeoRing | undefined {
  if (!Array.isArray(x)) return undefined;
  const points = x.map(point);
  return points.length >= 3 && points.every((p) => p !== undefined)
    ? (points as GeoPoint[])
    : undefined;
}

function polygon(x: unknown): GeoPolygon | undefined {
  if (!Array.isArray(x)) return undefined;
  const rings = x.map(ring).filter((r): r is GeoRing => r !== undefined);
  return rings.length > 0 ? rings : undefined;
}

function geoJsonPolygons(geometry: unknown): GeoPolygon[] {
  if (!isObject(geometry)) return [];
  const { type, coordinates } = geometry;
  if (type === "Polygon") return [polygon(coordinates)].filter((p): p is GeoPolygon => !!p);
  if (type === "MultiPolygon" && Array.isArray(coordinates)) {
    return coordinates.map(polygon).filter((p): p is GeoPolygon => !!p);
  }
  if (type === "GeometryCollection" && Array.isArray(geometry.geometries)) {
    return geometry.geometries.flatMap(geoJsonPolygons);
  }
  return [];
}

/** Decodes TopoJSON arcs (delta-encoded when quantized) into absolute points. */
function topologyArcs(topology: Json): GeoPoint[][] {
  const arcs = Array.isArray(topology.arcs) ? topology.arcs : [];
  const transform = isObject(topology.transform) ? topology.transform : undefined;
  const scale = point(transform?.scale);
  const translate = point(transform?.translate);
  return arcs.map((arc) => {
    if (!Array.isArray(arc)) return [];
    let x = 0;
    let y = 0;
    const out: GeoPoint[] = [];
    for (const raw of arc) {
      const p = point(raw);
      if (!p) continue;
      if (scale && translate) {
        x += p[0];
        y += p[1];
        out.push([x * scale[0] + translate[0], y * scale[1] + translate[1]]);
      } else {
        out.push(p);
      }
    }
    return out;
  });
}

function topologyRing(indexes: unknown, arcs: readonly GeoPoint[][]): GeoRing | undefined {
  if (!Array.isArray(indexes)) return undefined;
  const points: GeoPoint[] = [];
  for (const index of indexes) {
    if (!Number.isInteger(index)) return undefined;
    // A negative index ~i means arc i walked backwards (TopoJSON specification, 2.1.4).
    const arc = index < 0 ? arcs[~index]?.slice().reverse() : arcs[index];
    if (!arc) return undefined;
    points.push(...(points.length > 0 ? arc.slice(1) : arc));
  }
  return points.length >= 3 ? points : undefined;
}

function topologyPolygons(geometry: unknown, arcs: readonly GeoPoint[][]): GeoPolygon[] {
  if (!isObject(geometry)) return [];
  const toPolygon = (rings: unknown): GeoPolygon | undefined => {
    if (!Array.isArray(rings)) return undefined;
    const decoded = rings.map((r) => topologyRing(r, arcs)).filter((r): r is GeoRing => !!r);
    return decoded.length > 0 ? decoded : undefined;
  };
  if (geometry.type === "Polygon")
    return [toPolygon(geometry.arcs)].filter((p): p is GeoPolygon => !!p);
  if (geometry.type === "MultiPolygon" && Array.isArray(geometry.arcs)) {
    return geometry.arcs.map(toPolygon).filter((p): p is GeoPolygon => !!p);
  }
  return [];
}

function codeOf(feature: Json, key: string | undefined): string | undefined {
  const properties = isObject(feature.properties) ? feature.properties : {};
  const candidates = key
    ? [properties[key]]
    : [properties.code, properties.adcode, properties.gb, feature.id];
  const found = candidates.find((c) => typeof c === "string" || isNumber(c));
  const code = found === undefined ? undefined : String(found);
  return code && /^\d{6}$/.test(code) ? code : undefined;
}

/**
 * The polygons of each region of a partner-supplied GeoJSON (FeatureCollection or Feature) or
 * TopoJSON (Topology) file, keyed by GB/T 2260 code. Never throws: anything else gives
 * `{ ok: false, reason }`. Features without a 6-digit code are left out; a code met twice
 * keeps all its polygons.
 *
 * @example
 * const square = [[[113, 23], [114, 23], [114, 24], [113, 24]]];
 * const r = regionShapes({ type: "Feature", properties: { adcode: 441400 }, geometry: { type: "Polygon", coordinates: square } });
 * r.ok && [...r.shapes.keys()] //=> ["441400"]
 * regionShapes("nonsense") //=> { ok: false, reason: "not-geojson" }
 */
export function regionShapes(input: unknown, options: RegionShapesOptions = {}): RegionShapes {
  if (!isObject(input)) return { ok: false, reason: "not-geojson" };
  const shapes = new Map<string, GeoPolygon[]>();
  const add = (code: string | undefined, polygons: GeoPolygon[]) => {
    if (!code || polygons.length === 0) return;
    shapes.set(code, [...(shapes.get(code) ?? []), ...polygons]);
  };
  if (input.type === "Topology" && isObject(input.objects)) {
    const objects = input.objects;
    const name = options.object ?? Object.keys(objects)[0];
    const collection = name === undefined ? undefined : objects[name];
    if (!isObject(collection)) return { ok: false, reason: "not-geojson" };
    const arcs = topologyArcs(input);
    const geometries =
      collection.type === "GeometryCollection" && Array.isArray(collection.geometries)
        ? collection.geometries
        : [collection];
    for (const g of geometries)
      if (isObject(g)) add(codeOf(g, options.key), topologyPolygons(g, arcs));
  } else if (input.type === "FeatureCollection" && Array.isArray(input.features)) {
    for (const f of input.features)
      if (isObject(f)) add(codeOf(f, options.key), geoJsonPolygons(f.geometry));
  } else if (input.type === "Feature") {
    add(codeOf(input, options.key), geoJsonPolygons(input.geometry));
  } else {
    return { ok: false, reason: "not-geojson" };
  }
  return shapes.size > 0 ? { ok: true, shapes } : { ok: false, reason: "no-regions" };
}

/** How coordinates become the plane: Mercator from degrees, or already planar (y north). */
export type ShapeProjection = "mercator" | "planar";

/** Options of {@link projectShapes}. */
export interface ProjectShapesOptions {
  /** Width of the drawing in SVG units; the height follows the shapes' aspect ratio. */
  readonly width?: number;
  /** Space left around the shapes, in SVG units. */
  readonly padding?: number;
  /**
   * DECISION: `mercator` (longitude/latitude in degrees, as GeoJSON has them) by default; a
   * province spans 5° of latitude, so no general-purpose projection library is needed, which
   * keeps the map within its size budget. `planar` for files already projected.
   */
  readonly projection?: ShapeProjection;
}

/** The defaults of {@link ProjectShapesOptions}. */
export const projectShapesDefaults: Required<ProjectShapesOptions> = {
  width: 720,
  padding: 8,
  projection: "mercator",
};

/** A region drawn on the plane: its SVG path and the centre of its largest part. */
export interface ProjectedShape {
  readonly code: string;
  /** SVG path data, one closed subpath per ring (fill with `fill-rule: evenodd`). */
  readonly d: string;
  readonly x: number;
  readonly y: number;
}

/** Regions drawn to fit a width. */
export interface ProjectedShapes {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly ProjectedShape[];
}

function ringArea(r: readonly GeoPoint[]): number {
  let area = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    area +=
      (r[j] as GeoPoint)[0] * (r[i] as GeoPoint)[1] - (r[i] as GeoPoint)[0] * (r[j] as GeoPoint)[1];
  }
  return area / 2;
}

function ringCentroid(r: readonly GeoPoint[]): GeoPoint {
  const a = ringArea(r);
  let x = 0;
  let y = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const p = r[j] as GeoPoint;
    const q = r[i] as GeoPoint;
    const f = p[0] * q[1] - q[0] * p[1];
    x += (p[0] + q[0]) * f;
    y += (p[1] + q[1]) * f;
  }
  if (a === 0) return r[0] as GeoPoint;
  return [x / (6 * a), y / (6 * a)];
}

/**
 * Projects region shapes onto an SVG plane of the given width (north up), with their path data
 * and label points, in code order.
 *
 * @example
 * const shapes = new Map([["441400", [[[[0, 0], [10, 0], [10, 10], [0, 10]]]]]]);
 * projectShapes(shapes, { width: 20, padding: 0, projection: "planar" }).shapes[0]
 * //=> { code: "441400", d: "M0 20L20 20L20 0L0 0Z", x: 10, y: 10 }
 */
export function projectShapes(
  shapes: ReadonlyMap<string, readonly GeoPolygon[]>,
  options: ProjectShapesOptions = {},
): ProjectedShapes {
  const { width, padding, projection } = { ...projectShapesDefaults, ...options };
  const radians = Math.PI / 180;
  const project = (p: GeoPoint): GeoPoint =>
    projection === "mercator"
      ? [
          p[0] * radians,
          -Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, p[1])) * radians) / 2)),
        ]
      : [p[0], -p[1]];
  const projected = [...shapes.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, polygons]) => ({
      code,
      polygons: polygons.map((pg) => pg.map((r) => r.map(project))),
    }));
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const { polygons } of projected) {
    for (const pg of polygons) {
      for (const r of pg) {
        for (const [x, y] of r) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      }
    }
  }
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const scale = (width - 2 * padding) / spanX;
  const height = Math.round(spanY * scale + 2 * padding);
  const round = (v: number) => Math.round(v * 10) / 10;
  const fit = ([x, y]: GeoPoint): GeoPoint => [
    round((x - minX) * scale + padding),
    round((y - minY) * scale + padding),
  ];
  return {
    width,
    height,
    shapes: projected.map(({ code, polygons }) => {
      const fitted = polygons.map((pg) => pg.map((r) => r.map(fit)));
      const d = fitted
        .flatMap((pg) => pg.map((r) => `M${r.map(([x, y]) => `${x} ${y}`).join("L")}Z`))
        .join("");
      const largest = fitted
        .map((pg) => pg[0] as GeoRing)
        .reduce((a, b) => (Math.abs(ringArea(b)) > Math.abs(ringArea(a)) ? b : a));
      const [x, y] = ringCentroid(largest);
      return { code, d, x: round(x), y: round(y) };
    }),
  };
}

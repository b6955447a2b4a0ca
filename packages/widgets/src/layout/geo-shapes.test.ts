import { describe, expect, it } from "vitest";
import { type GeoPoint, type GeoPolygon, projectShapes, regionShapes } from "./geo-shapes.js";

// SYNTHETIC shapes: unit squares, not real boundaries.
const square = (x: number, y: number): GeoPoint[] => [
  [x, y],
  [x + 1, y],
  [x + 1, y + 1],
  [x, y + 1],
];
const feature = (properties: Record<string, unknown>, coordinates: unknown, id?: unknown) => ({
  type: "Feature",
  ...(id === undefined ? {} : { id }),
  properties,
  geometry: { type: "Polygon", coordinates },
});

describe("regionShapes", () => {
  it.each([
    ["a number", 42],
    ["a string", "FeatureCollection"],
    ["null", null],
    ["an object of another type", { type: "Point", coordinates: [0, 0] }],
    ["a topology without the named object", { type: "Topology", objects: {}, arcs: [] }],
  ])("refuses %s as not GeoJSON", (_, input) => {
    expect(regionShapes(input)).toEqual({ ok: false, reason: "not-geojson" });
  });

  it("finds no regions when no feature has a 6-digit code", () => {
    const input = { type: "FeatureCollection", features: [feature({ name: "x" }, [square(0, 0)])] };
    expect(regionShapes(input)).toEqual({ ok: false, reason: "no-regions" });
  });

  it.each([
    ["code", { code: "441400" }, undefined],
    ["adcode as a number", { adcode: 441400 }, undefined],
    ["gb", { gb: "441400" }, undefined],
    ["the feature id", {}, "441400"],
  ])("keys a feature by %s", (_, properties, id) => {
    const result = regionShapes({
      type: "FeatureCollection",
      features: [feature(properties, [square(0, 0)], id)],
    });
    expect(result.ok && [...result.shapes.keys()]).toEqual(["441400"]);
  });

  it("uses the named key only, when given", () => {
    const input = feature({ code: "441400", other: "441800" }, [square(0, 0)]);
    const result = regionShapes(input, { key: "other" });
    expect(result.ok && [...result.shapes.keys()]).toEqual(["441800"]);
  });

  it("keeps every part of a MultiPolygon and of a code met twice", () => {
    const input = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { code: "440500" },
          geometry: { type: "MultiPolygon", coordinates: [[square(0, 0)], [square(5, 5)]] },
        },
        feature({ code: "440500" }, [square(9, 9)]),
        feature({ code: "440100" }, [
          [
            [0, 0],
            [1, 1],
          ],
        ]), // a ring of two points is dropped
      ],
    };
    const result = regionShapes(input);
    expect(result.ok && result.shapes.get("440500")).toHaveLength(3);
    expect(result.ok && result.shapes.has("440100")).toBe(false);
  });

  it("decodes TopoJSON arcs, walking a negative index backwards", () => {
    const topology = {
      type: "Topology",
      objects: {
        counties: {
          type: "GeometryCollection",
          geometries: [
            { type: "Polygon", id: "440103", arcs: [[0, 1]] },
            { type: "Polygon", properties: { code: "440104" }, arcs: [[2, -1]] },
          ],
        },
      },
      arcs: [
        [
          [1, 0],
          [1, 1],
        ],
        [
          [1, 1],
          [0, 1],
          [0, 0],
          [1, 0],
        ],
        [
          [1, 0],
          [2, 0],
          [2, 1],
          [1, 1],
        ],
      ],
    };
    const result = regionShapes(topology);
    expect(result.ok && result.shapes.get("440103")).toEqual([
      [
        [
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
          [1, 0],
        ],
      ],
    ]);
    expect(result.ok && result.shapes.get("440104")).toEqual([
      [
        [
          [1, 0],
          [2, 0],
          [2, 1],
          [1, 1],
          [1, 0],
        ],
      ],
    ]);
  });

  it("decodes quantized, delta-encoded TopoJSON arcs with the transform", () => {
    const topology = {
      type: "Topology",
      transform: { scale: [0.5, 0.5], translate: [100, 20] },
      objects: { one: { type: "Polygon", properties: { adcode: 441400 }, arcs: [[0]] } },
      arcs: [
        [
          [0, 0],
          [2, 0],
          [0, 2],
          [-2, 0],
        ],
      ],
    };
    const result = regionShapes(topology, { object: "one" });
    expect(result.ok && result.shapes.get("441400")).toEqual([
      [
        [
          [100, 20],
          [101, 20],
          [101, 21],
          [100, 21],
        ],
      ],
    ]);
  });
});

describe("projectShapes", () => {
  it("fits planar shapes to the width, north up, with a label point at the centre", () => {
    const shapes = new Map<string, GeoPolygon[]>([
      ["441400", [[square(0, 0).map(([x, y]): GeoPoint => [x * 10, y * 10])]]],
    ]);
    expect(projectShapes(shapes, { width: 20, padding: 0, projection: "planar" })).toEqual({
      width: 20,
      height: 20,
      shapes: [{ code: "441400", d: "M0 20L20 20L20 0L0 0Z", x: 10, y: 10 }],
    });
  });

  it("draws north above south and west left of east in Mercator", () => {
    const shapes = new Map<string, GeoPolygon[]>([
      ["440800", [[square(110, 21)]]], // south-west
      ["441400", [[square(116, 24)]]], // north-east
    ]);
    const { shapes: drawn, width, height } = projectShapes(shapes);
    const [south, north] = drawn;
    expect(width).toBe(720);
    expect(height).toBeGreaterThan(0);
    expect(south?.x).toBeLessThan(north?.x as number);
    expect(south?.y).toBeGreaterThan(north?.y as number);
  });

  it("labels a region at its largest part", () => {
    const shapes = new Map<string, GeoPolygon[]>([
      [
        "440500",
        [
          [square(0, 0)],
          [
            [
              [10, 0],
              [14, 0],
              [14, 4],
              [10, 4],
            ],
          ],
        ],
      ],
    ]);
    const [shape] = projectShapes(shapes, { width: 140, padding: 0, projection: "planar" }).shapes;
    expect(shape?.x).toBe(120);
    expect(shape?.d.match(/M/g)).toHaveLength(2);
  });
});

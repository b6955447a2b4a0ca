import { describe, expect, it } from "vitest";
import { pairingLayout } from "./pairing-layout.js";

// The press-reported pairs of DOMAIN.md, as SYNTHETIC input (no sources or confidence needed here).
const pressPairs = [
  ["440100", "441400"],
  ["440100", "441800"],
  ["440300", "441600"],
  ["440300", "441500"],
  ["440400", "441700"],
  ["440400", "440900"],
  ["440600", "440800"],
  ["440600", "445300"],
  ["440606", "440800"],
  ["441900", "440200"],
  ["441900", "445200"],
  ["442000", "441200"],
  ["442000", "445100"],
].map(([helping, helped]) => ({ helping: helping as string, helped: helped as string }));

/** Number of pairs of links that cross (their ends are in opposite orders). */
function crossings(layout: ReturnType<typeof pairingLayout>): number {
  const y = (cities: readonly { code: string; y: number }[], code: string) =>
    cities.find((c) => c.code === code)?.y ?? Number.NaN;
  const ends = layout.links.map(
    (l) => [y(layout.helping, l.pair.helping), y(layout.helped, l.pair.helped)] as const,
  );
  let count = 0;
  for (let i = 0; i < ends.length; i++) {
    for (let j = i + 1; j < ends.length; j++) {
      const [a1, a2] = ends[i] as readonly [number, number];
      const [b1, b2] = ends[j] as readonly [number, number];
      if ((a1 - b1) * (a2 - b2) < 0) count++;
    }
  }
  return count;
}

describe("pairingLayout", () => {
  it("puts each helping and each helped city once in its column", () => {
    const layout = pairingLayout(pressPairs);
    expect(layout.helping.map((c) => c.code)).toEqual([
      "440100",
      "440300",
      "440400",
      "440600",
      "440606",
      "441900",
      "442000",
    ]);
    expect(layout.helped).toHaveLength(12);
    expect(layout.links).toHaveLength(13);
  });

  it("orders helped cities so that the press-reported pairs do not cross", () => {
    const layout = pairingLayout(pressPairs);
    expect(layout.helped.map((c) => c.code)).toEqual([
      "441400",
      "441800",
      "441500",
      "441600",
      "440900",
      "441700",
      "445300",
      "440800",
      "440200",
      "445200",
      "441200",
      "445100",
    ]);
    expect(crossings(layout)).toBe(0);
  });

  it("centres the shorter column and sizes the drawing to the longer", () => {
    const layout = pairingLayout(pressPairs, { rowHeight: 10, padding: 5 });
    expect(layout.height).toBe(5 + 11 * 10 + 5);
    expect(layout.helped[0]?.y).toBe(5);
    expect(layout.helping[0]?.y).toBe(5 + (5 * 10) / 2);
  });

  it("draws each link as an S-curve from the left column to the right", () => {
    const [link] = pairingLayout([{ helping: "440100", helped: "441400" }], {
      leftX: 0,
      rightX: 100,
      padding: 10,
    }).links;
    expect(link?.d).toBe("M0 10C50 10 50 10 100 10");
  });

  it("lays out nothing for no pairs", () => {
    expect(pairingLayout([])).toMatchObject({ helping: [], helped: [], links: [] });
  });
});

// `equationsInCycles` as first written (src/feed/suppression/exact-disclosure.ts, with Maps and
// Sets), kept unchanged so that a property test holds the typed-array version to the same
// answers on synthetic systems of equations.
import type { LinearEquation } from "../../src/feed/suppression/bounds-propagation.js";

/** `equationsInCycles` as first written (see the file's comment). */
export function referenceEquationsInCycles(
  size: number,
  equations: readonly LinearEquation[],
): LinearEquation[] {
  const parent = Array.from({ length: size + equations.length }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    let j = i;
    while (parent[j] !== r) {
      const next = parent[j] as number;
      parent[j] = r;
      j = next;
    }
    return r;
  };
  equations.forEach((eq, e) => {
    for (const v of eq.vars) parent[find(v)] = find(size + e);
  });
  const nodes = new Map<number, number>();
  const edges = new Map<number, number>();
  const used = new Set<number>();
  equations.forEach((eq, e) => {
    const root = find(size + e);
    nodes.set(root, (nodes.get(root) ?? 0) + 1);
    edges.set(root, (edges.get(root) ?? 0) + eq.vars.length);
    for (const v of eq.vars) used.add(v);
  });
  for (const v of used) {
    const root = find(v);
    nodes.set(root, (nodes.get(root) ?? 0) + 1);
  }
  return equations.filter((_, e) => {
    const root = find(size + e);
    return (edges.get(root) ?? 0) >= (nodes.get(root) ?? 0);
  });
}

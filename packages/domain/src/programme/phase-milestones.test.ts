import { describe, expect, it } from "vitest";
import { phaseIds } from "./phase-ids.js";
import { phaseMilestones } from "./phase-milestones.js";
import { phases } from "./phases.js";

describe("phaseMilestones", () => {
  it("lists every phase's milestones, and nothing for a phase that does not exist", () => {
    expect(Object.keys(phaseMilestones)).toEqual([...phaseIds]);
  });

  it.each(phases.map((p) => [p.id, p] as const))(
    "are the milestones of the phase %s",
    (id, phase) => {
      expect(phase.milestones).toBe(phaseMilestones[id]);
      expect(phase.milestones.length).toBeGreaterThan(0);
    },
  );
});

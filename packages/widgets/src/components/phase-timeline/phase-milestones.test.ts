import { phases } from "@zhucan/domain";
import { describe, expect, it } from "vitest";
import { phaseMilestones } from "./phase-milestones.js";

describe("phaseMilestones", () => {
  it.each(phases.map((p) => [p.id, p.milestones] as const))(
    "holds the milestones of %s in the domain's words and order",
    (id, milestones) => {
      expect(phaseMilestones[id]).toEqual(milestones);
    },
  );

  it("holds no phase the domain does not have", () => {
    expect(Object.keys(phaseMilestones)).toEqual(phases.map((p) => p.id));
  });
});

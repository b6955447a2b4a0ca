import { ZcPhaseTimeline } from "./phase-timeline.js";

export { ZcPhaseTimeline } from "./phase-timeline.js";

if (!customElements.get("zc-phase-timeline")) {
  customElements.define("zc-phase-timeline", ZcPhaseTimeline);
}

declare global {
  interface HTMLElementTagNameMap {
    "zc-phase-timeline": ZcPhaseTimeline;
  }
}

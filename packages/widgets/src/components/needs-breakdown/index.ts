import { ZcNeedsBreakdown } from "./needs-breakdown.js";

export { needAreaNames, ZcNeedsBreakdown } from "./needs-breakdown.js";

if (!customElements.get("zc-needs-breakdown")) {
  customElements.define("zc-needs-breakdown", ZcNeedsBreakdown);
}

declare global {
  interface HTMLElementTagNameMap {
    "zc-needs-breakdown": ZcNeedsBreakdown;
  }
}

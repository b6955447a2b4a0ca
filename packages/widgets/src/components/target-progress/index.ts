import { ZcTargetProgress } from "./target-progress.js";

export { ZcTargetProgress } from "./target-progress.js";

if (!customElements.get("zc-target-progress")) {
  customElements.define("zc-target-progress", ZcTargetProgress);
}

declare global {
  interface HTMLElementTagNameMap {
    "zc-target-progress": ZcTargetProgress;
  }
}

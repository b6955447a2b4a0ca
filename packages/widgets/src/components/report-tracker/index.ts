import { ZcReportTracker } from "./report-tracker.js";

export { ZcReportTracker } from "./report-tracker.js";

if (!customElements.get("zc-report-tracker"))
  customElements.define("zc-report-tracker", ZcReportTracker);

declare global {
  interface HTMLElementTagNameMap {
    "zc-report-tracker": ZcReportTracker;
  }
}

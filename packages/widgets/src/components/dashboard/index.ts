import { ZcDashboard } from "./dashboard.js";

export { dashboardIndicators, ZcDashboard } from "./dashboard.js";

if (!customElements.get("zc-dashboard")) customElements.define("zc-dashboard", ZcDashboard);

declare global {
  interface HTMLElementTagNameMap {
    "zc-dashboard": ZcDashboard;
  }
}

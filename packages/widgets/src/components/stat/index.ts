import { ZcStat } from "./stat.js";

export { headlineIndicator, ZcStat } from "./stat.js";

if (!customElements.get("zc-stat")) customElements.define("zc-stat", ZcStat);

declare global {
  interface HTMLElementTagNameMap {
    "zc-stat": ZcStat;
  }
}

import { ZcProgressMap } from "./progress-map.js";

export { type ZcMapRegionSelectDetail, ZcProgressMap } from "./progress-map.js";

if (!customElements.get("zc-progress-map")) customElements.define("zc-progress-map", ZcProgressMap);

declare global {
  interface HTMLElementTagNameMap {
    "zc-progress-map": ZcProgressMap;
  }
}

import { ZcPairingDiagram } from "./pairing-diagram.js";

export { confidenceLooks, ZcPairingDiagram } from "./pairing-diagram.js";

if (!customElements.get("zc-pairing-diagram"))
  customElements.define("zc-pairing-diagram", ZcPairingDiagram);

declare global {
  interface HTMLElementTagNameMap {
    "zc-pairing-diagram": ZcPairingDiagram;
  }
}

// What build/site-plugin.ts gives the browser code: the elements' API from custom-elements.json
// and the feed's regions and indicators, read at build time.
declare module "virtual:zc-site" {
  import type { ElementApi } from "./common/element-api.js";
  import type { Bilingual } from "./common/lang.js";
  export const elements: readonly ElementApi[];
  export const regions: readonly {
    readonly code: string;
    readonly level: "province" | "city" | "county";
    readonly name: Bilingual;
    readonly parent: string | null;
  }[];
  export const indicators: readonly { readonly id: string; readonly name: Bilingual }[];
}

// custom-elements.json of @zhucan/widgets, aliased in main.ts.
declare module "zc:custom-elements.json" {
  const manifest: object;
  export default manifest;
}

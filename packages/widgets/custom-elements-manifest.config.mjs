// `cem analyze` reads this: the elements' JSDoc (and their base class, for the inherited
// attributes, parts and events) becomes custom-elements.json, which the docs site and Storybook read.
export default {
  globs: ["src/components/**/*.ts", "src/base/zc-element.ts"],
  exclude: ["**/*.test.ts", "**/*.stories.ts", "**/*.styles.ts"],
  outdir: ".",
  litelement: true,
  // The `customElements` field of package.json is written by hand.
  packagejson: false,
};

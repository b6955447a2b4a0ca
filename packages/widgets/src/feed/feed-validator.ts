// The feed validator, loaded on demand by load-feed-validator.ts and never imported statically:
// validateFeed runs checkFeed, parseFeed without its words (what it finds, as codes, paths and
// figures), so an element's entry stays small and the browser fetches this chunk in parallel
// with the feed. The words come in a chunk of their own (feed-wording.ts), fetched only for a
// feed that fails. The self-contained bundle (dist/zhucan-widgets.js / .iife.js) inlines both.
export { validateFeed } from "./validate-feed.js";

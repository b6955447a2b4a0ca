// The feed validator, loaded on demand by load-feed-validator.ts and never imported statically:
// parseFeed brings zod and the whole PublicFeed schema (about half of an element's weight), so
// an element's entry stays small and the browser fetches this chunk in parallel with the feed.
// The self-contained bundle (dist/zhucan-widgets.js / .iife.js) inlines it.
export { parseFeed } from "@zhucan/domain";

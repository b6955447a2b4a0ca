// The words of the feed validator's problems (zh-CN and en), loaded on demand by
// load-feed-validator.ts when a feed fails its check, and never imported statically: a reader
// of a good feed never pays for them.
export { feedProblem } from "@zhucan/domain";

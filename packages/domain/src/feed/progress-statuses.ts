/**
 * The statuses of DOMAIN.md's progress method, plus `no-data` and `no-target`. Kept in a module
 * of its own, without zod, so that `parseFeed` can name them without the schema library.
 *
 * @example
 * progressStatuses.includes("on-track") //=> true
 */
export const progressStatuses = [
  "achieved",
  "on-track",
  "needs-acceleration",
  "off-track",
  "no-data",
  "no-target",
] as const;

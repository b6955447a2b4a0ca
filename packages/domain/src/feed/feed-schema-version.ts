/**
 * The feed format's version. A consumer accepts any `1.x.y`; a breaking change bumps the major.
 *
 * @example
 * feedSchemaVersion //=> "1.0.0"
 */
export const feedSchemaVersion = "1.0.0";

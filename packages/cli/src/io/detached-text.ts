/**
 * A copy of `text` that keeps nothing else alive. V8 cuts a substring of 13 or more characters
 * as a view of the text it was cut from, so a report field cut from a file's text (an
 * organisation, a note, a reason) would keep the whole decoded file in memory for as long as the
 * report lives: over the 630 sample workbooks, the shared-strings part of each (15 KB), which
 * every garbage collection of `zhucan build` then copied (bench/cli/build.mjs). The copy is
 * made through a string joined to one character and cut again, which V8 writes out flat.
 *
 * @example
 * detachedText("示例数据（合成） · sample organisation") //=> "示例数据（合成） · sample organisation"
 */
export function detachedText(text: string): string {
  return ` ${text}`.slice(1);
}

import fc from "fast-check";

/** One edit of a text: at `at`, `cut` characters replaced by `piece`. */
export type XmlEdit = readonly [at: number, cut: number, piece: string];

/**
 * One to three edits of a text between `from` and `to`, each cutting 0, 1 or 3 characters and
 * putting one of `pieces` in their place: the property tests' way of changing a synthetic part
 * where its readers do their work.
 */
export function xmlEdits(
  from: number,
  to: number,
  pieces: readonly string[],
): fc.Arbitrary<XmlEdit[]> {
  return fc.array(
    fc.tuple(
      fc.integer({ min: from, max: to }),
      fc.constantFrom(0, 0, 1, 3),
      fc.constantFrom(...pieces),
    ),
    { minLength: 1, maxLength: 3 },
  );
}

/** `xml` with `edits` applied, last position first, so that each `at` is still where it was. */
export function applyEdits(xml: string, edits: readonly XmlEdit[]): string {
  let edited = xml;
  for (const [at, cut, piece] of [...edits].sort((a, b) => b[0] - a[0])) {
    edited = edited.slice(0, at) + piece + edited.slice(at + cut);
  }
  return edited;
}

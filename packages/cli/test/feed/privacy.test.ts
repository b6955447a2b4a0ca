// No resident ID, certificate number, name or contact can reach the feed. Reports hold no IDs by
// schema, but their free text can: every free-text field of a report gets synthetic ID numbers
// (18-character with check X, 15-digit legacy, 20-character certificate), names and phone
// numbers injected, and the built feeds (a release and the next, whose corrections log carries
// the reasons) are searched for them. All data is synthetic.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFeed } from "../../src/feed/build-feed.js";
import { canonicalJson } from "../../src/feed/canonical-json.js";
import { counts, report, testArea } from "./synthetic-reports.js";

const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
const idNumber = fc.oneof(
  fc.tuple(digits(17), fc.constantFrom("X", "x", "7")).map(([a, b]) => a + b),
  digits(15),
  fc.tuple(digits(17), fc.constantFrom("X", "3"), digits(2)).map(([a, b, c]) => a + b + c),
);
// Made-up names that appear nowhere in a feed's own text.
const name = fc.constantFrom("钱多多", "孙悟能", "Zhang Weiming", "欧阳小燕", "司马青云");
const phone = fc.tuple(fc.constantFrom("13", "15", "18"), digits(9)).map(([a, b]) => a + b);
const filler = fc.string({ maxLength: 20 });
const text = fc
  .tuple(filler, idNumber, filler, name, filler, phone)
  .map(([a, id, b, n, c, p]) => ({ text: `${a}${id}${b}${n}${c}${p}`, id, name: n, phone: p }));

function feedsWith(
  injected: {
    organisation: string;
    person: string;
    contact: string;
    note: string;
    countyNote: string;
    reason: string;
  },
  correctionReasons?: "masked" | "withheld",
) {
  const filledBy = {
    organisation: injected.organisation,
    name: injected.person,
    contact: injected.contact,
  };
  const rows = { "441402": counts({}, 30), "441403": counts({}, 40) };
  const first = report("441400", "2016-08", rows, { filledBy, note: injected.note });
  first.counties[0] = {
    ...(first.counties[0] as (typeof first.counties)[number]),
    note: injected.countyNote,
  };
  const second = report(
    "441400",
    "2016-09",
    { "441402": counts({}, 35), "441403": counts({}, 45) },
    {
      filledBy,
      note: injected.note,
      corrections: [
        {
          month: "2016-08",
          county: "441402",
          indicator: "youths-covered",
          value: 28,
          reason: injected.reason,
        },
      ],
    },
  );
  const options = { area: testArea, sample: true, ...(correctionReasons && { correctionReasons }) };
  const previous = buildFeed([first], options);
  const next = buildFeed([first, second], { ...options, previous });
  return { previous, next };
}

// The feed text without its checksum (64 hex characters may hold a run of digits by chance).
const published = (feed: { checksum: string }) => canonicalJson({ ...feed, checksum: "" });

describe("privacy of the feed", () => {
  it("carries no ID number, name or phone number from any free-text field of the reports", () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 6, maxLength: 6 }), (t) => {
        // The second text is nobody's field: the reporter is named in the reason instead (below);
        // its ID and phone number are still looked for, with every text's.
        const [organisation, _unused, contact, note, countyNote, reason] = t as [
          (typeof t)[number],
          (typeof t)[number],
          (typeof t)[number],
          (typeof t)[number],
          (typeof t)[number],
          (typeof t)[number],
        ];
        const { previous, next } = feedsWith({
          organisation: organisation.text,
          // The person who filled the report in is named in the reason too.
          person: reason.name,
          contact: contact.text,
          note: note.text,
          countyNote: countyNote.text,
          reason: reason.text,
        });
        expect(next.corrections.length).toBe(1);
        for (const feed of [previous, next]) {
          const json = published(feed);
          const leaked = (x: string) => x.length > 0 && json.includes(x);
          // Each check names what leaked, not the whole feed.
          for (const x of t) {
            expect(leaked(x.id) ? x.id : "", "an ID number").toBe("");
            expect(leaked(x.phone) ? x.phone : "", "a phone number").toBe("");
          }
          for (const x of [organisation, contact, note, countyNote]) {
            expect(leaked(x.name) ? x.name : "", "a name").toBe("");
            expect(leaked(x.text.trim()) ? x.text : "", "a free text").toBe("");
          }
          expect(leaked(reason.name) ? reason.name : "", "the reporter's name").toBe("");
          // Not even a masked ID (address code and asterisks) or a run of 15 digits.
          expect(/\d{6}\*{4,}/.exec(json)?.[0] ?? "", "a masked ID").toBe("");
          expect(/\d{15,}/.exec(json)?.[0] ?? "", "a long number").toBe("");
        }
      }),
      { numRuns: 25 },
    );
  });

  it("publishes no reason text at all with correctionReasons: withheld", () => {
    const marker = "私密说明ABC";
    const { next } = feedsWith(
      { organisation: "o", person: "p", contact: "c", note: "n", countyNote: "cn", reason: marker },
      "withheld",
    );
    expect(next.corrections[0]?.reason).toBe("原因未公开 · reason not published");
    expect(published(next).includes(marker)).toBe(false);
  });

  it("never publishes filledBy, notes or any report field the schema does not ask for", () => {
    const { next } = feedsWith({
      organisation: "机构ORG-1",
      person: "人PERSON-1",
      contact: "联系CONTACT-1",
      note: "备注NOTE-1",
      countyNote: "县备注NOTE-2",
      reason: "原因REASON-1",
    });
    const json = published(next);
    const leaked = ["ORG-1", "PERSON-1", "CONTACT-1", "NOTE-1", "NOTE-2", "filledBy", "receivedAt"];
    expect(leaked.filter((token) => json.includes(token))).toEqual([]);
    expect(json.includes("REASON-1")).toBe(true);
  });
});

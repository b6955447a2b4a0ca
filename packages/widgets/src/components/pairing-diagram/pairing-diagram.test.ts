import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { expectNoAxeViolations } from "../../../test/axe.js";
import { describeElementContract } from "../../../test/element-contract.js";
import { feedUrl, mount, shadow } from "../../../test/fixtures.js";
import { makeFeed } from "../../../test/make-feed.js";
import "./index.js";
import type { ZcPairingDiagram } from "./pairing-diagram.js";

// The feed is SYNTHETIC (test/make-feed.ts): 4 pairs, one medium and one low confidence.

const mountDiagram = (attributes: Record<string, string> = {}, feed = makeFeed()) =>
  mount<ZcPairingDiagram>("zc-pairing-diagram", attributes, { feed });
const words = (el: Element | null | undefined) =>
  el?.textContent?.replace(/\s+/g, " ").trim() ?? "";

describeElementContract("zc-pairing-diagram", {
  zh: "广州市",
  en: "Helping and helped cities",
  emptyAttributes: {},
  feedForEmpty: () => makeFeed({ pairings: [] }),
});

describe("<zc-pairing-diagram>", () => {
  it.each(["light", "dark"])(
    "has no axe violations (%s theme), table open or not",
    async (theme) => {
      const el = await mountDiagram({ theme });
      await expectNoAxeViolations(el);
      el.toggleTable(true);
      await el.updateComplete;
      await expectNoAxeViolations(el);
    },
  );

  it("loads the feed from src and draws one link per pair between two columns", async () => {
    const el = await mount<ZcPairingDiagram>("zc-pairing-diagram", { src: feedUrl("feed.json") });
    expect(el.state).toBe("ready");
    expect(shadow(el).querySelectorAll(".link")).toHaveLength(4);
    expect(shadow(el).querySelectorAll(".node")).toHaveLength(3 + 3);
  });

  it.each([
    ["high", "none"],
    ["medium", "7 4"],
    ["low", "2 4"],
  ])("draws %s-confidence links with their own line style (%s)", async (confidence, dash) => {
    const el = await mountDiagram();
    const link = shadow(el).querySelector(`.link.${confidence}`);
    expect(link?.getAttribute("stroke-dasharray")).toBe(dash);
    expect(getComputedStyle(link as Element).strokeDasharray).toBe(
      dash === "none" ? "none" : `${dash.replace(" ", "px, ")}px`,
    );
  });

  it("lists the pairs in words, by helping city, with counties and confidence", async () => {
    const el = await mountDiagram({ lang: "en" });
    const items = [...shadow(el).querySelectorAll(".pairs > li")].map(words);
    expect(items).toEqual([
      "Guangzhou helps Meizhou high confidence Qingyuan high confidence",
      "Foshan helps Zhanjiang medium confidence",
      "Shunde District helps Zhanjiang (Leizhou and Xuwen County) low confidence",
    ]);
  });

  it.each([
    [
      "zh-CN",
      "3 个帮扶城市（区）与 3 个被帮扶城市结成 4 对帮扶关系；其中佛山市 → 湛江市（可信度中）、顺德区 → 湛江市（可信度低）有待核实。",
    ],
    [
      "en",
      "3 helping cities or districts are paired with 3 helped cities in 4 pairs; Foshan → Zhanjiang (medium confidence) and Shunde District → Zhanjiang (low confidence) are less certain.",
    ],
  ])("sums the pairs up in one sentence (%s)", async (lang, sentence) => {
    const el = await mountDiagram({ lang });
    expect(shadow(el).querySelector("[part=summary]")?.textContent).toBe(sentence);
  });

  it("puts the source and confidence of each pair in the data table", async () => {
    const el = await mountDiagram({ lang: "en" });
    const rows = [...shadow(el).querySelectorAll("[part=table] tbody tr")].map((tr) =>
      [...tr.querySelectorAll("th, td")].map((c) => c.textContent?.trim()),
    );
    expect(rows[3]).toEqual([
      "Shunde District",
      "Zhanjiang",
      "Leizhou and Xuwen County",
      "low confidence",
      "synthetic test pairing",
    ]);
  });

  it("highlights a city's links when its button is pressed, and announces the choice", async () => {
    const el = await mountDiagram();
    const chosen: unknown[] = [];
    el.addEventListener("zc-region-select", (e) => chosen.push(e.detail));
    const zhanjiang = [...shadow(el).querySelectorAll<HTMLButtonElement>("button.city")].find(
      (b) => b.textContent === "湛江市",
    ) as HTMLButtonElement;
    zhanjiang.focus();
    await userEvent.keyboard("{Enter}");
    await el.updateComplete;
    expect(chosen).toEqual([{ region: "440800", level: "city", name: "湛江市" }]);
    expect(el.selected).toBe("440800");
    expect(shadow(el).querySelectorAll(".link.on")).toHaveLength(2);
    expect(shadow(el).querySelector(".diagram")?.classList.contains("dim")).toBe(true);
    const pressed = shadow(el).querySelectorAll('button.city[aria-pressed="true"]');
    expect(pressed).toHaveLength(2);
    await userEvent.keyboard(" ");
    await el.updateComplete;
    expect(el.selected).toBeUndefined();
    expect(chosen).toHaveLength(1);
    expect(shadow(el).querySelector(".diagram")?.classList.contains("dim")).toBe(false);
  });

  it("chooses a city by clicking its dot in the diagram", async () => {
    const el = await mountDiagram();
    await userEvent.click(shadow(el).querySelector('.node[data-code="440100"] circle') as Element);
    expect(el.selected).toBe("440100");
  });

  it("says so when the feed lists no pairs", async () => {
    const el = await mountDiagram({ lang: "en" }, makeFeed({ pairings: [] }));
    expect(el.state).toBe("empty");
    expect(words(shadow(el).querySelector("[part=message]"))).toBe(
      "The data list no helping–helped city pairs.",
    );
    await expectNoAxeViolations(el);
  });

  it("shows the error state when the feed is not valid", async () => {
    const el = await mount<ZcPairingDiagram>("zc-pairing-diagram", {
      src: feedUrl("invalid-feed"),
    });
    expect(el.state).toBe("error");
  });
});

import { render, svg } from "lit";
import { shortRegionName } from "../../layout/short-name.js";
import { type CellContext, cellLook } from "./map-cells.js";
import { cellSize, type Drawing } from "./map-drawing.js";
import type { MapRegion } from "./map-model.js";
import { regionLines } from "./map-text.js";

// The two kinds of tile, parsed once and cloned for every cell: cloning a small prepared tree
// and setting what differs is about what a hand-written d3 drawing does, and cheaper than a
// template instance per cell. A programme-area county's tile carries the corner mark.
let prototypes: readonly SVGGElement[] | undefined;

function prototypeTiles(): readonly SVGGElement[] {
  const holder = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  render(
    svg`<g class="cell" role="option" tabindex="-1" aria-selected="false"><rect class="fill" x="2"
      y="2" width="36" height="36" rx="3" /><text class="name" x="20" y="14"></text><text
      class="mark" x="20" y="29"></text></g><g class="cell" role="option" tabindex="-1"
      aria-selected="false"><rect class="fill" x="2" y="2" width="36" height="36" rx="3" /><path
      class="area-mark" d="M2 5a3 3 0 0 1 3-3h9L2 14z" /><text class="name" x="20" y="14"></text
      ><text class="mark" x="20" y="29"></text></g>`,
    holder,
  );
  return [...holder.querySelectorAll("g")];
}

function tile(region: MapRegion, context: CellContext): SVGGElement {
  prototypes ??= prototypeTiles();
  const cell = prototypes[region.inProgrammeArea ? 1 : 0]?.cloneNode(true) as SVGGElement;
  const { fill, mark } = cellLook(region, context, false);
  cell.setAttribute("data-code", region.code);
  cell.setAttribute("transform", `translate(${region.column * cellSize} ${region.row * cellSize})`);
  cell.firstElementChild?.setAttribute("class", `fill ${fill}`);
  const markText = cell.lastElementChild as SVGTextElement;
  (markText.previousElementSibling as SVGTextElement).textContent = shortRegionName(region.name, {
    maxLatin: 6,
  });
  markText.textContent = mark;
  return cell;
}

/**
 * Names every tile of a group made by {@link tileCells}: its short name and mark, then its
 * tooltip's lines (WCAG 2.5.3, Label in Name: the accessible name starts with the text shown).
 *
 * @example
 * labelTiles(group, drawing, context); // group.firstElementChild.ariaLabel //=> "荔湾● 荔湾区，广州市；…"
 */
export function labelTiles(group: SVGGElement, drawing: Drawing, context: CellContext): void {
  const { feed, model, locale } = context;
  const separator = locale === "en" ? "; " : "；";
  drawing.placed.forEach(({ region }, i) => {
    const cell = group.children[i];
    const mark = cell?.lastElementChild;
    const label = regionLines(feed, model, region, locale).join(separator);
    cell?.setAttribute(
      "aria-label",
      `${mark?.previousElementSibling?.textContent ?? ""}${mark?.textContent ?? ""} ${label}`,
    );
  });
}

const groups = new WeakMap<
  Drawing,
  { readonly colorBy: CellContext["colorBy"]; readonly group: SVGGElement; labelled: boolean }
>();

/**
 * The tiles of a tile-grid drawing as one `<g class="cells">`: one focusable option per region
 * (`role="option"`, roving `tabindex` and `aria-selected` starting at `-1`/`false`, set by the
 * element), with its fill, short name, mark and corner mark. Made once per drawing and
 * colouring and kept: a redraw (a selection, the second render) renders the same node, and
 * `labelled` adds the accessible names to it once.
 *
 * @example
 * svg`<svg>${tileCells(drawing, context, true)}</svg>`
 */
export function tileCells(drawing: Drawing, context: CellContext, labelled: boolean): SVGGElement {
  let entry = groups.get(drawing);
  if (entry?.colorBy !== context.colorBy) {
    const group = document.createElementNS("http://www.w3.org/2000/svg", "g");
    group.setAttribute("class", "cells");
    group.append(...drawing.placed.map(({ region }) => tile(region, context)));
    entry = { colorBy: context.colorBy, group, labelled: false };
    groups.set(drawing, entry);
  }
  if (labelled && !entry.labelled) {
    labelTiles(entry.group, drawing, context);
    entry.labelled = true;
  }
  return entry.group;
}

/**
 * The tooltip of the region under the pointer or keyboard focus: filled with that region's
 * lines, placed above the region (below when there is no room), hidden after a pause when the
 * pointer leaves, so that the pointer can move onto it (WCAG 1.4.13: hoverable). Positioned
 * through the CSSOM, which a strict Content-Security-Policy allows.
 *
 * @example
 * const tooltip = new MapTooltip(() => root.querySelector(".tooltip"));
 * tooltip.show(cellElement, ["Dabu County, Meizhou", "Youths covered: 1,200 people"]);
 */
export class MapTooltip {
  readonly #find: () => HTMLElement | null;
  #hideTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(find: () => HTMLElement | null) {
    this.#find = find;
  }

  /** Shows `lines` (the first in bold) by `target`, inside the tooltip's positioned parent. */
  show(target: Element, lines: readonly string[]): void {
    this.cancelHide();
    const tooltip = this.#find();
    const frame = tooltip?.parentElement?.getBoundingClientRect();
    if (!tooltip || !frame) return;
    tooltip.replaceChildren(
      ...lines.map((line) => {
        const p = document.createElement("p");
        p.textContent = line;
        return p;
      }),
    );
    tooltip.hidden = false;
    const box = target.getBoundingClientRect();
    const left = Math.min(
      Math.max(0, box.left - frame.left + box.width / 2 - tooltip.offsetWidth / 2),
      Math.max(0, frame.width - tooltip.offsetWidth),
    );
    const below = box.bottom - frame.top + 6;
    const above = box.top - frame.top - tooltip.offsetHeight - 6;
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${above >= 0 ? above : below}px`;
  }

  hide(): void {
    this.cancelHide();
    const tooltip = this.#find();
    if (tooltip) tooltip.hidden = true;
  }

  cancelHide = (): void => {
    clearTimeout(this.#hideTimer);
  };

  scheduleHide = (): void => {
    clearTimeout(this.#hideTimer);
    this.#hideTimer = setTimeout(() => this.hide(), 300);
  };
}

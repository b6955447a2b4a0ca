/**
 * Copies text to the clipboard: the asynchronous Clipboard API where the page may use it, else
 * the old `execCommand("copy")` on the given text field (still the only way on some browsers
 * and on pages served over plain HTTP). Resolves to whether it worked; never throws.
 *
 * @example
 * await copyText("<zc-stat …>", textarea) //=> true
 */
export async function copyText(text: string, field: HTMLTextAreaElement): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unavailable: fall back below.
  }
  field.focus();
  field.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  }
}

/**
 * Says something in a live region so that screen readers announce it, even when it is the same
 * message as last time (the region is emptied first).
 *
 * @example
 * announce(statusElement, "已复制")
 */
export function announce(region: HTMLElement, message: string): void {
  region.textContent = "";
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}

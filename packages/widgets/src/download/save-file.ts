/**
 * Offers a blob to the user as a download named `filename` (through a temporary object URL;
 * nothing is sent anywhere).
 *
 * @example
 * saveFile(new Blob(["a,b\r\n"], { type: "text/csv" }), "zhucan-stat.csv");
 */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * A file name safe on every system: lower-case ASCII words joined by hyphens.
 *
 * @example
 * fileName(["zc-stat", "youths-covered", "440000", "2017-03"], "csv") //=> "zc-stat-youths-covered-440000-2017-03.csv"
 */
export function fileName(parts: readonly string[], extension: string): string {
  const stem = parts
    .map((p) =>
      p
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, "-")
        .replace(/^-+|-+$/g, ""),
    )
    .filter(Boolean)
    .join("-");
  return `${stem || "zhucan"}.${extension}`;
}

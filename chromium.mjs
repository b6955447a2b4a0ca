// How every browser test and benchmark here launches Chromium: Debian's package, never a
// downloaded build, headless and offline (without the background-networking flags Chromium
// keeps dialling hosts this machine cannot reach).

/** Debian's Chromium (`apt-get install chromium`); `CHROMIUM_PATH` points elsewhere. */
export const chromiumExecutable = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags for a sandboxed, GPU-less, offline CI run. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Playwright `launchOptions` with both of the above. */
export const chromiumLaunchOptions = { executablePath: chromiumExecutable, args: chromiumArgs };

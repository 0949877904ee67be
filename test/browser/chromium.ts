import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium; playwright cannot download its own browser here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);

/**
 * Without Chromium the browser tests skip, loudly; CI sets BATON_REQUIRE_BROWSER=1 (it installs Chromium
 * first), so there a missing browser is a failure, never a silent skip.
 */
export function requireChromium(): boolean {
  if (hasChromium) return true;
  const message = `Browser tests need Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (process.env.BATON_REQUIRE_BROWSER) throw new Error(message);
  console.warn(`\n  ⚠ SKIPPING the browser tests: ${message}\n`);
  return false;
}

/** Headless, and without the background connections a machine with no internet would refuse. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...extraArgs,
    ],
  });
}

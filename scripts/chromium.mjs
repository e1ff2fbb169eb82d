// This file launches headless Chromium through playwright-core the one way the browser
// tests and the browser benchmark both need: Debian's /usr/bin/chromium (CHROMIUM_PATH
// overrides it) with the flags that keep it from reaching the network on its own
// (background networking, component updates, sync) on this closed machine.
import { chromium } from "playwright-core";

/** The command-line flags every launch uses. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches headless Chromium; resolves to the playwright Browser. */
export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

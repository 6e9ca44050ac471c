import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium; browsers cannot be downloaded on these machines. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Launches headless Chromium with the flags the engineering guide requires: no sandbox (the
 * machines run as root in containers) and nothing that reaches out to the network by itself.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

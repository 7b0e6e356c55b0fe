import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium, headless, through playwright-core (which never downloads a browser). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: this test drives Debian's chromium; install it with \`apt-get install chromium\` (or set CHROMIUM_PATH to a Chromium binary)`);
  return chromium.launch({ executablePath, headless: true });
}

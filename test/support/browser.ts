import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's chromium, headless, through playwright-core (which never downloads a browser): the
 * one launcher of the dashboard's browser test and of its bench (bench/dashboard.ts).
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: the dashboard's browser test and bench drive Debian's chromium; install it with \`apt-get install chromium\` (or set CHROMIUM_PATH to a Chromium binary)`);
  return chromium.launch({ executablePath, headless: true });
}

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { SETUP_COMMAND } from '../support/systemPackages';

/** Debian's `chromium` package; override with CHROMIUM_PATH on other systems. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const PROJECT_ROOT = join(__dirname, '..', '..');
export const ARTIFACTS_DIR = join(PROJECT_ROOT, 'artifacts', 'browser');
export const DOCS_SCREENSHOTS_DIR = join(PROJECT_ROOT, 'docs', 'screenshots');

/** Flags for a quiet, offline, sandbox-free headless run (no QUIC, no update or sync traffic). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Chromium {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * Launches the system Chromium with a fresh profile. A missing browser is an error, not a skip: the browser
 * proof is part of `npm test`.
 */
export async function launchChromium(viewport = { width: 1100, height: 900 }): Promise<Chromium> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: the browser tests need the Debian package "chromium". Install it with \`${SETUP_COMMAND}\` (or \`apt-get install -y chromium\`), or set CHROMIUM_PATH`,
    );
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot under artifacts/browser (git-ignored) and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** The first sentence of a text, enough to find it on screen without depending on markdown rendering. */
export function firstSentence(text: string): string {
  return text
    .split(/(?<=[.!?])\s/)[0]!
    .replace(/[.!?]$/, '')
    .trim();
}

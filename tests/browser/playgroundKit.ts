import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type Chromium, launchChromium, PROJECT_ROOT } from './browserKit';
import { type Service, startService } from '../channels/serviceKit';

/**
 * Start-up shared by the Microsoft 365 Agents Playground tests (npm @microsoft/m365agentsplayground): the real
 * service on an ephemeral port, the playground CLI pointed at its /api/messages in one channel mode, and
 * Chromium on the playground's page. Its UI asks a CDN for fonts and an animation worklet; those fail offline
 * and nothing else depends on the network.
 */
const PLAYGROUND_CLI = join(PROJECT_ROOT, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');

/** The channel modes the project supports (`npm run playground` and `npm run playground:webchat`). */
export type PlaygroundChannel = 'msteams' | 'webchat';

/** A free loopback port for the playground (it would otherwise take 56150, perhaps already in use). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Starts the playground CLI and resolves with its URL once it prints "Listening on <port>". */
async function startPlayground(
  botUrl: string,
  channel: PlaygroundChannel,
): Promise<{ child: ChildProcess; url: string; cwd: string }> {
  const port = await freePort();
  // Its own working directory: the CLI writes devTools/m365agentsplayground.log into the cwd.
  const cwd = mkdtempSync(join(tmpdir(), 'agents-playground-'));
  const child = spawn(
    process.execPath,
    [
      PLAYGROUND_CLI,
      'start',
      '-e',
      `${botUrl}/api/messages`,
      '-c',
      channel,
      '-p',
      String(port),
      '--disable-telemetry',
    ],
    {
      cwd,
      env: { ...process.env, BROWSER: 'none' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`Agents Playground (${channel}) did not start in 15 s:\n${output}`)),
      15_000,
    );
    const read = (data: Buffer) => {
      output += data.toString();
      const match = /Listening on (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(`http://localhost:${match[1]}`);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Agents Playground (${channel}) exited with code ${code}:\n${output}`));
    });
  });
  return { child, url, cwd };
}

export interface PlaygroundSession {
  service: Service;
  chromium: Chromium;
  page: Page;
  /** The playground's own URL, e.g. http://localhost:41234. */
  url: string;
  /** Resolves with the first service log line that matches, polling for up to 10 s. */
  waitForLog(match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown> | undefined>;
  close(): Promise<void>;
}

/**
 * Starts the service, the playground in the given channel mode and Chromium, and opens the playground. Any
 * failure (no Chromium, the playground exiting or not listening) rejects, so the suite fails rather than skips.
 */
export async function openPlayground(
  channel: PlaygroundChannel,
  viewport = { width: 1280, height: 900 },
): Promise<PlaygroundSession> {
  const service = await startService();
  let playground: { child: ChildProcess; url: string; cwd: string } | undefined;
  let chromium: Chromium | undefined;
  const close = async () => {
    await chromium?.close();
    if (playground) {
      const { child, cwd } = playground;
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
      }
      rmSync(cwd, { recursive: true, force: true });
    }
    await service.close();
  };
  try {
    playground = await startPlayground(service.url, channel);
    chromium = await launchChromium(viewport);
    await chromium.page.goto(playground.url);
  } catch (error) {
    await close();
    throw error;
  }
  const waitForLog = async (match: (line: Record<string, unknown>) => boolean) => {
    for (let waited = 0; waited < 10_000; waited += 100) {
      const line = service.logs.find(match);
      if (line) return line;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return undefined;
  };
  return { service, chromium, page: chromium.page, url: playground.url, waitForLog, close };
}

/** The playground's "Log Panel" (the same in every channel mode). */
export const logPanel = (page: Page) => page.getByText('Log Panel').locator('xpath=ancestor::*[3]');

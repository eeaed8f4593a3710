import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  type Chromium,
  DOCS_SCREENSHOTS_DIR,
  firstSentence,
  launchChromium,
  PROJECT_ROOT,
  saveScreenshot,
} from './browserKit';
import { type Service, shippedKb, startService } from '../channels/serviceKit';

/**
 * The Microsoft 365 Agents Playground in msteams mode (a local Teams emulator, npm
 * @microsoft/m365agentsplayground) driving the real service's /api/messages. Its UI asks a CDN for fonts and
 * an animation worklet; those fail offline and nothing else depends on the network.
 */
const kb = shippedKb();
const question = 'What vitamin deficiency causes leg cramps?';
const answerEntry = kb.byId.get('vitamin-deficiency-leg-cramps')!;
const followUp = kb.byId.get(answerEntry.followUps[0]!)!;
const PLAYGROUND_CLI = join(PROJECT_ROOT, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');

let service: Service;
let chromium: Chromium;
let playground: ChildProcess | undefined;
let playgroundUrl: string;
let page: Page;

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
async function startPlayground(botUrl: string): Promise<{ child: ChildProcess; url: string }> {
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
      'msteams',
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
      () => reject(new Error(`Agents Playground did not start in 15 s:\n${output}`)),
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
      reject(new Error(`Agents Playground exited with code ${code}:\n${output}`));
    });
  });
  return { child, url };
}

beforeAll(async () => {
  service = await startService();
  const started = await startPlayground(service.url);
  playground = started.child;
  playgroundUrl = started.url;
  chromium = await launchChromium({ width: 1280, height: 900 });
  page = chromium.page;
  await page.goto(playgroundUrl);
}, 40_000);

afterAll(async () => {
  await chromium?.close();
  playground?.kill('SIGTERM');
  await service?.close();
});

const chat = () => page.locator('body');

/** Resolves with the first service log line that matches, polling for up to 10 s. */
async function waitForLog(
  match: (line: Record<string, unknown>) => boolean,
): Promise<Record<string, unknown> | undefined> {
  for (let waited = 0; waited < 10_000; waited += 100) {
    const line = service.logs.find(match);
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}
const logPanel = () => page.getByText('Log Panel').locator('xpath=ancestor::*[3]');

describe('the bot in the Agents Playground (msteams)', () => {
  test('opening the Teams chat shows the welcome with at most three starter buttons', async () => {
    await chat().getByText(firstSentence(kb.content.welcome)).first().waitFor();
    const welcomeCard = page.locator('.ac-adaptiveCard').filter({ hasText: kb.content.botName }).first();
    await welcomeCard.waitFor();
    expect(await welcomeCard.getByRole('button').count()).toBeLessThanOrEqual(3);
  });

  test('typing a question shows the answer card with its sources and the disclaimer', async () => {
    await page.locator('[data-lexical-editor="true"]').click();
    await page.keyboard.type(question);
    await page.keyboard.press('Enter');
    const card = page
      .locator('.ac-adaptiveCard')
      .filter({ hasText: firstSentence(answerEntry.answer) })
      .last();
    await card.waitFor();
    await card.getByText(kb.content.messages.sourcesHeading, { exact: true }).waitFor();
    await card.getByRole('link', { name: answerEntry.sources[0]!.title }).first().waitFor();
    await card.getByText(kb.content.disclaimer.short).waitFor();
    expect(await card.getByRole('button').count()).toBeLessThanOrEqual(3);
    await saveScreenshot(page, 'teams-playground-answer');
    // The README's screenshot is refreshed on request only, so a test run leaves the work tree clean.
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      mkdirSync(DOCS_SCREENSHOTS_DIR, { recursive: true });
      copyFileSync(
        join(PROJECT_ROOT, 'artifacts', 'browser', 'teams-playground-answer.png'),
        join(DOCS_SCREENSHOTS_DIR, 'teams-playground.png'),
      );
    }
  });

  // Typed, not clicked: playground 0.2.28 throws "Cannot add property msTeams, object is not extensible" when
  // any Action.Submit carrying `msteams` data is clicked (its Adaptive Cards renderer writes into a frozen
  // object); real Teams documents that data shape. The click itself is covered in the web page test.
  test('asking a suggested question from the card answers that entry', async () => {
    await page.locator('[data-lexical-editor="true"]').click();
    await page.keyboard.type(followUp.title);
    await page.keyboard.press('Enter');
    await page
      .locator('.ac-adaptiveCard')
      .filter({ hasText: firstSentence(followUp.answer) })
      .last()
      .waitFor();
    const answered = service.logs.filter((line) => line.event === 'question.answered').at(-1);
    expect(answered).toMatchObject({ id: followUp.id });
  });

  // Playground 0.2.28 builds this invoke without replyToId (generateMessageSubmitInvokeActivity in its
  // dist/index.js), so it cannot name the rated message; real Teams sends it, and the entry id mapping is
  // pinned over HTTP in tests/channels/teamsBehaviour.test.ts.
  test('a thumbs-down with a comment reaches the bot as message/submitAction, gets 200 and is logged', async () => {
    await page.getByRole('button', { name: 'Dislike' }).last().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox').first().fill('Not what I asked');
    await dialog.getByRole('button', { name: 'Submit' }).click();
    await expect(
      waitForLog((line) => line.event === 'feedback' && line.via === 'teams'),
    ).resolves.toMatchObject({ helpful: false, comment: 'Not what I asked' });
    await logPanel()
      .getByText(/invoke\s*200/)
      .first()
      .waitFor();
    expect(service.logs.filter((line) => line.event === 'question.answered')).toHaveLength(2);
    await saveScreenshot(page, 'teams-playground-feedback');
  });

  test('the playground log shows no "not supported" warning for anything the bot sent', async () => {
    const log = await logPanel().innerText();
    expect(log).toContain('message');
    expect(log).not.toMatch(/not supported|unsupported/i);
  });
});

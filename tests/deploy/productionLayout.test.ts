import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/**
 * What `npm ci --omit=dev` and the Dockerfile leave: the build output, public/, knowledge/, package.json and
 * the production dependencies only (linked from this checkout, as package-lock.json lists them without
 * `dev: true`). botframework-webchat is a dev dependency, so it is not there.
 */
function productionLayout(): string {
  const app = mkdtempSync(join(tmpdir(), 'prod-layout-'));
  for (const part of ['dist', 'public', 'knowledge', 'package.json'])
    cpSync(join(ROOT, part), join(app, part), { recursive: true });
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean }>;
  };
  for (const [path, info] of Object.entries(lock.packages)) {
    const name = path.slice('node_modules/'.length);
    if (!path.startsWith('node_modules/') || name.includes('node_modules/') || info.dev) continue;
    if (!existsSync(join(ROOT, path))) continue; // an optional package for another platform
    mkdirSync(join(app, 'node_modules', name, '..'), { recursive: true });
    symlinkSync(join(ROOT, path), join(app, 'node_modules', name));
  }
  return app;
}

describe('the production install serves the web page whole', () => {
  let app: string;
  let child: ChildProcess | undefined;
  beforeAll(() => {
    // The same build `npm start` and the Dockerfile run.
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT });
    app = productionLayout();
  }, 180_000);
  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(app, { recursive: true, force: true });
  });

  it('without the botframework-webchat package, the page and its Web Chat script are served from the build output', async () => {
    expect(existsSync(join(app, 'node_modules/botframework-webchat'))).toBe(false);
    expect(existsSync(join(app, 'node_modules/restify'))).toBe(true);
    child = spawn(process.execPath, ['dist/src/index.js'], {
      cwd: app,
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'silent', KB_WATCH: 'false' },
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child?.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const ready = /Ready on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (ready) resolve(ready[1]);
      });
      child?.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child?.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
    });

    const page = await (await fetch(`${url}/`)).text();
    const script = /<script src="(\/webchat\/webchat\.js)"/.exec(page)?.[1];
    expect(script).toBe('/webchat/webchat.js');
    const bundle = await fetch(`${url}${script}`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    const served = Buffer.from(await bundle.arrayBuffer());
    const shipped = readFileSync(join(ROOT, 'node_modules/botframework-webchat/dist/webchat.js'));
    expect(served.length).toBe(shipped.length);
    expect(served.equals(shipped)).toBe(true);
  }, 60_000);

  it('answers through the Bot Framework bundled by the build, and with auth on refuses an unsigned request', async () => {
    // The build put botbuilder and botframework-connector in one file (src/cli/bundleBotFramework.ts).
    const framework = readFileSync(join(app, 'dist/src/framework/botFramework.js'), 'utf8');
    expect(framework).not.toMatch(/require\("(botbuilder|botframework-connector)"\)/);
    // And restify's server modules and prom-client, each in its own file.
    const restify = readFileSync(join(app, 'dist/src/framework/restifyServer.js'), 'utf8');
    expect(restify).not.toMatch(/require\("restify[/"]/);
    const promClient = readFileSync(join(app, 'dist/src/framework/promClient.js'), 'utf8');
    expect(promClient).not.toMatch(/require\("prom-client"\)/);
    const start = async (env: Record<string, string>) => {
      const service = spawn(process.execPath, ['dist/src/index.js'], {
        cwd: app,
        env: { ...process.env, PORT: '0', LOG_LEVEL: 'silent', KB_WATCH: 'false', ...env },
      });
      let stderr = '';
      service.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        service.stdout?.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const ready = /Ready on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (ready) resolve(ready[1]);
        });
        service.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}${stderr}`)));
      });
      return { url, stderr: () => stderr, stop: () => service.kill('SIGKILL') };
    };
    const ask = (url: string, text: string) =>
      fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: `m-${text.length}`,
          channelId: 'test',
          serviceUrl: 'http://127.0.0.1:9',
          conversation: { id: 'layout-conversation' },
          from: { id: 'user' },
          recipient: { id: 'bot' },
          locale: 'en-US',
          deliveryMode: 'expectReplies',
          text,
        }),
      });

    const open = await start({});
    try {
      const answer = await ask(open.url, 'does magnesium help leg cramps');
      expect(answer.status).toBe(200);
      const body = (await answer.json()) as { activities: Array<{ text?: string }> };
      expect(body.activities[0].text).toMatch(/magnesium/i);
      const followUp = (await (await ask(open.url, 'what foods have it?')).json()) as {
        activities: Array<{ text?: string }>;
      };
      expect(followUp.activities[0].text).toMatch(/magnesium/i);
      expect(open.stderr()).toBe('');
    } finally {
      open.stop();
    }

    const guarded = await start({
      MicrosoftAppId: 'layout-test-app',
      MicrosoftAppPassword: 'not-a-secret',
      HOST: '127.0.0.1',
    });
    try {
      const refused = await ask(guarded.url, 'does magnesium help leg cramps');
      expect(refused.status).toBe(401);
      expect(await refused.json()).toEqual({ error: 'Unauthorized' });
    } finally {
      guarded.stop();
    }
  }, 120_000);
});

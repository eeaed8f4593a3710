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
});

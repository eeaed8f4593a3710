import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * No Docker engine runs on this project's machines (the client only), so the image and compose file cannot
 * be built here; this checks the rules they must keep by reading them (hadolint is not packaged by Debian).
 */
const ROOT = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

interface Instruction {
  keyword: string;
  args: string;
}
interface Stage {
  from: string;
  name?: string;
  instructions: Instruction[];
}

/** Dockerfile → stages of instructions (comments dropped, `\` continuations joined). */
function parseDockerfile(text: string): Stage[] {
  const logical = text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const stages: Stage[] = [];
  for (const line of logical) {
    const [, keyword = '', args = ''] = /^(\w+)\s+(.*)$/.exec(line) ?? [];
    if (keyword.toUpperCase() === 'FROM') {
      const [, from = '', name] = /^(\S+)(?:\s+AS\s+(\S+))?/i.exec(args) ?? [];
      stages.push({ from, name, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push({ keyword: keyword.toUpperCase(), args });
    }
  }
  return stages;
}

const stages = parseDockerfile(read('Dockerfile'));
const final = stages.at(-1) as Stage;
const finalArgs = (keyword: string) =>
  final.instructions.filter((instruction) => instruction.keyword === keyword).map((i) => i.args);

describe('the Dockerfile', () => {
  test('is multi-stage and every stage starts from node:22-slim (or a newer LTS slim image)', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.from).toMatch(/^node:(22|24|26)(\.\d+)*-slim$/);
  });

  test('ships production dependencies only: node_modules comes from a stage that ran npm ci --omit=dev', () => {
    const copies = finalArgs('COPY').filter((args) => /\bnode_modules\b/.test(args));
    const fullTree = copies.filter((args) => /\s\.\/node_modules\/?$/.test(args));
    expect(fullTree).toHaveLength(1);
    const stageName = /--from=(\S+)/.exec(fullTree[0] ?? '')?.[1];
    const deps = stages.find((stage) => stage.name === stageName);
    expect(deps?.instructions.some((i) => i.keyword === 'RUN' && /npm ci\b.*--omit=dev/.test(i.args))).toBe(
      true,
    );
    // Nothing else comes from node_modules: Web Chat's bundle (a dev dependency) is in the build output.
    expect(copies).toEqual(fullTree);
  });

  test("builds with npm run build (Web Chat's bundle copied into dist/) and ships that build output", () => {
    const build = stages.find((stage) => stage.name === 'build');
    expect(build?.instructions.some((i) => i.keyword === 'RUN' && /^npm run build\b/.test(i.args))).toBe(
      true,
    );
    const { scripts } = JSON.parse(read('package.json')) as { scripts: { build: string } };
    expect(scripts.build).toMatch(/copyWebChatBundle/);
    expect(finalArgs('COPY')).toContain('--from=build /app/dist ./dist');
  });

  test('runs as a non-root user, with a HEALTHCHECK on /healthz and the same command as npm start', () => {
    const user = finalArgs('USER').at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    const healthcheck = finalArgs('HEALTHCHECK').join(' ');
    expect(healthcheck).toMatch(/CMD .*\/healthz/);
    expect(healthcheck).toMatch(/--interval=\d+s/);
    const cmd = JSON.parse(finalArgs('CMD').at(-1) ?? 'null') as string[];
    const start = (JSON.parse(read('package.json')) as { scripts: { start: string } }).scripts.start;
    expect(cmd.join(' ')).toBe(start);
    expect(finalArgs('EXPOSE')).toContain('3978');
  });

  test("caps V8's old space in the start command, well above the live heap (README, Capacity)", () => {
    const start = (JSON.parse(read('package.json')) as { scripts: { start: string } }).scripts.start;
    const cap = Number(
      /^node (?:\S+ )*--max-old-space-size=(\d+) (?:\S+ )*dist\/src\/index\.js$/.exec(start)?.[1],
    );
    // An explicit cap lowers V8's heap growing factor (RSS under load); far enough above the ~70 MB live heap
    // that a knowledge reload or a full conversation memory cannot reach it.
    expect(cap).toBeGreaterThanOrEqual(384);
  });

  test('writes the start-up caches at build time, owned by the runtime user, and keeps a local .cache out', () => {
    const warm = finalArgs('RUN').find((args) => args.includes('warmStartCaches'));
    expect(warm).toMatch(/node dist\/src\/cli\/warmStartCaches\.js/);
    expect(warm).toMatch(/chown -R node:node \.cache/);
    expect(existsSync(join(ROOT, 'src/cli/warmStartCaches.ts'))).toBe(true);
    expect(read('.dockerignore').split('\n')).toContain('.cache');
  });

  test('copies only files that exist and that .dockerignore lets into the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#') && !line.startsWith('!'));
    const sources = stages
      .flatMap((stage) => stage.instructions)
      .filter((i) => i.keyword === 'COPY' && !i.args.includes('--from='))
      .flatMap((i) => i.args.split(/\s+/).slice(0, -1));
    expect(sources.length).toBeGreaterThan(0);
    const exceptions = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.startsWith('!'))
      .map((line) => line.slice(1));
    for (const source of sources) {
      expect(existsSync(join(ROOT, source))).toBe(true);
      // An ignored folder is copied only through its exceptions (the labelled sets the entry classifier learns from).
      const path = source.replace(/^\.\//, '');
      if (!exceptions.some((exception) => exception.startsWith(`${path}/`)))
        expect(ignored).not.toContain(path.split('/')[0]);
    }
    for (const secretOrBulk of ['.git', 'node_modules', '.env', 'dist', 'tests', 'artifacts'])
      expect(ignored).toContain(secretOrBulk);
  });

  test('lets in every labelled safety message the learned red-flag net learns from, so the image trains the same net', () => {
    const exceptions = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.startsWith('!'));
    expect(exceptions).toEqual(
      expect.arrayContaining([
        '!tests/eval/safety.yaml',
        '!tests/eval/safety/*.yaml',
        '!tests/eval/safety-fresh/*.yaml',
      ]),
    );
  });
});

interface ComposeService {
  build?: unknown;
  image?: string;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: unknown;
}

describe('compose.yaml', () => {
  const compose = parse(read('compose.yaml'), { merge: true }) as {
    services: Record<string, ComposeService>;
  };
  const { services } = compose;
  const bots = Object.entries(services).filter(([, service]) => service.build !== undefined);

  test('runs two bot instances from this Dockerfile, Redis and nginx', () => {
    expect(bots.map(([name]) => name)).toEqual(['bot-1', 'bot-2']);
    expect(services.redis?.image).toMatch(/^redis:/);
    expect(services.nginx?.image).toMatch(/^nginx:/);
  });

  test('the instances share Redis and one WEBCHAT_SESSION_SECRET, and only nginx is published', () => {
    for (const [, bot] of bots) {
      expect(bot.environment?.CONTEXT_REDIS_URL).toBe('redis://redis:6379/0');
      expect(bot.environment?.WEBCHAT_SESSION_SECRET).toMatch(/^\$\{WEBCHAT_SESSION_SECRET:\?/);
      expect(bot.environment?.HOST).toBe('0.0.0.0');
      // Behind nginx: without it every web chat user would share one rate-limit bucket.
      expect(bot.environment?.TRUST_PROXY).toBe('1');
      expect(bot.ports).toBeUndefined();
      expect(bot.depends_on?.redis?.condition).toBe('service_healthy');
    }
    expect(services.nginx?.ports).toEqual(['8080:8080']);
    expect(services.redis?.ports).toBeUndefined();
  });

  test('nginx runs deploy/nginx.conf, whose upstream names exactly the bot services on their port', () => {
    expect(services.nginx?.volumes).toContain('./deploy/nginx.conf:/etc/nginx/nginx.conf:ro');
    const upstreams = [...read('deploy/nginx.conf').matchAll(/^\s*server (\S+):(\d+) /gm)].map(
      ([, host, port]) => `${host}:${port}`,
    );
    expect(upstreams).toEqual(bots.map(([name, bot]) => `${name}:${bot.environment?.PORT}`));
    expect(read('deploy/nginx.conf')).toMatch(/listen 8080;/);
    expect(read('deploy/nginx.conf')).toMatch(
      /proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/,
    );
  });
});

describe('the production dependencies', () => {
  test('every package the service imports is a production dependency (the image has no dev dependencies)', () => {
    const { dependencies } = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    const { readdirSync, statSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
    const files = (dir: string): string[] =>
      readdirSync(join(ROOT, dir)).flatMap((name) => {
        const path = `${dir}/${name}`;
        return statSync(join(ROOT, path)).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
      });
    const imported = new Set<string>();
    for (const file of [...files('src'), ...files('dialogs')].filter(
      (path) => !path.startsWith('src/cli/'),
    )) {
      const text = read(file);
      const specifiers = [
        ...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'([^'.][^']*)'/gm),
        ...text.matchAll(/\brequire(?:\.resolve)?\('([^'.][^']*)'\)/g),
      ].map((match) => match[1] ?? '');
      for (const specifier of specifiers) {
        if (specifier.startsWith('node:')) continue;
        imported.add(
          specifier.startsWith('@')
            ? specifier.split('/').slice(0, 2).join('/')
            : (specifier.split('/')[0] ?? ''),
        );
      }
    }
    // Resolved only when running from the sources; the build copies its bundle into dist/ (checked above, and
    // served from a production layout in productionLayout.test.ts).
    imported.delete('botframework-webchat');
    expect([...imported]).toEqual(expect.arrayContaining(['botbuilder', 'restify', 'ioredis', 'yaml']));
    expect([...imported].filter((name) => !(name in dependencies))).toEqual([]);
  });
});

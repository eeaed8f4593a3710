import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import JSZip from 'jszip';
import { createAnswerEngine } from '../../src/engine/createAnswerEngine';
import { createSafetyScreen } from '../../src/safety/createSafetyScreen';
import {
  APP_PACKAGE_DIR,
  buildTeamsManifest,
  type TeamsManifest,
  TeamsPackageError,
  writeTeamsPackage,
} from '../../src/cli/teamsPackage';
import { shippedKb } from './serviceKit';

const SCHEMAS_DIR = join(dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams');
interface ManifestTemplate extends TeamsManifest {
  $schema: string;
  manifestVersion: string;
  name: { short: string; full?: string };
  description: { short: string; full: string };
  developer: Record<string, string>;
  validDomains: string[];
  bots: Array<{ botId: string; commandLists: Array<{ commands: Array<{ title: string }> }> }>;
}
const template = JSON.parse(readFileSync(join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8')) as ManifestTemplate;
const env = {
  MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
  TEAMS_DEVELOPER_NAME: 'Contoso Health',
  TEAMS_WEBSITE_URL: 'https://cramps.contoso.com',
  TEAMS_PRIVACY_URL: 'https://cramps.contoso.com/privacy',
  TEAMS_TERMS_URL: 'https://cramps.contoso.com/terms',
};

/** The newest released schema the offline validator ships (vDevPreview is not a release). */
function newestSchemaVersion(): string {
  return readdirSync(SCHEMAS_DIR)
    .filter((name) => /^v\d+\.\d+$/.test(name))
    .map((name) => name.slice(1))
    .sort(
      (a, b) =>
        Number(a.split('.')[1]) - Number(b.split('.')[1]) ||
        Number(a.split('.')[0]) - Number(b.split('.')[0]),
    )
    .at(-1)!;
}

/** Width, height and RGBA pixels of the unfiltered PNGs the package script writes. */
function readPng(buffer: Buffer): { width: number; height: number; pixels: Buffer } {
  expect(buffer.subarray(1, 4).toString('ascii')).toBe('PNG');
  const width = buffer.readUInt32BE(16);
  const height = buffer.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let offset = 8; offset < buffer.length;) {
    const length = buffer.readUInt32BE(offset);
    if (buffer.subarray(offset + 4, offset + 8).toString('ascii') === 'IDAT')
      idat.push(buffer.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    raw.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, pixels };
}

/**
 * AppManifestUtils.validateAgainstSchema with the schema file the package bundles. It runs in a child Node
 * process because the package loads an ES module (strip-bom) that Jest's CommonJS runtime cannot require.
 */
function validateManifest(manifest: unknown, schemaPath: string): string[] {
  const script = `
    const { AppManifestUtils } = require('@microsoft/app-manifest');
    const schema = JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'));
    const manifest = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    AppManifestUtils.validateAgainstSchema(manifest, schema).then((errors) => process.stdout.write(JSON.stringify(errors)));`;
  const output = execFileSync(process.execPath, ['-e', script, schemaPath], {
    input: JSON.stringify(manifest),
    cwd: join(__dirname, '../..'),
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[];
}

describe('the Teams app package', () => {
  test('the manifest uses the newest schema version the offline validator knows', () => {
    const version = newestSchemaVersion();
    expect(template.manifestVersion).toBe(version);
    expect(template.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
    );
  });

  test('the filled-in manifest validates against its bundled JSON schema with no network', () => {
    const schemaPath = join(SCHEMAS_DIR, `v${template.manifestVersion}`, 'MicrosoftTeams.schema.json');
    expect(validateManifest(buildTeamsManifest(template, env), schemaPath)).toEqual([]);
    // The check has teeth: a too-long short name is reported.
    const broken = { ...buildTeamsManifest(template, env), name: { short: 'x'.repeat(31) } };
    expect(validateManifest(broken, schemaPath).join('\n')).toMatch(/name/);
  });

  test('the manifest meets the Teams limits for names, descriptions, bot scopes and developer links', () => {
    const manifest = buildTeamsManifest(template, env);
    expect(template.name.short.length).toBeLessThanOrEqual(30);
    expect(template.description.short.length).toBeLessThanOrEqual(80);
    expect(template.description.full.length).toBeLessThanOrEqual(4000);
    expect(manifest.bots).toEqual([
      expect.objectContaining({ botId: env.MicrosoftAppId, scopes: ['personal', 'team', 'groupChat'] }),
    ]);
    expect(manifest.developer).toEqual({
      name: 'Contoso Health',
      websiteUrl: 'https://cramps.contoso.com',
      privacyUrl: 'https://cramps.contoso.com/privacy',
      termsOfUseUrl: 'https://cramps.contoso.com/terms',
    });
    expect(template.validDomains.length).toBeGreaterThan(0);
  });

  test('the committed template holds only obviously fake publisher links, on the reserved .invalid domain', () => {
    expect(template.developer.name).toMatch(/TEAMS_DEVELOPER_NAME/);
    for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl'])
      expect(new URL(template.developer[key] ?? '').hostname).toMatch(/\.invalid$/);
  });

  test('packaging without the publisher name and links fails naming every missing key', () => {
    const { MicrosoftAppId } = env;
    expect(() => buildTeamsManifest(template, { MicrosoftAppId })).toThrow(
      'teams:package: set TEAMS_DEVELOPER_NAME, TEAMS_WEBSITE_URL, TEAMS_PRIVACY_URL, TEAMS_TERMS_URL',
    );
    expect(() => buildTeamsManifest(template, { ...env, TEAMS_PRIVACY_URL: '  ' })).toThrow(
      /^teams:package: set TEAMS_PRIVACY_URL:/,
    );
  });

  test.each([
    [
      'TEAMS_WEBSITE_URL',
      'http://cramps.contoso.com',
      /TEAMS_WEBSITE_URL "http:\/\/cramps\.contoso\.com" must be https/,
    ],
    [
      'TEAMS_PRIVACY_URL',
      'cramps.contoso.com/privacy',
      /TEAMS_PRIVACY_URL "cramps\.contoso\.com\/privacy" is not a URL/,
    ],
    [
      'TEAMS_TERMS_URL',
      'https://example.com/terms',
      /TEAMS_TERMS_URL "https:\/\/example\.com\/terms" is a placeholder/,
    ],
    ['TEAMS_TERMS_URL', 'https://set-teams-terms-url.invalid/', /TEAMS_TERMS_URL .* is a placeholder/],
    ['TEAMS_DEVELOPER_NAME', 'x'.repeat(33), /TEAMS_DEVELOPER_NAME "x+" is longer than 32 characters/],
  ])('packaging refuses %s = %s with a message naming the key', (key, value, message) => {
    expect(() => buildTeamsManifest(template, { ...env, [key]: value })).toThrow(TeamsPackageError);
    expect(() => buildTeamsManifest(template, { ...env, [key]: value })).toThrow(message);
  });

  test('every command in the compose-box menu gets a real answer, not a fallback', () => {
    const kb = shippedKb();
    const engine = createAnswerEngine(kb, { safety: createSafetyScreen(kb.safety) });
    const commands = template.bots[0]!.commandLists.flatMap((list) =>
      list.commands.map((command) => command.title),
    );
    expect(commands).toEqual(expect.arrayContaining(['help', 'disclaimer']));
    expect(commands.length).toBeGreaterThanOrEqual(5);
    for (const title of commands) {
      expect(title.length).toBeLessThanOrEqual(32);
      const result = engine.answer({ text: title });
      expect([title, result.kind]).toEqual([title, expect.stringMatching(/^(answer|help)$/)]);
    }
  });

  test('the app id is TEAMS_APP_ID when given, else the same GUID on every build for the same bot', () => {
    const first = buildTeamsManifest(template, env).id;
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(buildTeamsManifest(template, env).id).toBe(first);
    expect(
      buildTeamsManifest(template, { ...env, TEAMS_APP_ID: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' }).id,
    ).toBe('aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee');
    expect(() => buildTeamsManifest(template, {})).toThrow(TeamsPackageError);
  });

  test('the colour icon is 192×192 and the outline icon is 32×32, white on transparent', () => {
    const color = readPng(readFileSync(join(APP_PACKAGE_DIR, 'color.png')));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = readPng(readFileSync(join(APP_PACKAGE_DIR, 'outline.png')));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let transparent = 0;
    for (let i = 0; i < outline.pixels.length; i += 4) {
      const [r, g, b, a] = outline.pixels.subarray(i, i + 4);
      if (a === 0) transparent += 1;
      else expect([r, g, b]).toEqual([255, 255, 255]);
    }
    expect(transparent).toBeGreaterThan(32 * 32 * 0.5);
  });

  test('npm run teams:package writes a flat zip of manifest.json, color.png and outline.png with the ids and publisher filled in', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'teams-package-')), 'teams-app.zip');
    await writeTeamsPackage(out, { ...env, BOT_DOMAIN: 'cramps.example.org' });
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as TeamsManifest;
    expect(manifest.bots[0]?.botId).toBe(env.MicrosoftAppId);
    expect(manifest.developer).toMatchObject({ name: 'Contoso Health', privacyUrl: env.TEAMS_PRIVACY_URL });
    expect(manifest.validDomains).toContain('cramps.example.org');
  });
});

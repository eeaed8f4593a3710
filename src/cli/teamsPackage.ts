import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';

/**
 * `npm run teams:package`: fills the bot and app ids and the publisher's name and links into
 * appPackage/manifest.json and writes the Teams app zip (flat: manifest.json, color.png, outline.png).
 * `npm run teams:icons` redraws the two PNGs, which are committed; they are drawn here rather than in an image
 * editor so they stay reproducible and reviewable.
 */

export const APP_PACKAGE_DIR = join(
  __dirname,
  __dirname.includes(join('dist', 'src')) ? '../../..' : '../..',
  'appPackage',
);
export const DEFAULT_PACKAGE_PATH = join(APP_PACKAGE_DIR, '..', 'dist', 'teams-app.zip');
/** The placeholder the committed manifest carries until the package step fills in real ids. */
const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TeamsManifest {
  id: string;
  developer?: Record<string, unknown>;
  bots: Array<{ botId: string; [key: string]: unknown }>;
  validDomains?: string[];
  [key: string]: unknown;
}

export interface PackageEnv {
  MicrosoftAppId?: string;
  /** Optional; without it the app id is derived from the bot id, so it stays the same on every build. */
  TEAMS_APP_ID?: string;
  /** Optional host name of the deployed service (for example bot.example.org), added to validDomains. */
  BOT_DOMAIN?: string;
  /** Required: the publisher's name Teams shows in the app details (at most 32 characters). */
  TEAMS_DEVELOPER_NAME?: string;
  /** Required, https: the publisher's website (Teams labels it as the app's support page). */
  TEAMS_WEBSITE_URL?: string;
  /** Required, https: the privacy statement. */
  TEAMS_PRIVACY_URL?: string;
  /** Required, https: the terms of use. */
  TEAMS_TERMS_URL?: string;
}

/** Which env key fills which developer field; Teams shows all four before anyone installs the app. */
const DEVELOPER_FIELDS = [
  ['name', 'TEAMS_DEVELOPER_NAME'],
  ['websiteUrl', 'TEAMS_WEBSITE_URL'],
  ['privacyUrl', 'TEAMS_PRIVACY_URL'],
  ['termsOfUseUrl', 'TEAMS_TERMS_URL'],
] as const;
/** The manifest schema's limit for developer.name. */
const MAX_DEVELOPER_NAME = 32;
/**
 * Reserved names (RFC 2606 / RFC 6761) that can only be placeholders, including the template's own
 * `.invalid` links: a package pointing users at them would ship a broken privacy link.
 */
const PLACEHOLDER_HOST = /(^|\.)(example\.(com|net|org)|example|invalid|test|localhost)$/i;

export class TeamsPackageError extends Error {
  override name = 'TeamsPackageError';
}

/** The committed manifest with this deployment's ids and domain; the template itself is never modified. */
export function buildTeamsManifest(template: TeamsManifest, env: PackageEnv): TeamsManifest {
  const botId = env.MicrosoftAppId?.trim();
  if (!botId || !GUID.test(botId) || botId === PLACEHOLDER_ID) {
    throw new TeamsPackageError(
      "teams:package: MicrosoftAppId must be set to the bot's Microsoft App ID (a GUID) to build the Teams app package",
    );
  }
  const appId = env.TEAMS_APP_ID?.trim() || stableGuid(`teams-app:${botId}`);
  if (!GUID.test(appId)) throw new TeamsPackageError(`teams:package: TEAMS_APP_ID "${appId}" is not a GUID`);
  const domain = env.BOT_DOMAIN?.trim();
  if (domain && !/^[a-z0-9.-]+$/i.test(domain))
    throw new TeamsPackageError(`teams:package: BOT_DOMAIN "${domain}" must be a bare host name`);
  const developer = buildDeveloper(env);
  const manifest = structuredClone(template);
  manifest.id = appId;
  manifest.developer = { ...manifest.developer, ...developer };
  manifest.bots = manifest.bots.map((bot) => ({ ...bot, botId }));
  if (domain) manifest.validDomains = [...new Set([...(manifest.validDomains ?? []), domain])];
  return manifest;
}

/** The four publisher fields from the environment; all missing keys are named at once, so one retry does. */
function buildDeveloper(env: PackageEnv): Record<(typeof DEVELOPER_FIELDS)[number][0], string> {
  const missing = DEVELOPER_FIELDS.filter(([, key]) => !env[key]?.trim()).map(([, key]) => key);
  if (missing.length > 0)
    throw new TeamsPackageError(
      `teams:package: set ${missing.join(', ')}: Teams shows the publisher's name, website, privacy and terms links in the app details, and the template only holds placeholders`,
    );
  const name = env.TEAMS_DEVELOPER_NAME?.trim() ?? '';
  if (name.length > MAX_DEVELOPER_NAME)
    throw new TeamsPackageError(
      `teams:package: TEAMS_DEVELOPER_NAME "${name}" is longer than ${MAX_DEVELOPER_NAME} characters`,
    );
  return {
    name,
    websiteUrl: httpsUrl('TEAMS_WEBSITE_URL', env.TEAMS_WEBSITE_URL),
    privacyUrl: httpsUrl('TEAMS_PRIVACY_URL', env.TEAMS_PRIVACY_URL),
    termsOfUseUrl: httpsUrl('TEAMS_TERMS_URL', env.TEAMS_TERMS_URL),
  };
}

function httpsUrl(key: string, value: string | undefined): string {
  const text = value?.trim() ?? '';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new TeamsPackageError(`teams:package: ${key} "${text}" is not a URL`);
  }
  if (url.protocol !== 'https:') throw new TeamsPackageError(`teams:package: ${key} "${text}" must be https`);
  if (PLACEHOLDER_HOST.test(url.hostname))
    throw new TeamsPackageError(
      `teams:package: ${key} "${text}" is a placeholder domain; use the deployment's real page`,
    );
  return text;
}

/** A name-based GUID (SHA-1, RFC 4122 version 5 layout): the same input always gives the same id. */
export function stableGuid(name: string): string {
  const hash = createHash('sha1').update(name).digest();
  hash.writeUInt8((hash.readUInt8(6) & 0x0f) | 0x50, 6);
  hash.writeUInt8((hash.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Writes the zip with the three files at its root (Teams rejects a package with a folder inside). */
export async function writeTeamsPackage(
  outPath: string,
  env: PackageEnv,
  appDir = APP_PACKAGE_DIR,
): Promise<TeamsManifest> {
  const template = JSON.parse(readFileSync(join(appDir, 'manifest.json'), 'utf8')) as TeamsManifest;
  const manifest = buildTeamsManifest(template, env);
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  zip.file('color.png', readFileSync(join(appDir, 'color.png')));
  zip.file('outline.png', readFileSync(join(appDir, 'outline.png')));
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return manifest;
}

type Rgba = readonly [number, number, number, number];
type Painter = (x: number, y: number) => Rgba;

/** 192×192, full bleed: the product's teal, a white ring and a sun-yellow dot (vitamin D). */
export function drawColorIcon(): Buffer {
  const teal: Rgba = [0x0b, 0x6e, 0x5f, 255];
  const white: Rgba = [255, 255, 255, 255];
  const yellow: Rgba = [0xf5, 0xc5, 0x42, 255];
  return encodePng(192, 192, (x, y) => {
    if (distance(x, y, 128, 64) <= 24) return yellow;
    const d = distance(x, y, 88, 104);
    return d <= 58 && d >= 40 ? white : teal;
  });
}

/** 32×32, white on transparent as Teams requires: the same ring and dot as the colour icon. */
export function drawOutlineIcon(): Buffer {
  const white: Rgba = [255, 255, 255, 255];
  const clear: Rgba = [0, 0, 0, 0];
  return encodePng(32, 32, (x, y) => {
    if (distance(x, y, 22, 10) <= 4.5) return white;
    const d = distance(x, y, 14, 18);
    return d <= 11 && d >= 7.5 ? white : clear;
  });
}

function distance(x: number, y: number, cx: number, cy: number): number {
  return Math.hypot(x - cx, y - cy);
}

/** RGBA PNG, 4×4 supersampled for smooth edges; only node:zlib, no image library. */
export function encodePng(width: number, height: number, paint: Painter): Buffer {
  const samples = 4;
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 4 + 1);
    rows[row] = 0; // filter: none
    for (let x = 0; x < width; x += 1) {
      let red = 0;
      let green = 0;
      let blue = 0;
      let alpha = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const [r, g, b, a] = paint(x + (sx + 0.5) / samples, y + (sy + 0.5) / samples);
          red += r * a;
          green += g * a;
          blue += b * a;
          alpha += a;
        }
      }
      const offset = row + 1 + x * 4;
      rows[offset] = alpha ? Math.round(red / alpha) : 0;
      rows[offset + 1] = alpha ? Math.round(green / alpha) : 0;
      rows[offset + 2] = alpha ? Math.round(blue / alpha) : 0;
      rows[offset + 3] = Math.round(alpha / (samples * samples));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit, RGBA, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** PNG's chunk checksum (ISO 3309 CRC-32); node:zlib only gained crc32 in Node 22.2. */
function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

async function main(): Promise<void> {
  if (process.argv.includes('--icons')) {
    writeFileSync(join(APP_PACKAGE_DIR, 'color.png'), drawColorIcon());
    writeFileSync(join(APP_PACKAGE_DIR, 'outline.png'), drawOutlineIcon());
    process.stdout.write(`Wrote color.png (192×192) and outline.png (32×32) in ${APP_PACKAGE_DIR}\n`);
    return;
  }
  const outPath = process.argv[2] ?? DEFAULT_PACKAGE_PATH;
  // Like `npm start`, a local .env fills in what the real environment does not set.
  if (existsSync('.env')) process.loadEnvFile('.env');
  // The CLI edge reads the environment; buildTeamsManifest stays a pure function for tests.
  const manifest = await writeTeamsPackage(outPath, {
    MicrosoftAppId: process.env.MicrosoftAppId,
    TEAMS_APP_ID: process.env.TEAMS_APP_ID,
    BOT_DOMAIN: process.env.BOT_DOMAIN,
    TEAMS_DEVELOPER_NAME: process.env.TEAMS_DEVELOPER_NAME,
    TEAMS_WEBSITE_URL: process.env.TEAMS_WEBSITE_URL,
    TEAMS_PRIVACY_URL: process.env.TEAMS_PRIVACY_URL,
    TEAMS_TERMS_URL: process.env.TEAMS_TERMS_URL,
  });
  process.stdout.write(`Wrote ${outPath} (app id ${manifest.id}, bot id ${manifest.bots[0]?.botId})\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}

// Builds the Teams app package an admin uploads (`npm run package:teams`): manifest.json with the
// bot's id from the environment, a 192×192 colour icon and a 32×32 white-on-transparent outline icon,
// zipped into dist/dpa-review-teams.zip. Icons are drawn here and written as PNG with node:zlib, and
// the zip is written by hand, so packaging needs no image tool or zip library.
//   MicrosoftAppId=<bot app id> npm run package:teams [-- --out FILE]

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';

export const MANIFEST_VERSION = '1.17';
export const MANIFEST_SCHEMA = `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;
const ACCENT = { r: 0x1f, g: 0x4e, b: 0x79 };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A packaging setting that is missing or wrong; the message says which. */
export class PackageError extends Error {
  override name = 'PackageError';
}

/**
 * The Teams app manifest for the bot. The bot id comes from `MicrosoftAppId`; the app id from
 * `TEAMS_APP_ID` (default: the bot id); the developer details from `TEAMS_DEVELOPER_*`.
 *
 * @example teamsManifest({ MicrosoftAppId: '1f0c…' }).bots[0].supportsFiles // → true
 */
export function teamsManifest(env: Record<string, string | undefined>, version = '0.1.0') {
  const botId = env.MicrosoftAppId?.trim() ?? '';
  if (!GUID.test(botId)) throw new PackageError('Set MicrosoftAppId to the bot\'s Microsoft app id (a GUID) to build the Teams package.');
  const appId = env.TEAMS_APP_ID?.trim() || botId;
  if (!GUID.test(appId)) throw new PackageError('TEAMS_APP_ID must be a GUID.');
  const website = env.TEAMS_DEVELOPER_URL?.trim() || 'https://www.example.com/dpa-review';
  for (const url of [website, env.TEAMS_PRIVACY_URL, env.TEAMS_TERMS_URL]) {
    if (url && !url.startsWith('https://')) throw new PackageError(`Teams needs https URLs: ${url}`);
  }
  const commands = [
    { title: 'help', description: 'Hva jeg kan / what I can do' },
    { title: 'explain', description: 'explain <kategori>: forklar en avvikskategori' },
    { title: 'compare', description: 'Sammenlign to versjoner (send to filer)' },
    { title: 'language', description: 'language nb|en' },
    { title: 'normen', description: 'Normen Bilag 1a-sjekkliste for en fil' },
  ];
  return {
    $schema: MANIFEST_SCHEMA,
    manifestVersion: MANIFEST_VERSION,
    version,
    id: appId,
    developer: {
      name: env.TEAMS_DEVELOPER_NAME?.trim() || 'dpa-review',
      websiteUrl: website,
      privacyUrl: env.TEAMS_PRIVACY_URL?.trim() || `${website}/privacy`,
      termsOfUseUrl: env.TEAMS_TERMS_URL?.trim() || `${website}/terms`,
    },
    name: { short: 'DPA-gjennomgang', full: 'DPA-gjennomgang: databehandleravtaler mot referanse' },
    description: {
      short: 'Sjekk databehandleravtaler (GDPR art. 28) mot vår referanse.',
      full:
        'Lim inn et avtalepunkt eller send databehandleravtalen som fil (.docx, .pdf, .txt): boten viser hvert vilkår som er ' +
        'dårligere for behandlingsansvarlig enn referansen, hvorfor det betyr noe og hva vi bør be om i stedet. ' +
        'Review vendor data processing agreements against the reference position.',
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: `#${[ACCENT.r, ACCENT.g, ACCENT.b].map((v) => v.toString(16).padStart(2, '0')).join('').toUpperCase()}`,
    bots: [
      {
        botId,
        scopes: ['personal', 'team', 'groupChat'],
        supportsFiles: true,
        isNotificationOnly: false,
        commandLists: [
          { scopes: ['personal'], commands },
          { scopes: ['team', 'groupChat'], commands: commands.filter((c) => c.title !== 'compare') },
        ],
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: [] as string[],
  };
}

/** An RGBA image: `pixels` holds width × height × 4 bytes. */
export interface Image {
  width: number;
  height: number;
  pixels: Uint8Array;
}

function drawImage(size: number, paint: (x: number, y: number) => [number, number, number, number]): Image {
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) pixels.set(paint(x + 0.5, y + 0.5), (y * size + x) * 4);
  }
  return { width: size, height: size, pixels };
}

function distanceToSegment(px: number, py: number, [ax, ay]: number[], [bx, by]: number[]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** A document with a folded corner and a check mark, in units of a 32-pixel grid scaled to `size`. */
function iconShapes(size: number) {
  const u = size / 32;
  const page = { left: 8 * u, right: 24 * u, top: 5 * u, bottom: 27 * u, fold: 5 * u };
  const insidePage = (x: number, y: number) =>
    x >= page.left && x <= page.right && y >= page.top && y <= page.bottom && !(x > page.right - page.fold && y < page.top + page.fold && x - (page.right - page.fold) > y - page.top);
  const check = [[11.5 * u, 17 * u], [14.5 * u, 20.5 * u], [20.5 * u, 12.5 * u]];
  const onCheck = (x: number, y: number, width: number) =>
    distanceToSegment(x, y, check[0], check[1]) <= width || distanceToSegment(x, y, check[1], check[2]) <= width;
  return { u, page, insidePage, onCheck };
}

/**
 * The 192×192 colour icon: a white document with a check mark on the accent colour.
 *
 * @example encodePng(colorIcon()) // → PNG bytes
 */
export function colorIcon(): Image {
  const { u, insidePage, onCheck } = iconShapes(COLOR_ICON_SIZE);
  return drawImage(COLOR_ICON_SIZE, (x, y) => {
    if (onCheck(x, y, 1.3 * u)) return [ACCENT.r, ACCENT.g, ACCENT.b, 255];
    if (insidePage(x, y)) return [255, 255, 255, 255];
    return [ACCENT.r, ACCENT.g, ACCENT.b, 255];
  });
}

/**
 * The 32×32 outline icon: the same document drawn in white on a transparent background, as Teams asks.
 *
 * @example encodePng(outlineIcon())
 */
export function outlineIcon(): Image {
  const { page, insidePage, onCheck } = iconShapes(OUTLINE_ICON_SIZE);
  const inner = (x: number, y: number) =>
    insidePage(x, y) && insidePage(x - 1.5, y) && insidePage(x + 1.5, y) && insidePage(x, y - 1.5) && insidePage(x, y + 1.5) &&
    insidePage(x + 1.1, y - 1.1);
  return drawImage(OUTLINE_ICON_SIZE, (x, y) => {
    const edge = insidePage(x, y) && !inner(x, y);
    const fold = x >= page.right - page.fold && x <= page.right - page.fold + 1.5 && y >= page.top && y <= page.top + page.fold;
    return edge || fold || onCheck(x, y, 1) ? [255, 255, 255, 255] : [0, 0, 0, 0];
  });
}

/**
 * Encodes an RGBA image as a PNG (8-bit RGBA, no filtering, zlib-compressed).
 *
 * @example writeFileSync('color.png', encodePng(colorIcon()));
 */
export function encodePng(image: Image): Buffer {
  const rowBytes = image.width * 4;
  const raw = Buffer.alloc((rowBytes + 1) * image.height);
  for (let y = 0; y < image.height; y++) {
    raw[y * (rowBytes + 1)] = 0; // filter type: none
    Buffer.from(image.pixels.buffer, image.pixels.byteOffset + y * rowBytes, rowBytes).copy(raw, y * (rowBytes + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * Writes a zip archive (deflated entries, fixed 1980 timestamps so builds are reproducible).
 *
 * @example zipFiles([{ name: 'manifest.json', data: Buffer.from('{}') }])
 */
export function zipFiles(entries: Array<{ name: string; data: Buffer }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const dosTime = 0;
  const dosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const compressed = deflateRawSync(entry.data, { level: 9 });
    const checksum = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(checksum, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const centralDirectory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDirectory, end]);
}

/**
 * Builds the Teams app zip and writes it to `outFile`.
 *
 * @example packageTeamsApp(process.env, 'dist/dpa-review-teams.zip')
 */
export function packageTeamsApp(env: Record<string, string | undefined>, outFile: string, version = '0.1.0'): string {
  const manifest = teamsManifest(env, version);
  const zip = zipFiles([
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') },
    { name: 'color.png', data: encodePng(colorIcon()) },
    { name: 'outline.png', data: encodePng(outlineIcon()) },
  ]);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, zip);
  return outFile;
}

if (require.main === module) {
  const outIndex = process.argv.indexOf('--out');
  const outFile = outIndex > 0 ? process.argv[outIndex + 1] : join(__dirname, '..', 'dist', 'dpa-review-teams.zip');
  try {
    const { version } = require('../package.json') as { version: string };
    const written = packageTeamsApp(process.env, outFile, version);
    process.stdout.write(`Teams app package: ${written}\n`);
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    process.stderr.write(`package:teams: ${error.message}\n`);
    process.exit(2);
  }
}

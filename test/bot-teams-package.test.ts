// The Teams app package: `npm run package:teams` writes a zip whose manifest has the fields Teams
// requires (bot id from the environment, supportsFiles) and whose icons have the sizes Teams checks.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { PackageError, teamsManifest } from '../scripts/package-teams';

const root = join(__dirname, '..');
const BOT_ID = '1f0c3a5e-2b4d-4c6e-8f01-23456789abcd';

/** Width, height and RGBA pixels of an 8-bit RGBA PNG with unfiltered rows (what the script writes). */
function readPng(bytes: Buffer): { width: number; height: number; colorType: number; pixels: Buffer } {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  let offset = 8;
  let width = 0, height = 0, colorType = -1;
  const data: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      colorType = body[9];
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    assert.equal(raw[y * (width * 4 + 1)], 0, 'unfiltered rows');
    raw.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, colorType, pixels };
}

describe('Teams app package', function () {
  this.timeout(30_000);
  let dir: string;
  let zip: JSZip;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dpa-teams-'));
    const out = join(dir, 'app.zip');
    execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'package-teams.ts'), '--out', out], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', MicrosoftAppId: BOT_ID },
    });
    zip = await JSZip.loadAsync(readFileSync(out));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('holds exactly manifest.json and the two icons at the top level', () => {
    assert.deepEqual(Object.keys(zip.files).sort(), ['color.png', 'manifest.json', 'outline.png']);
  });

  it('has a manifest with the fields Teams requires', async () => {
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    for (const field of ['$schema', 'manifestVersion', 'version', 'id', 'developer', 'name', 'description', 'icons', 'accentColor', 'bots']) {
      assert.ok(manifest[field], `manifest.${field}`);
    }
    assert.match(manifest.version, /^\d+\.\d+\.\d+$/);
    assert.match(manifest.accentColor, /^#[0-9A-F]{6}$/i);
    for (const url of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) assert.match(manifest.developer[url], /^https:\/\//);
    assert.ok(manifest.name.short.length <= 30, 'name.short ≤ 30 characters');
    assert.ok(manifest.name.full.length <= 100, 'name.full ≤ 100 characters');
    assert.ok(manifest.description.short.length <= 80, 'description.short ≤ 80 characters');
    assert.ok(manifest.description.full.length <= 4000, 'description.full ≤ 4000 characters');
    assert.deepEqual(manifest.icons, { color: 'color.png', outline: 'outline.png' });
    assert.equal(manifest.bots.length, 1);
    const [bot] = manifest.bots;
    assert.equal(bot.botId, BOT_ID, 'the bot id comes from MicrosoftAppId');
    assert.equal(manifest.id, BOT_ID);
    assert.equal(bot.supportsFiles, true);
    assert.ok(bot.scopes.includes('personal'));
    for (const list of bot.commandLists) {
      assert.ok(list.commands.length <= 10);
      for (const command of list.commands) assert.ok(command.title.length <= 32 && command.description.length <= 128);
    }
  });

  it('has a 192×192 colour icon and a 32×32 white-on-transparent outline icon', async () => {
    const color = readPng(await zip.file('color.png')!.async('nodebuffer'));
    assert.equal(color.width, 192);
    assert.equal(color.height, 192);
    const outline = readPng(await zip.file('outline.png')!.async('nodebuffer'));
    assert.equal(outline.width, 32);
    assert.equal(outline.height, 32);
    assert.equal(outline.colorType, 6, 'RGBA, so the background can be transparent');
    let opaque = 0;
    for (let i = 0; i < outline.pixels.length; i += 4) {
      const [r, g, b, a] = outline.pixels.subarray(i, i + 4);
      if (a === 0) continue;
      opaque++;
      assert.deepEqual([r, g, b], [255, 255, 255], 'outline pixels are white');
    }
    assert.ok(opaque > 20 && opaque < 32 * 32 / 2, 'an outline, not a filled square');
    assert.equal(outline.pixels[3], 0, 'transparent corner');
  });

  it('refuses to build without a bot id', () => {
    assert.throws(() => teamsManifest({}), PackageError);
    assert.throws(() => teamsManifest({ MicrosoftAppId: 'not-a-guid' }), /GUID/);
  });
});

// The Teams app package: `npm run package:teams` writes a zip whose manifest has the fields Teams
// requires (bot id from the environment, supportsFiles) and whose icons have the sizes Teams checks.

import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { developerUrls, MANIFEST_VERSION, PackageError, teamsManifest } from '../scripts/package-teams';

const root = join(__dirname, '..');
const BOT_ID = '1f0c3a5e-2b4d-4c6e-8f01-23456789abcd';
const ENV = { MicrosoftAppId: BOT_ID, TEAMS_DEVELOPER_URL: 'https://legal.contoso.no/dpa-review', TEAMS_DEVELOPER_NAME: 'Contoso Legal' };

/**
 * Microsoft's published Teams manifest schemas (developer.microsoft.com/json-schemas/teams/v1.17/…), as
 * the @microsoft/app-manifest package ships them (its version is pinned in package-lock.json).
 */
function schemaValidator(file: 'MicrosoftTeams.schema.json' | 'MicrosoftTeams.Localization.schema.json') {
  const path = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${MANIFEST_VERSION}/${file}`);
  // the localization schema has patterns that are not valid with the u flag; Ajv compiles them without
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(JSON.parse(readFileSync(path, 'utf8')));
  return (data: unknown): string[] => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
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
      env: { PATH: process.env.PATH ?? '', ...ENV },
    });
    zip = await JSZip.loadAsync(readFileSync(out));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('holds exactly manifest.json, the English language file and the two icons at the top level', () => {
    assert.deepEqual(Object.keys(zip.files).sort(), ['color.png', 'en.json', 'manifest.json', 'outline.png']);
  });

  it('has a manifest and a language file that validate against the Teams manifest schemas', async () => {
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    const validateManifest = schemaValidator('MicrosoftTeams.schema.json');
    assert.deepEqual(validateManifest(manifest), []);
    assert.notDeepEqual(validateManifest({ ...manifest, developer: { ...manifest.developer, websiteUrl: undefined } }), [], 'the schema is in force');
    assert.equal(manifest.manifestVersion, MANIFEST_VERSION);
    assert.equal(manifest.localizationInfo.defaultLanguageTag, 'nb');
    const [english] = manifest.localizationInfo.additionalLanguages;
    assert.deepEqual(english, { languageTag: 'en', file: 'en.json' });
    const language = JSON.parse(await zip.file(english.file)!.async('string'));
    const validateLanguage = schemaValidator('MicrosoftTeams.Localization.schema.json');
    assert.deepEqual(validateLanguage(language), []);
    assert.equal(language['name.short'], 'DPA review');
    assert.equal(language['bots[0].commandLists[0].commands[0].title'], 'help');
    assert.equal(manifest.bots[0].commandLists[0].commands[0].title, 'hjelp');
  });

  it('takes the developer and the URLs from the environment', async () => {
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    assert.deepEqual(manifest.developer, {
      name: 'Contoso Legal',
      websiteUrl: 'https://legal.contoso.no/dpa-review',
      privacyUrl: 'https://legal.contoso.no/dpa-review/privacy',
      termsOfUseUrl: 'https://legal.contoso.no/dpa-review/terms',
    });
    assert.doesNotMatch(JSON.stringify(manifest), /example\.com/);
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
    const color = PNG.sync.read(await zip.file('color.png')!.async('nodebuffer'));
    assert.deepEqual([color.width, color.height], [192, 192]);
    const outline = PNG.sync.read(await zip.file('outline.png')!.async('nodebuffer'));
    assert.deepEqual([outline.width, outline.height], [32, 32]);
    assert.ok(outline.alpha, 'an alpha channel, so the background can be transparent');
    let opaque = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      if (a === 0) continue;
      opaque++;
      assert.deepEqual([r, g, b], [255, 255, 255], 'outline pixels are white');
    }
    assert.ok(opaque > 20 && opaque < 32 * 32 / 2, 'an outline, not a filled square');
    assert.equal(outline.data[3], 0, 'transparent corner');
  });

  it('refuses to build without a bot id', () => {
    assert.throws(() => teamsManifest({}), PackageError);
    assert.throws(() => teamsManifest({ ...ENV, MicrosoftAppId: 'not-a-guid' }), /GUID/);
  });

  it('refuses a production package without the organisation\'s URLs, or with placeholders; --dev warns instead', () => {
    const urls: Array<[Record<string, string>, RegExp]> = [
      [{}, /Set TEAMS_DEVELOPER_URL/],
      [{ TEAMS_DEVELOPER_URL: 'https://www.example.com/dpa-review' }, /placeholder/],
      [{ TEAMS_DEVELOPER_URL: 'http://legal.contoso.no' }, /https/],
      [{ TEAMS_DEVELOPER_URL: 'https://legal.contoso.no', TEAMS_PRIVACY_URL: 'not a url' }, /not a URL/],
    ];
    for (const [env, message] of urls) assert.throws(() => developerUrls(env), message, JSON.stringify(env));
    const warnings: string[] = [];
    const dev = developerUrls({}, { dev: true, warn: (m) => void warnings.push(m) });
    assert.match(dev.websiteUrl, /^https:\/\//);
    assert.match(warnings.join('\n'), /TEAMS_DEVELOPER_URL is not set.*do not publish/);
    const script = join(root, 'scripts', 'package-teams.ts');
    const refused = spawnSync(process.execPath, ['--import', 'tsx', script, '--out', join(dir, 'x.zip')], { cwd: root, env: { PATH: process.env.PATH ?? '', MicrosoftAppId: BOT_ID }, encoding: 'utf8' });
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /^package:teams: Set TEAMS_DEVELOPER_URL/);
  });
});

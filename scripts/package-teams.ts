// Builds the Teams app package an admin uploads (`npm run package:teams`): manifest.json with the
// bot's id from the environment and the two icons Teams asks for (bot/teams-app/color.png, 192×192, and
// outline.png, 32×32 white on transparent, committed as files), zipped with yazl into
// dist/dpa-review-teams.zip.
//   MicrosoftAppId=<bot app id> npm run package:teams [-- --out FILE]

import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ZipFile } from 'yazl';

export const MANIFEST_VERSION = '1.17';
export const MANIFEST_SCHEMA = `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
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

/** The icons, committed as files (drawn once; Teams checks their sizes). */
export const ICON_DIR = join(__dirname, '..', 'bot', 'teams-app');

/**
 * Builds the Teams app zip and writes it to `outFile`.
 *
 * @example packageTeamsApp(process.env, 'dist/dpa-review-teams.zip')
 */
export async function packageTeamsApp(env: Record<string, string | undefined>, outFile: string, version = '0.1.0'): Promise<string> {
  const manifest = teamsManifest(env, version);
  mkdirSync(dirname(outFile), { recursive: true });
  const zip = new ZipFile();
  // a fixed date keeps the package reproducible
  const mtime = new Date(Date.UTC(1980, 0, 1));
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'), 'manifest.json', { mtime });
  for (const icon of ['color.png', 'outline.png']) zip.addBuffer(readFileSync(join(ICON_DIR, icon)), icon, { mtime });
  zip.end();
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(outFile);
    out.on('close', resolve).on('error', reject);
    zip.outputStream.on('error', reject).pipe(out);
  });
  return outFile;
}

if (require.main === module) {
  const outIndex = process.argv.indexOf('--out');
  const outFile = outIndex > 0 ? process.argv[outIndex + 1] : join(__dirname, '..', 'dist', 'dpa-review-teams.zip');
  try {
    const { version } = require('../package.json') as { version: string };
    packageTeamsApp(process.env, outFile, version).then(
      (written) => process.stdout.write(`Teams app package: ${written}\n`),
      (error: unknown) => {
        process.stderr.write(`package:teams: ${(error as Error).message}\n`);
        process.exit(2);
      },
    );
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    process.stderr.write(`package:teams: ${error.message}\n`);
    process.exit(2);
  }
}

// Builds the Teams app package an admin uploads (`npm run package:teams`): manifest.json (Norwegian,
// with the bot's id and the developer's URLs from the environment), en.json (English, named in the
// manifest's localizationInfo) and the two icons Teams asks for (bot/teams-app/color.png, 192×192, and
// outline.png, 32×32 white on transparent, committed as files), zipped with yazl into
// dist/dpa-review-teams.zip. The tests validate both files against Microsoft's published schemas.
//   MicrosoftAppId=<bot app id> TEAMS_DEVELOPER_URL=https://… npm run package:teams [-- --out FILE] [-- --dev]

import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ZipFile } from 'yazl';

export const MANIFEST_VERSION = '1.17';
export const MANIFEST_SCHEMA = `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
export const LOCALIZATION_SCHEMA = `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;
const ACCENT_COLOR = '#1F4E79';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The website of a test package (`--dev`): a reserved name that is never anyone's site. */
const DEV_WEBSITE = 'https://dpa-review.example.com';
/** Hosts that are placeholders, never a production site. */
const PLACEHOLDER_HOST = /(^|\.)(example\.(com|org|net)|invalid|test|localhost)$/i;

/** A packaging setting that is missing or wrong; the message says which. */
export class PackageError extends Error {
  override name = 'PackageError';
}

/** The app's words in one language: the manifest's name, description and bot commands. */
interface AppStrings {
  name: { short: string; full: string };
  description: { short: string; full: string };
  /** Command titles are what Teams types for the user, so they are command words the bot reads. */
  commands: Array<{ title: string; description: string }>;
}

/** The manifest is in Norwegian (bokmål); English comes as a language file (localizationInfo). */
export const DEFAULT_LANGUAGE = 'nb';
const STRINGS: Record<'nb' | 'en', AppStrings> = {
  nb: {
    name: { short: 'DPA-gjennomgang', full: 'DPA-gjennomgang: databehandleravtaler mot referanse' },
    description: {
      short: 'Sjekk databehandleravtaler (GDPR art. 28) mot vår referanse.',
      full:
        'Lim inn et avtalepunkt eller send databehandleravtalen som fil (.docx, .pdf, .txt): boten viser hvert vilkår som er ' +
        'dårligere for behandlingsansvarlig enn referansen, hvorfor det betyr noe og hva vi bør be om i stedet. ' +
        'Fyller også ut Normens Bilag 1a-sjekkliste.',
    },
    commands: [
      { title: 'hjelp', description: 'Hva jeg kan' },
      { title: 'forklar', description: 'forklar <kategori>: forklar en avvikskategori' },
      { title: 'sammenlign', description: 'Sammenlign to versjoner (send to filer)' },
      { title: 'språk', description: 'språk nb|en: velg språk for svarene' },
      { title: 'normen', description: 'Normens Bilag 1a-sjekkliste for en fil' },
    ],
  },
  en: {
    name: { short: 'DPA review', full: 'DPA review: data processing agreements against a reference' },
    description: {
      short: 'Check data processing agreements (GDPR art. 28) against our reference.',
      full:
        'Paste a clause or send the data processing agreement as a file (.docx, .pdf, .txt): the bot shows each term that is ' +
        'worse for the controller than the reference, why it matters and what to ask for instead. ' +
        "Also fills in Normen's Bilag 1a checklist.",
    },
    commands: [
      { title: 'help', description: 'What I can do' },
      { title: 'explain', description: 'explain <category>: explain a deviation category' },
      { title: 'compare', description: 'Compare two versions (send two files)' },
      { title: 'language', description: 'language nb|en: the language of my answers' },
      { title: 'normen', description: "Normen's Bilag 1a checklist for a file" },
    ],
  },
};
/** Commands offered in channels and group chats (compare is for a 1:1 chat). */
const GROUP_COMMANDS = [0, 1, 3, 4];

/** How the package is built. */
export interface PackageOptions {
  /** A test package: placeholder URLs are allowed (with a warning) instead of refused. */
  dev?: boolean;
  /** Where warnings go (default stderr). */
  warn?: (message: string) => void;
}

/**
 * The developer's URLs from the environment: TEAMS_DEVELOPER_URL (required for a production package),
 * TEAMS_PRIVACY_URL (default: website + /privacy), TEAMS_TERMS_URL (default: website + /terms).
 * A production package refuses placeholder hosts; `dev` uses a placeholder website, with a warning.
 *
 * @example developerUrls({ TEAMS_DEVELOPER_URL: 'https://legal.contoso.no/dpa' }) // → { websiteUrl: …, privacyUrl: 'https://legal.contoso.no/dpa/privacy', … }
 */
export function developerUrls(env: Record<string, string | undefined>, options: PackageOptions = {}): { websiteUrl: string; privacyUrl: string; termsOfUseUrl: string } {
  const warn = options.warn ?? ((message: string) => process.stderr.write(`package:teams: warning: ${message}\n`));
  let website = env.TEAMS_DEVELOPER_URL?.trim().replace(/\/+$/, '');
  if (!website) {
    if (!options.dev) {
      throw new PackageError('Set TEAMS_DEVELOPER_URL to your organisation\'s https page for the app (TEAMS_PRIVACY_URL and TEAMS_TERMS_URL default to it + /privacy and /terms), or build a test package with --dev.');
    }
    warn(`TEAMS_DEVELOPER_URL is not set: this test package links to ${DEV_WEBSITE}; do not publish it.`);
    website = DEV_WEBSITE;
  }
  const urls = {
    websiteUrl: website,
    privacyUrl: env.TEAMS_PRIVACY_URL?.trim() || `${website}/privacy`,
    termsOfUseUrl: env.TEAMS_TERMS_URL?.trim() || `${website}/terms`,
  };
  for (const [field, url] of Object.entries(urls)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new PackageError(`${field} is not a URL: ${url}`);
    }
    if (parsed.protocol !== 'https:') throw new PackageError(`Teams needs https URLs: ${url}`);
    if (PLACEHOLDER_HOST.test(parsed.hostname) && !options.dev) throw new PackageError(`${url} is a placeholder, not your organisation's page; set TEAMS_DEVELOPER_URL (and TEAMS_PRIVACY_URL, TEAMS_TERMS_URL).`);
  }
  return urls;
}

function commandLists(strings: AppStrings) {
  return [
    { scopes: ['personal'], commands: strings.commands },
    { scopes: ['team', 'groupChat'], commands: GROUP_COMMANDS.map((i) => strings.commands[i]) },
  ];
}

/**
 * The Teams app manifest for the bot, in Norwegian with English as an additional language. The bot id
 * comes from `MicrosoftAppId`; the app id from `TEAMS_APP_ID` (default: the bot id); the developer
 * from `TEAMS_DEVELOPER_NAME` and the URLs (see developerUrls).
 *
 * @example teamsManifest({ MicrosoftAppId: '1f0c…', TEAMS_DEVELOPER_URL: 'https://legal.contoso.no' }).bots[0].supportsFiles // → true
 */
export function teamsManifest(env: Record<string, string | undefined>, version = '0.1.0', options: PackageOptions = {}) {
  const botId = env.MicrosoftAppId?.trim() ?? '';
  if (!GUID.test(botId)) throw new PackageError('Set MicrosoftAppId to the bot\'s Microsoft app id (a GUID) to build the Teams package.');
  const appId = env.TEAMS_APP_ID?.trim() || botId;
  if (!GUID.test(appId)) throw new PackageError('TEAMS_APP_ID must be a GUID.');
  const strings = STRINGS[DEFAULT_LANGUAGE];
  return {
    $schema: MANIFEST_SCHEMA,
    manifestVersion: MANIFEST_VERSION,
    version,
    id: appId,
    localizationInfo: {
      defaultLanguageTag: DEFAULT_LANGUAGE,
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    },
    developer: { name: env.TEAMS_DEVELOPER_NAME?.trim() || 'dpa-review', ...developerUrls(env, options) },
    name: strings.name,
    description: strings.description,
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: ACCENT_COLOR,
    bots: [
      {
        botId,
        scopes: ['personal', 'team', 'groupChat'],
        supportsFiles: true,
        isNotificationOnly: false,
        commandLists: commandLists(strings),
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: [] as string[],
  };
}

/**
 * The English language file named in the manifest's localizationInfo: the same keys, in English.
 *
 * @example teamsLanguageFile('en')['name.short'] // → 'DPA review'
 */
export function teamsLanguageFile(lang: 'en'): Record<string, string> {
  const strings = STRINGS[lang];
  const file: Record<string, string> = {
    $schema: LOCALIZATION_SCHEMA,
    'name.short': strings.name.short,
    'name.full': strings.name.full,
    'description.short': strings.description.short,
    'description.full': strings.description.full,
  };
  commandLists(strings).forEach((list, listIndex) => {
    list.commands.forEach((command, commandIndex) => {
      file[`bots[0].commandLists[${listIndex}].commands[${commandIndex}].title`] = command.title;
      file[`bots[0].commandLists[${listIndex}].commands[${commandIndex}].description`] = command.description;
    });
  });
  return file;
}

/** The icons, committed as files (drawn once; Teams checks their sizes). */
export const ICON_DIR = join(__dirname, '..', 'bot', 'teams-app');

/**
 * Builds the Teams app zip and writes it to `outFile`.
 *
 * @example packageTeamsApp(process.env, 'dist/dpa-review-teams.zip')
 */
export async function packageTeamsApp(env: Record<string, string | undefined>, outFile: string, version = '0.1.0', options: PackageOptions = {}): Promise<string> {
  const manifest = teamsManifest(env, version, options);
  mkdirSync(dirname(outFile), { recursive: true });
  const zip = new ZipFile();
  // a fixed date keeps the package reproducible
  const mtime = new Date(Date.UTC(1980, 0, 1));
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'), 'manifest.json', { mtime });
  zip.addBuffer(Buffer.from(`${JSON.stringify(teamsLanguageFile('en'), null, 2)}\n`, 'utf8'), 'en.json', { mtime });
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
    packageTeamsApp(process.env, outFile, version, { dev: process.argv.includes('--dev') }).then(
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

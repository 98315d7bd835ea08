// The bot's own words in Norwegian (bokmål) and English: help, prompts and friendly errors.
// Review findings are worded by the engine; these are only the bot's frame around them.

import type { MessageLang, Severity } from '../shared/types';

export interface BotTexts {
  title: string;
  welcome: string;
  helpIntro: string;
  helpCommands: Array<[command: string, what: string]>;
  categoriesTitle: string;
  checkedNothingFound: (checked: string) => string;
  clauseResultTitle: (count: number) => string;
  fileResultTitle: (name: string, count: number) => string;
  summaryBySeverity: string;
  summaryByCategory: string;
  findingsPart: (part: number, parts: number) => string;
  severity: Record<Severity, string>;
  category: string;
  severityLabel: string;
  quote: string;
  missingTerm: string;
  why: string;
  referenceWording: string;
  source: string;
  /** The button that unfolds why a finding's category matters (short: four buttons share a row). */
  whyButton: string;
  /** The button that unfolds a finding's reference wording. */
  showReference: string;
  /** The button that explains a finding's category. */
  explainButton: string;
  /** The button that stops reporting a category in this conversation. */
  acceptButton: string;
  /** The answer to Accept, with an Undo button. */
  accepted: (name: string, id: string) => string;
  undoButton: string;
  /** The answer to Undo. */
  unaccepted: (name: string, id: string) => string;
  /** Under a review: the accepted categories whose findings are not shown. */
  acceptedNotShown: (names: string) => string;
  /** The summary card's button for the Word file with comments. */
  wordFileButton: string;
  /** "avsnitt 57": a finding's paragraph in the Word file. */
  paragraph: (index: number) => string;
  explainUnknown: (topic: string) => string;
  explainPrompt: string;
  deviation: string;
  goodLooksLike: string;
  languageSet: (lang: MessageLang) => string;
  languageAsk: string;
  compareAskTwo: string;
  compareAskNew: (oldName: string) => string;
  compareTitle: (oldName: string, newName: string) => string;
  compareAdded: string;
  compareRemoved: string;
  compareUnchangedLabel: string;
  compareClauses: (added: number, removed: number, changed: number) => [label: string, value: string];
  compareNothingNew: string;
  /** The answer to `normen` with no file and no text: how to use it. */
  normenPrompt: string;
  normenTitle: (name: string) => string;
  /** Stands for the file name when the agreement was pasted. */
  normenPastedText: string;
  normenIntro: string;
  normenByGroup: string;
  normenRowsPart: (part: number, parts: number) => string;
  /** Before the covering clauses' numbers, e.g. "Pkt. 6, 9". */
  normenWhere: string;
  normenReportOffer: string;
  reviewAskFile: string;
  unsupportedFile: (name: string) => string;
  tooManyFiles: string;
  /** More files in one message than are reviewed at once. */
  tooManyFilesAtOnce: string;
  /** The portfolio card over several files sent in one message. */
  portfolioTitle: (files: number, deviations: number) => string;
  portfolioColumns: [file: string, deviations: string, highest: string];
  portfolioNotRead: string;
  reportOffer: string;
  /** In a channel or group chat: files (report, Word file) only in a 1:1 chat. */
  filesOnlyInPersonalChat: string;
  openPersonalChat: string;
  reportUploaded: (name: string) => string;
  reportDeclined: string;
  reportGone: string;
  /** The summary card's line about the Word file with comments, where it is offered as a file. */
  wordFileOffered: string;
  /** The same line where the bot cannot send files (Teams channels and group chats). */
  wordFileHowTo: string;
  /** The file-consent card's description of the Word file. */
  wordFileOffer: string;
  download: Record<'host-not-allowed' | 'timeout' | 'other', string>;
  /** A file over the configured download limit, with the limit. */
  fileTooLarge: (megabytes: number) => string;
  extractFailed: (name: string, reason: string) => string;
  /** "Leser avtale.docx (41 sider) …": a file was read and is being reviewed. */
  reading: (name: string, pages: number | undefined, chars: number) => string;
  /** A job that did not finish: the bot is busy, or the document took too long or too much memory. */
  workFailed: (code: string, name: string | undefined) => string;
  /** The extractor's reasons by error code, where they need translating (en uses the extractor's own). */
  extractErrors: Partial<Record<string, string>>;
  emptyDocument: (name: string) => string;
  internalError: string;
}

/** Files reviewed from one message; more are refused with a message that says the limit. */
export const MAX_FILES_PER_MESSAGE = 10;

const nb: BotTexts = {
  title: 'DPA-gjennomgang',
  welcome:
    'Hei! Jeg gjennomgår databehandleravtaler (GDPR art. 28) fra behandlingsansvarliges side. ' +
    'Lim inn et punkt fra avtalen, eller send meg avtalen som fil (.docx, .pdf eller .txt), så viser jeg hva som avviker fra vår referanse og hva vi bør be om i stedet.',
  helpIntro: 'Slik bruker du meg:',
  helpCommands: [
    ['(tekst)', 'Lim inn ett eller flere avtalepunkter: rask sjekk.'],
    ['(fil)', 'Send avtalen som .docx, .pdf eller .txt: full gjennomgang.'],
    ['compare', 'Sammenlign to versjoner: send to filer (gammel først), nye avvik vises først.'],
    ['explain <kategori>', 'Forklar en avvikskategori, f.eks. explain liability-cap.'],
    ['language nb|en', 'Velg språk for svarene.'],
    ['normen', 'Normens Bilag 1a-sjekkliste: send avtalen som fil med normen i meldingen, eller normen + innlimt tekst.'],
    ['help', 'Vis denne hjelpen.'],
    ['(knapper)', 'Under hvert funn: Hvorfor? og Referanse viser hvorfor det betyr noe og referanseformuleringen; Forklar forklarer kategorien; Godta i samtalen: kategorien rapporteres ikke mer i denne samtalen.'],
  ],
  categoriesTitle: 'Kategoriene jeg sjekker',
  checkedNothingFound: (checked) => `Ingen avvik funnet. Sjekket: ${checked}.`,
  clauseResultTitle: (count) => (count === 1 ? '1 avvik i teksten' : `${count} avvik i teksten`),
  fileResultTitle: (name, count) => `${name}: ${count === 1 ? '1 avvik' : `${count} avvik`}`,
  summaryBySeverity: 'Etter alvorlighet',
  summaryByCategory: 'Etter kategori',
  findingsPart: (part, parts) => `Funn (del ${part} av ${parts})`,
  severity: { high: 'Høy', medium: 'Middels', low: 'Lav', info: 'Info' },
  category: 'Kategori',
  severityLabel: 'Alvorlighet',
  quote: 'Sitat',
  missingTerm: 'Mangler i avtalen',
  why: 'Hvorfor det betyr noe',
  referenceWording: 'Referanseformulering',
  source: 'Kilde',
  whyButton: 'Hvorfor?',
  showReference: 'Referanse',
  explainButton: 'Forklar',
  acceptButton: 'Godta i samtalen',
  accepted: (name, id) => `Greit: «${name}» (${id}) rapporteres ikke mer i denne samtalen.`,
  undoButton: 'Angre',
  unaccepted: (name, id) => `«${name}» (${id}) rapporteres igjen i denne samtalen.`,
  acceptedNotShown: (names) => `Godtatt i denne samtalen og ikke vist: ${names}.`,
  wordFileButton: 'Word-fil med kommentarer',
  paragraph: (index) => `avsnitt ${index} i Word-filen`,
  explainUnknown: (topic) => `Jeg kjenner ikke kategorien «${topic}». Dette er kategoriene:`,
  explainPrompt: 'Skriv explain <kategori>, f.eks. explain breach-notice-deadline. Kategoriene:',
  deviation: 'Avviket',
  goodLooksLike: 'Slik bør det være',
  languageSet: (lang) => (lang === 'nb' ? 'Jeg svarer på norsk fra nå av.' : 'I will answer in English from now on.'),
  languageAsk: 'Skriv language nb eller language en.',
  compareAskTwo: 'Send de to versjonene som filer, den gamle først (gjerne begge i samme melding).',
  compareAskNew: (oldName) => `Fikk ${oldName} som gammel versjon. Send nå den nye versjonen.`,
  compareTitle: (oldName, newName) => `Sammenligning: ${oldName} → ${newName}`,
  compareAdded: 'Nye avvik',
  compareRemoved: 'Avvik som er borte',
  compareUnchangedLabel: 'Uendrede avvik',
  compareClauses: (added, removed, changed) => ['Avtalepunkter', `${added} nye, ${removed} fjernet, ${changed} endret`],
  compareNothingNew: 'Ingen nye avvik i den nye versjonen.',
  normenPrompt:
    'Normen-sjekklisten fyller ut «Ivaretatt» og «Kommentar» i Normens Bilag 1a (26 krav) fra avtalen. ' +
    'Send avtalen som fil (.docx, .pdf eller .txt) og skriv normen i samme melding, ' +
    'eller skriv normen og lim inn avtaleteksten under (i samme melding).',
  normenTitle: (name) => `Normen Bilag 1a: ${name}`,
  normenPastedText: 'innlimt tekst',
  normenIntro: 'Førstegangs utfylling fra avtaleteksten. Kontroller hver rad før skjemaet sendes.',
  normenByGroup: 'Etter gruppe',
  normenRowsPart: (part, parts) => (parts > 1 ? `Kravene (del ${part} av ${parts})` : 'Kravene'),
  normenWhere: 'Pkt.',
  normenReportOffer: 'Vil du ha sjekklisten som Markdown-tabell å lime inn i skjemaet?',
  reviewAskFile: 'Send avtalen som fil (.docx, .pdf eller .txt), eller lim inn teksten.',
  unsupportedFile: (name) => `Jeg kan ikke lese ${name}. Send .docx, .pdf eller .txt.`,
  tooManyFiles: 'Send én fil om gangen (eller to med compare).',
  tooManyFilesAtOnce: `Send høyst ${MAX_FILES_PER_MESSAGE} filer i én melding; jeg har ikke lest noen av dem.`,
  portfolioTitle: (files, deviations) => `${files} avtaler: ${deviations === 1 ? '1 avvik' : `${deviations} avvik`} til sammen`,
  portfolioColumns: ['Fil', 'Avvik', 'Høyeste'],
  portfolioNotRead: 'ikke lest',
  reportOffer: 'Vil du ha hele rapporten som Markdown-fil?',
  filesOnlyInPersonalChat: 'I en kanal eller gruppechat kan jeg ikke sende filer. Send dokumentet til meg i en 1:1-chat, så får du hele rapporten og Word-filen med kommentarer der.',
  openPersonalChat: 'Åpne 1:1-chat med meg',
  reportUploaded: (name) => `Rapporten er lagret som ${name} i OneDrive.`,
  reportDeclined: 'Greit, ingen fil.',
  reportGone: 'Rapporten er ikke lenger tilgjengelig. Send filen på nytt.',
  wordFileOffered: 'Word-fil med kommentarer: avtalen med en kommentar ved hvert avvik kommer som fil under.',
  wordFileHowTo: 'Word-fil med kommentarer: send avtalen til meg i en 1:1-chat, så får du den med en kommentar ved hvert avvik (eller kjør «dpa-review annotate FIL»).',
  wordFileOffer: 'Word-fil med kommentarer: avtalen med en kommentar ved hvert avvik. Vil du ha den?',
  download: {
    'host-not-allowed': 'Jeg henter bare filer fra Teams og SharePoint/OneDrive. Last opp filen i chatten.',
    timeout: 'Det tok for lang tid å hente filen. Prøv igjen.',
    other: 'Jeg fikk ikke hentet filen. Prøv å sende den på nytt.',
  },
  fileTooLarge: (megabytes) => `Filen er for stor (maks ${megabytes.toLocaleString('nb-NO')} MB). Del den opp, eller lagre en mindre versjon (f.eks. uten bilder).`,
  extractFailed: (name, reason) => `Jeg fikk ikke lest ${name}: ${reason}`,
  reading: (name, pages, chars) => `Leser ${name} (${pages ? `${pages} sider` : `ca. ${estimatedPages(chars)} sider`}) …`,
  workFailed: (code, name) =>
    code === 'busy'
      ? 'Jeg har mange dokumenter i kø akkurat nå. Prøv igjen om noen minutter.'
      : code === 'deadline'
        ? `${name ?? 'Teksten'} tok for lang tid å gjennomgå, så jeg ga opp. Del den gjerne opp og send delene hver for seg.`
        : code === 'out-of-memory'
          ? `${name ?? 'Teksten'} er for stor eller sammensatt til at jeg kan gjennomgå den. Del den gjerne opp.`
          : 'Beklager, noe gikk galt hos meg. Prøv igjen om litt.',
  extractErrors: {
    empty: 'dokumentet er tomt.',
    binary: 'filen er ikke et tekstdokument. Bruk .docx, .pdf eller .txt.',
    'too-large': 'filen eller teksten i den er for stor (grensen er 5 MB tekst, om lag 2 500 sider).',
    'corrupt-docx': 'Word-filen er skadet eller ikke en .docx.',
    'zip-bomb': 'Word-filen pakker seg ut til langt mer enn et dokument gjør (den ser ut som en «zip-bombe»), så jeg har ikke åpnet den.',
    'encrypted-pdf': 'PDF-en er passordbeskyttet. Lagre en kopi uten passord og prøv igjen.',
    'no-text-layer': 'PDF-en har ikke tekstlag (trolig en skanning); kjør OCR først.',
    'corrupt-pdf': 'PDF-en er skadet eller ufullstendig.',
    'unsupported-format': 'filtypen støttes ikke. Lagre som .docx, .pdf eller .txt.',
  },
  emptyDocument: (name) => `${name} inneholder ingen tekst jeg kan lese.`,
  internalError: 'Beklager, noe gikk galt hos meg. Prøv igjen om litt.',
};

const en: BotTexts = {
  title: 'DPA review',
  welcome:
    'Hi! I review data processing agreements (GDPR art. 28) from the controller\'s side. ' +
    'Paste a clause, or send me the agreement as a file (.docx, .pdf or .txt), and I will show what departs from our reference and what to ask for instead.',
  helpIntro: 'How to use me:',
  helpCommands: [
    ['(text)', 'Paste one or more clauses: a quick check.'],
    ['(file)', 'Send the agreement as .docx, .pdf or .txt: a full review.'],
    ['compare', 'Compare two versions: send two files (old first); new deviations come first.'],
    ['explain <category>', 'Explain a deviation category, e.g. explain liability-cap.'],
    ['language nb|en', 'Choose the language of my answers.'],
    ['normen', "Normen's Bilag 1a checklist: send the agreement as a file with normen in the message, or normen + pasted text."],
    ['help', 'Show this help.'],
    ['(buttons)', 'Under each finding: Why? and Reference show why it matters and the reference wording; Explain explains the category; Accept in this chat: the category is not reported again in this conversation.'],
  ],
  categoriesTitle: 'The categories I check',
  checkedNothingFound: (checked) => `No deviations found. Checked: ${checked}.`,
  clauseResultTitle: (count) => (count === 1 ? '1 deviation in the text' : `${count} deviations in the text`),
  fileResultTitle: (name, count) => `${name}: ${count === 1 ? '1 deviation' : `${count} deviations`}`,
  summaryBySeverity: 'By severity',
  summaryByCategory: 'By category',
  findingsPart: (part, parts) => `Findings (part ${part} of ${parts})`,
  severity: { high: 'High', medium: 'Medium', low: 'Low', info: 'Info' },
  category: 'Category',
  severityLabel: 'Severity',
  quote: 'Quote',
  missingTerm: 'Missing from the agreement',
  why: 'Why it matters',
  referenceWording: 'Reference wording',
  source: 'Source',
  whyButton: 'Why?',
  showReference: 'Reference',
  explainButton: 'Explain',
  acceptButton: 'Accept in this chat',
  accepted: (name, id) => `OK: "${name}" (${id}) is not reported again in this conversation.`,
  undoButton: 'Undo',
  unaccepted: (name, id) => `"${name}" (${id}) is reported again in this conversation.`,
  acceptedNotShown: (names) => `Accepted in this conversation and not shown: ${names}.`,
  wordFileButton: 'Word file with comments',
  paragraph: (index) => `paragraph ${index} of the Word file`,
  explainUnknown: (topic) => `I don't know the category "${topic}". These are the categories:`,
  explainPrompt: 'Write explain <category>, e.g. explain breach-notice-deadline. The categories:',
  deviation: 'The deviation',
  goodLooksLike: 'What good looks like',
  languageSet: (lang) => (lang === 'nb' ? 'Jeg svarer på norsk fra nå av.' : 'I will answer in English from now on.'),
  languageAsk: 'Write language nb or language en.',
  compareAskTwo: 'Send the two versions as files, the old one first (both in one message is fine).',
  compareAskNew: (oldName) => `Got ${oldName} as the old version. Now send the new version.`,
  compareTitle: (oldName, newName) => `Comparison: ${oldName} → ${newName}`,
  compareAdded: 'New deviations',
  compareRemoved: 'Deviations gone',
  compareUnchangedLabel: 'Unchanged deviations',
  compareClauses: (added, removed, changed) => ['Clauses', `${added} added, ${removed} removed, ${changed} changed`],
  compareNothingNew: 'No new deviations in the new version.',
  normenPrompt:
    "The Normen checklist fills in the \"Ivaretatt\" (met) and \"Kommentar\" (comment) columns of Normen's Bilag 1a (26 requirements) from the agreement. " +
    'Send the agreement as a file (.docx, .pdf or .txt) with normen in the same message, ' +
    'or write normen and paste the agreement text below it (in the same message).',
  normenTitle: (name) => `Normen Bilag 1a: ${name}`,
  normenPastedText: 'pasted text',
  normenIntro: 'A first pass from the agreement text. Check every row before the form is sent.',
  normenByGroup: 'By group',
  normenRowsPart: (part, parts) => (parts > 1 ? `The requirements (part ${part} of ${parts})` : 'The requirements'),
  normenWhere: 'Clause',
  normenReportOffer: 'Would you like the checklist as a Markdown table to paste into the form?',
  reviewAskFile: 'Send the agreement as a file (.docx, .pdf or .txt), or paste its text.',
  unsupportedFile: (name) => `I can't read ${name}. Send .docx, .pdf or .txt.`,
  tooManyFiles: 'Send one file at a time (or two with compare).',
  tooManyFilesAtOnce: `Send at most ${MAX_FILES_PER_MESSAGE} files in one message; I have not read any of them.`,
  portfolioTitle: (files, deviations) => `${files} agreements: ${deviations === 1 ? '1 deviation' : `${deviations} deviations`} in all`,
  portfolioColumns: ['File', 'Deviations', 'Highest'],
  portfolioNotRead: 'not read',
  reportOffer: 'Would you like the full report as a Markdown file?',
  filesOnlyInPersonalChat: 'In a channel or group chat I cannot send files. Send me the document in a 1:1 chat to get the full report and the Word file with comments there.',
  openPersonalChat: 'Open a 1:1 chat with me',
  reportUploaded: (name) => `The report is saved as ${name} in OneDrive.`,
  reportDeclined: 'Fine, no file.',
  reportGone: 'The report is no longer available. Send the file again.',
  wordFileOffered: 'Word file with comments: the agreement with a comment at each deviation follows as a file.',
  wordFileHowTo: 'Word file with comments: send me the agreement in a 1:1 chat to get it with a comment at each deviation (or run "dpa-review annotate FILE").',
  wordFileOffer: 'Word file with comments: the agreement with a comment at each deviation. Would you like it?',
  download: {
    'host-not-allowed': 'I only fetch files from Teams and SharePoint/OneDrive. Upload the file in the chat.',
    timeout: 'Fetching the file took too long. Please try again.',
    other: "I couldn't fetch the file. Please send it again.",
  },
  fileTooLarge: (megabytes) => `The file is too large (max ${megabytes.toLocaleString('en-GB')} MB). Split it, or save a smaller version (e.g. without images).`,
  extractFailed: (name, reason) => `I couldn't read ${name}: ${reason}`,
  reading: (name, pages, chars) => `Reading ${name} (${pages ? `${pages} pages` : `about ${estimatedPages(chars)} pages`}) …`,
  workFailed: (code, name) =>
    code === 'busy'
      ? 'I have many documents queued right now. Please try again in a few minutes.'
      : code === 'deadline'
        ? `${name ?? 'The text'} took too long to review, so I gave up. Try sending it in parts.`
        : code === 'out-of-memory'
          ? `${name ?? 'The text'} is too large or complex for me to review. Try sending it in parts.`
          : 'Sorry, something went wrong on my side. Please try again in a moment.',
  extractErrors: {},
  emptyDocument: (name) => `${name} has no text I can read.`,
  internalError: 'Sorry, something went wrong on my side. Please try again in a moment.',
};

/**
 * The bot's texts in a language.
 *
 * @example textsFor('nb').title // → 'DPA-gjennomgang'
 */
export function textsFor(lang: MessageLang): BotTexts {
  return lang === 'nb' ? nb : en;
}

/**
 * The message language for a Teams locale: Norwegian, Danish and Swedish locales get nb, others en.
 *
 * @example langFromLocale('nb-NO') // → 'nb'
 */
export function langFromLocale(locale: string | undefined): MessageLang {
  return /^(nb|nn|no|da|sv)\b/i.test(locale ?? '') ? 'nb' : 'en';
}

/** Pages of running text, for a document whose page count is not known (about 3,000 characters a page). */
function estimatedPages(chars: number): number {
  return Math.max(1, Math.round(chars / 3000));
}

// Reading what a user wrote to the bot: a command (help, explain, compare, language, normen) or clause
// text to check. A small tokenising parser; pure, no botbuilder.

import type { MessageLang } from '../shared/types';

/** What a message asks the bot to do. */
export type BotCommand =
  | { kind: 'help' }
  | { kind: 'explain'; topic?: string }
  | { kind: 'compare' }
  | { kind: 'language'; lang?: MessageLang }
  | { kind: 'normen'; text?: string }
  | { kind: 'review' }
  | { kind: 'check'; text: string }
  | { kind: 'empty' };

type CommandWord = 'help' | 'explain' | 'compare' | 'language' | 'normen' | 'review';

/** Command words in English and Norwegian (with and without æøå). */
const COMMAND_WORDS: Readonly<Record<string, CommandWord>> = {
  help: 'help', hjelp: 'help', '?': 'help', start: 'help',
  explain: 'explain', forklar: 'explain',
  compare: 'compare', sammenlign: 'compare', 'sammenlikn': 'compare', diff: 'compare',
  language: 'language', lang: 'language', 'språk': 'language', sprak: 'language',
  normen: 'normen', 'bilag-1a': 'normen',
  review: 'review', 'gjennomgå': 'review', gjennomga: 'review', sjekk: 'review', check: 'review',
};

/** A command has at most this many words; a longer message is clause text, whatever its first word. */
const MAX_COMMAND_WORDS = 4;

/**
 * `normen` followed by pasted agreement text: the command word written as a command (lower case,
 * `/normen` or `normen:`), so that a clause that begins with "Normen …" is still a clause to check.
 */
const NORMEN_WITH_TEXT = /^(?:\/?(?:normen|bilag-1a)\b:?|(?:Normen|NORMEN|Bilag-1a):)\s+(?=\S)/;

const LANGUAGE_WORDS: Readonly<Record<string, MessageLang>> = {
  nb: 'nb', no: 'nb', norsk: 'nb', 'bokmål': 'nb', bokmal: 'nb', norwegian: 'nb',
  en: 'en', english: 'en', engelsk: 'en',
};

/**
 * Parses a message (its @mention already removed) into a command.
 *
 * @example
 * parseCommand('explain liability-cap')  // → { kind: 'explain', topic: 'liability-cap' }
 * parseCommand('/språk en')              // → { kind: 'language', lang: 'en' }
 * parseCommand('normen\n1. Databehandler skal …') // → { kind: 'normen', text: '1. Databehandler skal …' }
 * parseCommand('Databehandler skal varsle innen 48 timer.') // → { kind: 'check', text: '…' }
 */
export function parseCommand(message: string | undefined): BotCommand {
  const text = (message ?? '').trim();
  if (!text) return { kind: 'empty' };
  const words = text.split(/\s+/);
  const normenText = NORMEN_WITH_TEXT.exec(text);
  // the pasted text keeps its line breaks: they separate the clauses
  if (normenText && words.length > MAX_COMMAND_WORDS) return { kind: 'normen', text: text.slice(normenText[0].length) };
  const first = words[0].toLowerCase().replace(/^\//, '').replace(/[:.!]$/, '');
  const command = COMMAND_WORDS[first];
  if (!command || words.length > MAX_COMMAND_WORDS) return { kind: 'check', text };
  const rest = words.slice(1).join(' ').trim();

  switch (command) {
    case 'help':
      return rest ? { kind: 'check', text } : { kind: 'help' };
    case 'explain':
      return rest ? { kind: 'explain', topic: rest } : { kind: 'explain' };
    case 'compare':
      return { kind: 'compare' };
    case 'language': {
      const lang = LANGUAGE_WORDS[rest.toLowerCase()];
      if (rest && !lang) return { kind: 'check', text };
      return lang ? { kind: 'language', lang } : { kind: 'language' };
    }
    case 'normen':
      return { kind: 'normen' };
    case 'review':
      return rest ? { kind: 'check', text: rest } : { kind: 'review' };
  }
}

/**
 * Removes `<at>…</at>` mention tags (Teams' form of an @mention) and the plain mention text, then
 * folds whitespace. `mentionTexts` are the texts of the activity's mention entities for the bot.
 *
 * @example stripMentions('<at>DPA review</at> help', ['<at>DPA review</at>']) // → 'help'
 */
export function stripMentions(text: string, mentionTexts: readonly string[]): string {
  let result = text;
  for (const mention of mentionTexts) {
    if (mention) result = result.split(mention).join(' ');
  }
  return result.replace(/<at>[^<]*<\/at>/gi, ' ').replace(/[ \t]+/g, ' ').replace(/^\s+|\s+$/g, '');
}

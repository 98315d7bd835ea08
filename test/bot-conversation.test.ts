// In-process conversations with the Teams bot (botbuilder's TestAdapter), from tables of turns:
// clause text → category ids on the card, help, explain, language, bad files, a channel @mention,
// and the Normen Bilag 1a checklist (a file or pasted text → rows 1–26 with the engine's statuses).

import { strict as assert } from 'node:assert';
import type { Activity } from 'botbuilder';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DownloadError, TEAMS_FILE_DOWNLOAD_INFO } from '../bot/attachments';
import { sharedEngine, normenStatusLabel } from '../bot/engine';
import { botUnderTest, cardsOf, cardTexts, findingCategories, fileConsentAccepted, normenRowsShown, replyTexts } from './fixtures/bot/harness';

const samples = join(__dirname, '..', 'samples');

describe('bot: clause text → findings card', () => {
  const cases: Array<{ text: string; expect: string[]; lang: 'nb' | 'en' }> = [
    { text: 'Databehandler skal om mulig varsle behandlingsansvarlig innen 48 timer etter at bruddet ble oppdaget.', expect: ['breach-notice-deadline'], lang: 'nb' },
    { text: 'The Processor shall notify the Controller of a personal data breach within 72 hours, if possible.', expect: ['breach-notice-deadline'], lang: 'en' },
  ];
  for (const { text, expect, lang } of cases) {
    it(`${expect.join(', ')} ← ${text.slice(0, 50)}…`, async () => {
      const bot = botUnderTest();
      const replies = await bot.turn({ text, locale: lang === 'nb' ? 'nb-NO' : 'en-US' });
      const found = findingCategories(replies);
      for (const id of expect) assert.ok(found.includes(id), `expected ${id} in ${JSON.stringify(found)}`);
      const texts = cardsOf(replies).flatMap(cardTexts).join('\n');
      assert.match(texts, lang === 'nb' ? /Hvorfor det betyr noe/ : /Why it matters/);
    });
  }

  it('says so, and what was checked, when nothing is found', async () => {
    const replies = await botUnderTest().turn({ text: 'Partene har avtalt at møtene holdes i Oslo.', locale: 'nb-NO' });
    assert.deepEqual(findingCategories(replies), []);
    const texts = cardsOf(replies).flatMap(cardTexts).join('\n');
    assert.match(texts, /Ingen avvik funnet\. Sjekket: .+/);
  });
});

describe('bot: commands', () => {
  const table: Array<{ say: string; expect: RegExp; where?: 'card' | 'text' }> = [
    { say: 'help', expect: /explain <kategori>|explain <category>/ },
    { say: 'hjelp', expect: /language nb\|en/ },
    { say: 'explain liability-cap', expect: /liability-cap/ },
    { say: 'explain breach', expect: /breach-notice-deadline/ },
    { say: 'explain nonsense-category', expect: /nonsense-category[\s\S]*governing-law/ },
    { say: 'explain', expect: /missing-art28/ },
    { say: 'normen', expect: /Bilag 1a[\s\S]*\.docx, \.pdf or \.txt[\s\S]*paste/, where: 'text' },
    { say: 'compare', expect: /(gamle|old one) first|den gamle først/, where: 'text' },
    { say: 'language', expect: /language nb|language en/, where: 'text' },
  ];
  for (const { say, expect, where = 'card' } of table) {
    it(`"${say}"`, async () => {
      const replies = await botUnderTest().turn(say);
      const texts = where === 'card' ? cardsOf(replies).flatMap(cardTexts) : replyTexts(replies);
      assert.match(texts.join('\n'), expect);
    });
  }

  it('language en switches the cards to English and is kept per user', async () => {
    const bot = botUnderTest();
    assert.match(replyTexts(await bot.turn('språk en')).join(), /English/);
    const replies = await bot.turn('Databehandler skal om mulig varsle behandlingsansvarlig innen 48 timer etter at bruddet ble oppdaget.');
    assert.deepEqual(findingCategories(replies), ['breach-notice-deadline']);
    assert.match(cardsOf(replies).flatMap(cardTexts).join('\n'), /Why it matters/);
    assert.match(cardsOf(await bot.turn('help')).flatMap(cardTexts).join('\n'), /How to use me/);
  });

  for (const channelId of ['test', 'msteams']) {
    it(`welcomes when added to a conversation (${channelId})`, async () => {
      const replies = await botUnderTest().turn({
        type: 'conversationUpdate',
        channelId,
        membersAdded: [{ id: 'bot', name: 'DPA review' }],
        recipient: { id: 'bot', name: 'DPA review' },
      });
      assert.match(cardsOf(replies).flatMap(cardTexts).join('\n'), /databehandleravtaler|data processing agreements/);
    });
  }
});

describe('bot: in a Teams channel', () => {
  it('answers an @mention with the mention stripped', async () => {
    const bot = botUnderTest();
    const mention = '<at>DPA review</at>';
    const replies = await bot.turn({
      channelId: 'msteams',
      text: `${mention} explain governing-law`,
      conversation: { id: '19:channel@thread.tacv2', conversationType: 'channel', isGroup: true, name: 'Juss' },
      recipient: { id: '28:bot-id', name: 'DPA review' },
      entities: [{ type: 'mention', text: mention, mentioned: { id: '28:bot-id', name: 'DPA review' } }],
    });
    const texts = cardsOf(replies).flatMap(cardTexts).join('\n');
    assert.match(texts, /governing-law/);
  });

  it('checks a clause after the mention', async () => {
    const mention = '<at>DPA review</at>';
    const replies = await botUnderTest().turn({
      channelId: 'msteams',
      text: `${mention} Databehandler skal om mulig varsle innen 48 timer etter at bruddet er oppdaget.`,
      conversation: { id: '19:channel@thread.tacv2', conversationType: 'channel', isGroup: true, name: 'Juss' },
      recipient: { id: '28:bot-id', name: 'DPA review' },
      entities: [{ type: 'mention', text: mention, mentioned: { id: '28:bot-id', name: 'DPA review' } }],
    });
    assert.deepEqual(findingCategories(replies), ['breach-notice-deadline']);
  });
});

describe('bot: files shared in a channel or group chat', () => {
  const channel = { id: '19:channel@thread.tacv2', conversationType: 'channel', isGroup: true, name: 'Juss' };
  const mention = '<at>DPA review</at>';
  const buttonsOf = (replies: Partial<Activity>[]) =>
    cardsOf(replies).flatMap((c) => (c.actions ?? []) as Array<{ type: string; url?: string; title?: string }>);

  it('a shared file arrives as a link: the bot says files come in a 1:1 chat, with a button that opens one', async () => {
    const replies = await botUnderTest().turn({
      channelId: 'msteams',
      text: `${mention} se på denne`,
      locale: 'nb-NO',
      conversation: channel,
      recipient: { id: '28:bot-id', name: 'DPA review' },
      entities: [{ type: 'mention', text: mention, mentioned: { id: '28:bot-id', name: 'DPA review' } }],
      attachments: [{ contentType: 'text/html', content: `<div>${mention} se på denne <a href="https://contoso.sharepoint.com/sites/juss/Delte%20dokumenter/dba.docx?web=1">dba.docx</a></div>` }],
    });
    assert.match(cardsOf(replies).flatMap(cardTexts).join('\n'), /1:1-chat/);
    const open = buttonsOf(replies).find((a) => a.type === 'Action.OpenUrl');
    assert.equal(open?.url, 'https://teams.microsoft.com/l/chat/0/0?users=28%3Abot-id');
  });

  it('a message that only links a web page is not taken for a file', async () => {
    const replies = await botUnderTest().turn({
      channelId: 'msteams',
      text: `${mention} hjelp`,
      conversation: channel,
      recipient: { id: '28:bot-id', name: 'DPA review' },
      entities: [{ type: 'mention', text: mention, mentioned: { id: '28:bot-id', name: 'DPA review' } }],
      attachments: [{ contentType: 'text/html', content: `<div>${mention} hjelp <a href="https://www.datatilsynet.no/">Datatilsynet</a></div>` }],
    });
    assert.doesNotMatch(cardsOf(replies).flatMap(cardTexts).join('\n'), /1:1-chat|1:1 chat/);
  });
});

describe('bot: files', () => {
  const teamsFile = (name: string, url: string) => ({
    contentType: TEAMS_FILE_DOWNLOAD_INFO,
    name,
    content: { downloadUrl: url, uniqueId: 'x', fileType: name.split('.').pop() },
  });

  it('reviews a .docx sent as a Teams file: summary, then findings', async () => {
    const url = 'https://contoso.sharepoint.com/personal/opus-dpa-2025.docx';
    const bot = botUnderTest({ [url]: readFileSync(join(samples, 'opus-dpa-2025.docx')) });
    const replies = await bot.turn({ attachments: [teamsFile('opus-dpa-2025.docx', url)], locale: 'nb-NO' });
    const cards = cardsOf(replies);
    assert.ok(cards.length >= 2, 'a summary card and at least one findings card');
    assert.match(cardTexts(cards[0]).join('\n'), /opus-dpa-2025\.docx: \d+ avvik/);
    const found = new Set(findingCategories(replies));
    for (const id of ['liability-cap']) assert.ok(found.has(id), JSON.stringify([...found]));
    for (const reply of replies) {
      const bytes = Buffer.byteLength(JSON.stringify(reply));
      assert.ok(bytes < 64 * 1024, `each message well under 80 KB (${bytes})`);
      if (cardsOf([reply]).length) assert.ok(bytes < 32 * 1024, `a card message of ${bytes} bytes`);
    }
  });

  it('reviews several files sent in one message: one portfolio card, then each file\'s cards; a broken file is a row', async () => {
    const docx = 'https://contoso.sharepoint.com/personal/opus-dpa-2025.docx';
    const txt = 'https://contoso.sharepoint.com/personal/dossier-dpa.txt';
    const broken = 'https://contoso.sharepoint.com/personal/avtale.docx';
    const bot = botUnderTest({
      [docx]: readFileSync(join(samples, 'opus-dpa-2025.docx')),
      [txt]: readFileSync(join(samples, 'dossier-dpa.txt')),
      [broken]: new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5]),
    });
    const replies = await bot.turn({ attachments: [teamsFile('opus-dpa-2025.docx', docx), teamsFile('dossier-dpa.txt', txt), teamsFile('avtale.docx', broken)], locale: 'nb-NO' });
    assert.match(replyTexts(replies).join('\n'), /avtale\.docx: .*(damaged|skadet)/);
    const cards = cardsOf(replies);
    const portfolio = cardTexts(cards[0]).join('\n');
    assert.match(portfolio, /^3 avtaler: \d+ avvik til sammen/);
    for (const row of ['opus-dpa-2025.docx', 'dossier-dpa.txt', 'avtale.docx', 'ikke lest']) assert.ok(portfolio.includes(row), `${row} in the portfolio card`);
    const titles = cards.map((c) => cardTexts(c)[0]);
    assert.ok(titles.some((t) => /^opus-dpa-2025\.docx: \d+ avvik/.test(t)));
    assert.ok(titles.some((t) => /^dossier-dpa\.txt: \d+ avvik/.test(t)));
    assert.ok(!titles.some((t) => /^avtale\.docx:/.test(t)), 'no review cards for the file that was not read');
  });

  it('says the limit when a message has more files than it reviews at once', async () => {
    const files = Array.from({ length: 11 }, (_, i) => teamsFile(`a${i}.txt`, `https://contoso.sharepoint.com/personal/a${i}.txt`));
    const replies = await botUnderTest().turn({ attachments: files });
    assert.match(replyTexts(replies).join('\n'), /(at most|høyst) 10 (files|filer)/);
  });

  const bad: Array<{ what: string; name: string; bytes: Uint8Array | Error; expect: RegExp }> = [
    { what: 'a corrupt .docx', name: 'avtale.docx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5]), expect: /fikk ikke lest avtale\.docx/ },
    { what: 'an empty .txt', name: 'tom.txt', bytes: new Uint8Array(), expect: /tom\.txt/ },
    { what: 'an unsupported type', name: 'program.exe', bytes: new Uint8Array([1]), expect: /kan ikke lese program\.exe/ },
    { what: 'a host outside the allowed list', name: 'a.docx', bytes: new DownloadError('host-not-allowed', 'evil.example', 'x'), expect: /bare filer fra Teams/ },
    { what: 'a file too large', name: 'b.pdf', bytes: new DownloadError('too-large', 'x.sharepoint.com', 'x'), expect: /Filen er for stor \(maks 10 MB\)/ },
  ];
  for (const { what, name, bytes, expect } of bad) {
    it(`answers ${what} with a friendly message`, async () => {
      const url = `https://contoso.sharepoint.com/${name}`;
      const replies = await botUnderTest({ [url]: bytes }).turn({ attachments: [teamsFile(name, url)], locale: 'nb-NO' });
      const texts = replyTexts(replies).join('\n');
      assert.match(texts, expect);
      assert.doesNotMatch(texts, /\bat .+\.(ts|js):\d+/, 'no stack trace');
    });
  }

  it('compares two versions sent with "compare", new deviations first', async () => {
    const oldUrl = 'https://contoso.sharepoint.com/opus-2024.txt';
    const newUrl = 'https://contoso.sharepoint.com/opus-2025.txt';
    const bot = botUnderTest({
      [oldUrl]: readFileSync(join(samples, 'opus-dpa-2024.txt')),
      [newUrl]: readFileSync(join(samples, 'opus-dpa-2025-clean.txt')),
    });
    assert.match(replyTexts(await bot.turn('compare')).join(), /gamle først|old one first/);
    const first = await bot.turn({ attachments: [teamsFile('opus-2024.txt', oldUrl)] });
    assert.match(replyTexts(first).join(), /opus-2024\.txt/);
    const replies = await bot.turn({ attachments: [teamsFile('opus-2025.txt', newUrl)] });
    const cards = cardsOf(replies);
    assert.match(cardTexts(cards[0]).join('\n'), /opus-2024\.txt → opus-2025\.txt/);
    assert.ok(findingCategories(replies).length > 0, 'the new deviations are listed');
  });

  it('in a Teams 1:1 chat, offers the Markdown report and uploads it when the user accepts', async () => {
    const url = 'https://contoso.sharepoint.com/personal/dossier-dpa.txt';
    const uploads: Array<{ url: string; text: string }> = [];
    const bot = botUnderTest(
      { [url]: readFileSync(join(samples, 'dossier-dpa.txt')) },
      { upload: async (uploadUrl, bytes) => void uploads.push({ url: uploadUrl, text: Buffer.from(bytes).toString('utf8') }) },
    );
    const teams: Partial<Activity> = {
      channelId: 'msteams',
      conversation: { id: 'a:personal', conversationType: 'personal', name: 'dm', isGroup: false },
      recipient: { id: '28:bot-id', name: 'DPA review' },
    };
    const replies = await bot.turn({ ...teams, attachments: [teamsFile('dossier-dpa.txt', url)] });
    const consent = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.consent' && a.name?.endsWith('.md'));
    assert.ok(consent, 'a file-consent card');
    assert.equal(consent.name, 'dpa-review-dossier-dpa.md');
    const { acceptContext } = consent.content as { acceptContext: { reportId: string } };
    const accepted = await bot.turn({
      ...teams,
      ...fileConsentAccepted(acceptContext, { name: 'dpa-review-dossier-dpa.md', uploadUrl: 'https://contoso-my.sharepoint.com/upload/session', contentUrl: 'https://contoso-my.sharepoint.com/f.md', uniqueId: 'u-1', fileType: 'md' }),
    });
    assert.equal(uploads.length, 1);
    assert.equal(uploads[0].url, 'https://contoso-my.sharepoint.com/upload/session');
    assert.match(uploads[0].text, /^#/m, 'the Markdown report');
    const info = accepted.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.info');
    assert.equal(info?.contentUrl, 'https://contoso-my.sharepoint.com/f.md');
  });
});

describe('bot: normen (the Bilag 1a checklist)', function () {
  this.timeout(30_000);
  const teamsFile = (name: string, url: string) => ({
    contentType: TEAMS_FILE_DOWNLOAD_INFO,
    name,
    content: { downloadUrl: url, uniqueId: 'x', fileType: name.split('.').pop() },
  });
  const engine = sharedEngine();
  const ALL_NUMBERS = Array.from({ length: 26 }, (_, i) => i + 1);

  /** The statuses the engine gives the sample, as the card labels them. */
  async function expectedStatuses(file: string, lang?: 'nb' | 'en'): Promise<string[]> {
    const { text } = await engine.extract(readFileSync(join(samples, file)), file, 10 * 1024 * 1024);
    const checklist = engine.normen(text, { lang });
    return checklist.rows.map((row) => normenStatusLabel(row.status, checklist.lang));
  }

  const files: Array<{ file: string; say: string; locale?: string; language?: 'en'; title: RegExp; labels: RegExp }> = [
    { file: 'dossier-dpa.docx', say: 'normen', locale: 'nb-NO', title: /Normen Bilag 1a: dossier-dpa\.docx/, labels: /\bJa\b[\s\S]*\bDelvis\b[\s\S]*\bNei\b/ },
    { file: 'opus-dpa-2024.txt', say: '/normen', locale: 'nb-NO', title: /Normen Bilag 1a: opus-dpa-2024\.txt/, labels: /\bJa\b[\s\S]*\bDelvis\b[\s\S]*\bNei\b/ },
    { file: 'opus-dpa-2025.docx', say: 'bilag-1a', language: 'en', title: /Normen Bilag 1a: opus-dpa-2025\.docx/, labels: /\bYes\b[\s\S]*\bPartly\b[\s\S]*\bNo\b/ },
  ];
  for (const { file, say, locale, language, title, labels } of files) {
    it(`"${say}" + ${file}${language ? ` (language ${language})` : ''} → summary, rows 1–26 with the engine's statuses`, async () => {
      const url = `https://contoso.sharepoint.com/personal/${file}`;
      const bot = botUnderTest({ [url]: readFileSync(join(samples, file)) });
      if (language) await bot.turn(`language ${language}`);
      const replies = await bot.turn({ text: say, locale, attachments: [teamsFile(file, url)] });
      assert.deepEqual(bot.downloads, [url]);
      const cards = cardsOf(replies);
      assert.ok(cards.length >= 2, 'a summary card and the rows');
      const summary = cardTexts(cards[0]).join('\n');
      assert.match(summary, title);
      assert.match(summary, labels);
      assert.doesNotMatch(summary, /Not found|Ikke funnet|not found|ikke funnet/, "the form's answers, not a search result");
      const shown = normenRowsShown(replies);
      assert.deepEqual(shown.map((row) => row.number), ALL_NUMBERS, 'every requirement, in the form\'s order');
      assert.deepEqual(shown.map((row) => row.status), await expectedStatuses(file, language));
      assert.equal(findingCategories(replies).length, 0, 'the checklist, not a deviation review');
      for (const reply of replies) {
        const bytes = Buffer.byteLength(JSON.stringify(reply));
        if (cardsOf([reply]).length) assert.ok(bytes < 32 * 1024, `a card message of ${bytes} bytes`);
      }
      const report = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'text/markdown');
      assert.match(report?.name ?? '', /^normen-bilag-1a-.+\.md$/, 'the form\'s Markdown table offered');
    });
  }

  it('groups the rows under Normen\'s groups, with the status colours', async () => {
    const url = 'https://contoso.sharepoint.com/dossier-dpa.txt';
    const replies = await botUnderTest({ [url]: readFileSync(join(samples, 'dossier-dpa.txt')) })
      .turn({ text: 'normen', locale: 'nb-NO', attachments: [teamsFile('dossier-dpa.txt', url)] });
    const texts = cardsOf(replies).slice(1).flatMap(cardTexts).join('\n');
    for (const group of ['Generelle krav (1–7)', 'Krav til logging (8–11)', 'Taushetsplikt (22–24)', 'Avvikshåndtering (26)']) {
      assert.ok(texts.includes(group), `${group} in the rows`);
    }
    const colours = new Set(JSON.stringify(cardsOf(replies)).match(/"color":"(good|warning|attention)"/g));
    assert.ok(colours.size >= 2, `status colours: ${[...colours]}`);
  });

  it('"normen" + pasted agreement text → the checklist of that text', async () => {
    const text = readFileSync(join(samples, 'dossier-dpa.txt'), 'utf8');
    const replies = await botUnderTest().turn({ text: `normen\n${text}`, locale: 'nb-NO' });
    assert.match(cardTexts(cardsOf(replies)[0]).join('\n'), /Normen Bilag 1a: innlimt tekst/);
    const shown = normenRowsShown(replies);
    assert.deepEqual(shown.map((row) => row.number), ALL_NUMBERS);
    assert.deepEqual(shown.map((row) => row.status), engine.normen(text, {}).rows.map((row) => normenStatusLabel(row.status, 'nb')));
  });

  const prompts: Array<{ locale: string; expect: RegExp }> = [
    { locale: 'nb-NO', expect: /Send avtalen som fil \(\.docx, \.pdf eller \.txt\) og skriv normen/ },
    { locale: 'en-US', expect: /Send the agreement as a file \(\.docx, \.pdf or \.txt\) with normen/ },
  ];
  for (const { locale, expect } of prompts) {
    it(`"normen" with nothing attached → how to use it (${locale})`, async () => {
      const replies = await botUnderTest().turn({ text: 'normen', locale });
      assert.equal(cardsOf(replies).length, 0);
      assert.match(replyTexts(replies).join('\n'), expect);
    });
  }

  it('"normen" with two files → one at a time', async () => {
    const replies = await botUnderTest().turn({
      text: 'normen',
      locale: 'nb-NO',
      attachments: [teamsFile('a.docx', 'https://contoso.sharepoint.com/a.docx'), teamsFile('b.docx', 'https://contoso.sharepoint.com/b.docx')],
    });
    assert.match(replyTexts(replies).join('\n'), /én fil om gangen/);
  });

  it('"normen" with an unreadable file → the friendly file message', async () => {
    const url = 'https://contoso.sharepoint.com/avtale.docx';
    const replies = await botUnderTest({ [url]: new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]) })
      .turn({ text: 'normen', locale: 'nb-NO', attachments: [teamsFile('avtale.docx', url)] });
    assert.match(replyTexts(replies).join('\n'), /fikk ikke lest avtale\.docx/);
    assert.equal(cardsOf(replies).length, 0);
  });

  it('help lists normen', async () => {
    assert.match(cardsOf(await botUnderTest().turn({ text: 'hjelp', locale: 'nb-NO' })).flatMap(cardTexts).join('\n'), /normen: Normens Bilag 1a-sjekkliste/);
  });
});

// In-process conversations with the Teams bot (botbuilder's TestAdapter), from tables of turns:
// clause text → category ids on the card, help, explain, language, bad files, a channel @mention.

import { strict as assert } from 'node:assert';
import type { Activity } from 'botbuilder';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DownloadError, TEAMS_FILE_DOWNLOAD_INFO } from '../bot/attachments';
import { botUnderTest, cardsOf, cardTexts, findingCategories, replyTexts } from './fixtures/bot/harness';

const samples = join(__dirname, '..', 'samples');

describe('bot: clause text → findings card', () => {
  const cases: Array<{ text: string; expect: string[]; lang: 'nb' | 'en' }> = [
    { text: 'Databehandler skal om mulig varsle behandlingsansvarlig innen 48 timer etter at bruddet ble oppdaget.', expect: ['breach-notice-deadline'], lang: 'nb' },
    { text: 'The Processor shall notify the Controller of a personal data breach within 72 hours, if possible.', expect: ['breach-notice-deadline'], lang: 'en' },
  ];
  for (const { text, expect, lang } of cases) {
    it(`${expect.join(', ')} ← ${text.slice(0, 50)}…`, async () => {
      const bot = botUnderTest();
      const replies = await bot.turn(text);
      const found = findingCategories(replies);
      for (const id of expect) assert.ok(found.includes(id), `expected ${id} in ${JSON.stringify(found)}`);
      const texts = cardsOf(replies).flatMap(cardTexts).join('\n');
      assert.match(texts, lang === 'nb' ? /Hvorfor det betyr noe/ : /Why it matters/);
    });
  }

  it('says so, and what was checked, when nothing is found', async () => {
    const replies = await botUnderTest().turn('Partene har avtalt at møtene holdes i Oslo.');
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
    { say: 'normen', expect: /Normen/, where: 'text' },
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

describe('bot: files', () => {
  const teamsFile = (name: string, url: string) => ({
    contentType: TEAMS_FILE_DOWNLOAD_INFO,
    name,
    content: { downloadUrl: url, uniqueId: 'x', fileType: name.split('.').pop() },
  });

  it('reviews a .docx sent as a Teams file: summary, then findings', async () => {
    const url = 'https://contoso.sharepoint.com/personal/opus-dpa-2025.docx';
    const bot = botUnderTest({ [url]: readFileSync(join(samples, 'opus-dpa-2025.docx')) });
    const replies = await bot.turn({ attachments: [teamsFile('opus-dpa-2025.docx', url)] });
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

  const bad: Array<{ what: string; name: string; bytes: Uint8Array | Error; expect: RegExp }> = [
    { what: 'a corrupt .docx', name: 'avtale.docx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5]), expect: /fikk ikke lest avtale\.docx/ },
    { what: 'an empty .txt', name: 'tom.txt', bytes: new Uint8Array(), expect: /tom\.txt/ },
    { what: 'an unsupported type', name: 'program.exe', bytes: new Uint8Array([1]), expect: /kan ikke lese program\.exe/ },
    { what: 'a host outside the allowed list', name: 'a.docx', bytes: new DownloadError('host-not-allowed', 'evil.example', 'x'), expect: /bare filer fra Teams/ },
    { what: 'a file too large', name: 'b.pdf', bytes: new DownloadError('too-large', 'x.sharepoint.com', 'x'), expect: /for stor/ },
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
    const consent = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.consent');
    assert.ok(consent, 'a file-consent card');
    assert.equal(consent.name, 'dpa-review-dossier-dpa.md');
    const { acceptContext } = consent.content as { acceptContext: { reportId: string } };
    const accepted = await bot.turn({
      ...teams,
      type: 'invoke',
      name: 'fileConsent/invoke',
      value: {
        type: 'fileUpload',
        action: 'accept',
        context: acceptContext,
        uploadInfo: { name: 'dpa-review-dossier-dpa.md', uploadUrl: 'https://contoso-my.sharepoint.com/upload/session', contentUrl: 'https://contoso-my.sharepoint.com/f.md', uniqueId: 'u-1', fileType: 'md' },
      },
    });
    assert.equal(uploads.length, 1);
    assert.equal(uploads[0].url, 'https://contoso-my.sharepoint.com/upload/session');
    assert.match(uploads[0].text, /^#/m, 'the Markdown report');
    const info = accepted.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.info');
    assert.equal(info?.contentUrl, 'https://contoso-my.sharepoint.com/f.md');
  });
});

// The buttons on the bot's finding cards (issue 13): Explain, Accept for this conversation (and Undo),
// the Word file again; "why it matters" and the reference wording folded behind ToggleVisibility;
// one language per user; every card valid for the adaptivecards library. In process (TestAdapter)
// and over real HTTP on 127.0.0.1 with a loopback Bot Connector.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { TEAMS_FILE_DOWNLOAD_INFO } from '../bot/attachments';
import { parseCardAction } from '../bot/card-actions';
import { loadBotConfig } from '../bot/config';
import { sharedEngine } from '../bot/engine';
import { startBotServer, type RunningBot } from '../bot/server';
import { adaptiveCardProblems } from './fixtures/bot/card-validation';
import { botUnderTest, buttonPressed, cardButtons, cardsOf, cardTexts, executeInvoked, findingCategories, replyTexts, teamsActivity } from './fixtures/bot/harness';

const samples = join(__dirname, '..', 'samples');
const BREACH_NB = 'Databehandler skal om mulig varsle behandlingsansvarlig innen 48 timer etter at bruddet ble oppdaget.';
const BREACH_EN = 'The Processor shall notify the Controller of a personal data breach within 72 hours, if possible.';
const CONSENT = 'application/vnd.microsoft.teams.card.file.consent';

const teamsFile = (name: string, url: string) => ({
  contentType: TEAMS_FILE_DOWNLOAD_INFO,
  name,
  content: { downloadUrl: url, uniqueId: 'x', fileType: name.split('.').pop() },
});

const teams1to1: Partial<Activity> = {
  channelId: 'msteams',
  locale: 'nb-NO',
  conversation: { id: 'a:personal', conversationType: 'personal', name: 'dm', isGroup: false },
  recipient: { id: '28:bot-id', name: 'DPA review' },
};

function button(replies: Partial<Activity>[], title: RegExp) {
  const found = cardButtons(replies).find((b) => title.test(b.title));
  assert.ok(found, `a button ${title} among ${JSON.stringify(cardButtons(replies).map((b) => b.title))}`);
  return found;
}

describe('bot: buttons on finding cards', function () {
  this.timeout(60_000);

  it('a finding has Explain and Accept buttons, and why / reference wording folded behind toggles', async () => {
    const replies = await botUnderTest().turn({ text: BREACH_NB, locale: 'nb-NO' });
    const [card] = cardsOf(replies);
    assert.deepEqual(adaptiveCardProblems(card), []);
    const explain = button(replies, /^Forklar$/);
    assert.deepEqual(explain.data, { dpaReview: 'explain', category: 'breach-notice-deadline' });
    assert.equal(explain.type, 'Action.Submit');
    assert.deepEqual(button(replies, /^Godta i samtalen$/).data, { dpaReview: 'accept', category: 'breach-notice-deadline' });
    for (const title of [/^Hvorfor\?$/, /^Referanse$/]) {
      const toggle = button(replies, title);
      assert.equal(toggle.type, 'Action.ToggleVisibility');
      const folded = JSON.stringify(card).includes(`"id":"${toggle.targetElements![0]}","isVisible":false`);
      assert.ok(folded, `${toggle.targetElements![0]} starts folded`);
    }
  });

  const presses: Array<{ what: string; activity: (data: Record<string, unknown>) => Record<string, unknown> }> = [
    { what: 'Action.Submit (a message with the button\'s value)', activity: (data) => buttonPressed(data) },
    { what: 'Action.Execute (an adaptiveCard/action invoke)', activity: (data) => executeInvoked('explain', data) },
  ];
  for (const { what, activity } of presses) {
    it(`pressing Explain explains the category: ${what}`, async () => {
      const bot = botUnderTest();
      const data = button(await bot.turn({ text: BREACH_NB, locale: 'nb-NO' }), /^Forklar$/).data!;
      const replies = await bot.turn({ ...activity(data), locale: 'nb-NO' });
      const texts = cardsOf(replies).flatMap(cardTexts).join('\n');
      assert.match(texts, /^Frist for varsling av sikkerhetsbrudd|breach-notice-deadline/m);
      assert.match(texts, /Avviket[\s\S]*Slik bør det være[\s\S]*Hvorfor det betyr noe/);
      const invokeResponse = replies.find((r) => r.type === 'invokeResponse');
      if (activity(data).type === 'invoke') assert.equal((invokeResponse?.value as { status: number }).status, 200);
    });
  }

  it('Accept hides the category in this conversation (and says so); Undo brings it back; other conversations are not affected', async () => {
    const bot = botUnderTest();
    const accept = button(await bot.turn({ text: BREACH_NB, locale: 'nb-NO' }), /^Godta i samtalen$/);
    const accepted = await bot.turn({ ...buttonPressed(accept.data), locale: 'nb-NO' });
    assert.match(cardsOf(accepted).flatMap(cardTexts).join('\n'), /rapporteres ikke mer i denne samtalen/);
    const again = await bot.turn({ text: BREACH_NB, locale: 'nb-NO' });
    assert.deepEqual(findingCategories(again), []);
    assert.match(cardsOf(again).flatMap(cardTexts).join('\n'), /Godtatt i denne samtalen og ikke vist: .*\(breach-notice-deadline\)/);
    const elsewhere = await bot.turn({ text: BREACH_NB, locale: 'nb-NO', conversation: { id: 'another-chat', isGroup: false, conversationType: 'personal', name: 'x' } });
    assert.deepEqual(findingCategories(elsewhere), ['breach-notice-deadline'], 'accepted for this conversation only');
    const undone = await bot.turn({ ...buttonPressed(button(accepted, /^Angre$/).data), locale: 'nb-NO' });
    assert.match(cardsOf(undone).flatMap(cardTexts).join('\n'), /rapporteres igjen/);
    assert.deepEqual(findingCategories(await bot.turn({ text: BREACH_NB, locale: 'nb-NO' })), ['breach-notice-deadline']);
  });

  it('a value that is not one of the bot\'s buttons is an ordinary message; an unknown category gets the list', async () => {
    const bot = botUnderTest();
    const foreign = await bot.turn({ type: 'message', text: 'help', value: { somethingElse: 1 }, locale: 'en-US' });
    assert.match(cardsOf(foreign).flatMap(cardTexts).join('\n'), /How to use me/);
    const unknown = await bot.turn({ ...buttonPressed({ dpaReview: 'explain', category: 'no-such-category' }), locale: 'en-US' });
    assert.match(cardsOf(unknown).flatMap(cardTexts).join('\n'), /don't know the category "no-such-category"[\s\S]*liability-cap/);
    assert.equal(parseCardAction({ dpaReview: 'explain', category: '<script>' }), undefined);
    assert.equal(parseCardAction({ dpaReview: 'word-file', fileId: '../../etc' }), undefined);
  });

  it('a file review: "why" once per category, every card valid, the Word file button offers the file again after "no"', async () => {
    const url = 'https://contoso.sharepoint.com/personal/opus-dpa-2025.docx';
    const bot = botUnderTest({ [url]: readFileSync(join(samples, 'opus-dpa-2025.docx')) });
    const replies = await bot.turn({ ...teams1to1, attachments: [teamsFile('opus-dpa-2025.docx', url)] });
    const cards = cardsOf(replies);
    for (const card of cards) assert.deepEqual(adaptiveCardProblems(card), [], JSON.stringify(cardTexts(card)[0]));
    const categories = new Set(findingCategories(replies));
    const whyToggles = cardButtons(replies).filter((b) => b.title === 'Hvorfor?');
    assert.equal(whyToggles.length, categories.size, 'one "why" per category');
    assert.ok(findingCategories(replies).length > categories.size, 'more findings than categories (the sample repeats some)');
    const ids = cards.flatMap((card) => JSON.stringify(card).match(/"id":"[^"]+"/g) ?? []);
    assert.equal(new Set(ids).size, ids.length, 'element ids are unique across the review');

    const consents = () => replies.flatMap((r) => r.attachments ?? []).filter((a) => a.contentType === CONSENT);
    assert.deepEqual(consents().map((a) => a.name), ['opus-dpa-2025.reviewed.docx', 'dpa-review-opus-dpa-2025.md']);
    const wordButton = button(replies, /^Word-fil med kommentarer$/);
    const { declineContext } = consents()[0].content as { declineContext: unknown };
    const declined = await bot.turn({ ...teams1to1, type: 'invoke', name: 'fileConsent/invoke', value: { type: 'fileUpload', action: 'decline', context: declineContext } });
    assert.match(replyTexts(declined).join('\n'), /ingen fil/);
    const again = await bot.turn({ ...teams1to1, ...buttonPressed(wordButton.data) });
    const offered = again.flatMap((r) => r.attachments ?? []).filter((a) => a.contentType === CONSENT);
    assert.deepEqual(offered.map((a) => a.name), ['opus-dpa-2025.reviewed.docx']);
    assert.deepEqual((offered[0].content as { acceptContext: unknown }).acceptContext, (consents()[0].content as { acceptContext: unknown }).acceptContext);
  });

  it('every card a long file review and a comparison send is valid and under the size budget', async () => {
    const oldUrl = 'https://contoso.sharepoint.com/opus-2024.txt';
    const newUrl = 'https://contoso.sharepoint.com/opus-2025.txt';
    const bot = botUnderTest({
      [oldUrl]: readFileSync(join(samples, 'opus-dpa-2024.txt')),
      [newUrl]: readFileSync(join(samples, 'opus-dpa-2025-clean.txt')),
    });
    await bot.turn({ text: 'compare', locale: 'en-US' });
    await bot.turn({ attachments: [teamsFile('opus-2024.txt', oldUrl)], locale: 'en-US' });
    const replies = await bot.turn({ attachments: [teamsFile('opus-2025.txt', newUrl)], locale: 'en-US' });
    assert.ok(cardsOf(replies).length >= 2);
    for (const card of cardsOf(replies)) {
      assert.deepEqual(adaptiveCardProblems(card), []);
      assert.ok(Buffer.byteLength(JSON.stringify(card)) < 28 * 1024);
    }
  });
});

describe('bot: every card the bot sends is valid for the adaptivecards library', function () {
  this.timeout(60_000);
  const docxUrl = 'https://contoso.sharepoint.com/personal/dossier-dpa.docx';
  const txtUrl = 'https://contoso.sharepoint.com/personal/opus-dpa-2024.txt';
  const turns: Array<{ what: string; activity: Partial<Activity> }> = [
    { what: 'help', activity: { text: 'help' } },
    { what: 'welcome', activity: { type: 'conversationUpdate', membersAdded: [{ id: 'bot', name: 'DPA review' }], recipient: { id: 'bot', name: 'DPA review' } } },
    { what: 'explain', activity: { text: 'explain liability-cap' } },
    { what: 'the category list', activity: { text: 'explain' } },
    { what: 'nothing found', activity: { text: 'Partene har avtalt at møtene holdes i Oslo.' } },
    { what: 'normen + a file', activity: { text: 'normen', attachments: [teamsFile('dossier-dpa.docx', docxUrl)] } },
    { what: 'several files (the portfolio card)', activity: { attachments: [teamsFile('dossier-dpa.docx', docxUrl), teamsFile('opus-dpa-2024.txt', txtUrl)] } },
  ];
  for (const { what, activity } of turns) {
    it(what, async () => {
      const bot = botUnderTest({ [docxUrl]: readFileSync(join(samples, 'dossier-dpa.docx')), [txtUrl]: readFileSync(join(samples, 'opus-dpa-2024.txt')) });
      const cards = cardsOf(await bot.turn({ locale: 'nb-NO', ...activity }));
      assert.ok(cards.length > 0);
      for (const card of cards) assert.deepEqual(adaptiveCardProblems(card), [], cardTexts(card)[0]);
    });
  }
});

describe('bot: one language per user', function () {
  this.timeout(30_000);
  const table: Array<{ what: string; setup?: string; locale: string; text: string; expect: RegExp; not: RegExp }> = [
    { what: 'an en-US user gets English cards for Norwegian text', locale: 'en-US', text: BREACH_NB, expect: /"Explain"/, not: /Forklar/ },
    { what: 'an nb-NO user gets Norwegian cards for English text', locale: 'nb-NO', text: BREACH_EN, expect: /"Forklar"/, not: /"Explain"/ },
    { what: 'nn-NO counts as Norwegian', locale: 'nn-NO', text: BREACH_EN, expect: /"Forklar"/, not: /"Explain"/ },
    { what: 'the user\'s choice wins over the locale', setup: 'language en', locale: 'nb-NO', text: BREACH_NB, expect: /"Explain"/, not: /Forklar/ },
  ];
  for (const { what, setup, locale, text, expect, not } of table) {
    it(what, async () => {
      const bot = botUnderTest();
      if (setup) await bot.turn({ text: setup, locale });
      const replies = await bot.turn({ text, locale });
      const shown = JSON.stringify(cardsOf(replies));
      assert.match(shown, expect);
      assert.doesNotMatch(shown, not);
    });
  }

  it('the file offer and the errors follow the locale too', async () => {
    const url = 'https://contoso.sharepoint.com/personal/dossier-dpa.txt';
    const bot = botUnderTest({ [url]: readFileSync(join(samples, 'dossier-dpa.txt')) });
    const replies = await bot.turn({ ...teams1to1, locale: 'en-US', attachments: [teamsFile('dossier-dpa.txt', url)] });
    const consents = replies.flatMap((r) => r.attachments ?? []).filter((a) => a.contentType === CONSENT);
    assert.deepEqual(consents.map((a) => (a.content as { description: string }).description.split(':')[0].split('?')[0]), ['Word file with comments', 'Would you like the full report as a Markdown file']);
    assert.match(replyTexts(await bot.turn({ locale: 'en-US', attachments: [teamsFile('x.exe', url)] })).join('\n'), /I can't read x\.exe/);
  });
});

/** A loopback Bot Connector: records the replies the bot posts. */
async function startConnector(): Promise<{ server: Server; url: string; received: Array<Record<string, unknown>> }> {
  const received: Array<Record<string, unknown>> = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method === 'POST' && (req.url ?? '').startsWith('/v3/conversations/')) {
        received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ id: `reply-${received.length}` }));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

async function waitFor(ready: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('bot over HTTP: a button press on a finding card', function () {
  this.timeout(60_000);
  let connector: Awaited<ReturnType<typeof startConnector>>;
  let running: RunningBot;

  before(async () => {
    connector = await startConnector();
    running = await startBotServer(loadBotConfig({ DPA_REVIEW_LOCAL: '1', PORT: '0' }), sharedEngine(), { log: () => undefined });
  });
  after(async () => {
    await running?.close();
    connector?.server.close();
  });

  async function post(activity: Record<string, unknown>): Promise<{ status: number; body: string }> {
    const response = await fetch(`${running.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity) });
    return { status: response.status, body: await response.text() };
  }
  const replies = () => connector.received as Partial<Activity>[];
  const explainShown = () => cardsOf(replies()).flatMap(cardTexts).some((text) => /^Avviket$/.test(text));

  it('Explain (Action.Submit): the button\'s data comes back as a message, and the category is explained', async () => {
    connector.received.length = 0;
    assert.equal((await post(teamsActivity(connector.url, 'msg-clause', { text: BREACH_NB }))).status, 200);
    await waitFor(() => findingCategories(replies()).length > 0, 'the findings card');
    const explain = button(replies(), /^Forklar$/);
    connector.received.length = 0;
    assert.equal((await post(teamsActivity(connector.url, 'msg-press', buttonPressed(explain.data)))).status, 200);
    await waitFor(explainShown, 'the explanation card');
    const texts = cardsOf(replies()).flatMap(cardTexts);
    assert.ok(texts.includes('breach-notice-deadline'), texts.join('\n'));
  });

  it('Explain (Action.Execute): the adaptiveCard/action invoke is answered 200 and the category explained', async () => {
    connector.received.length = 0;
    const invoke = teamsActivity(connector.url, 'inv-1', executeInvoked('explain', { dpaReview: 'explain', category: 'liability-cap' }));
    const { status, body } = await post(invoke);
    assert.equal(status, 200);
    assert.equal(JSON.parse(body).statusCode, 200);
    await waitFor(explainShown, 'the explanation card');
    assert.ok(cardsOf(replies()).flatMap(cardTexts).includes('liability-cap'));
  });
});

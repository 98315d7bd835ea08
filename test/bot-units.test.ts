// The bot's pure parts from tables: settings, command parsing, mention stripping, attachment picking,
// the download rules (allowed hosts, redirects, size, timeout) and splitting long reviews into cards.

import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { downloadFile, fileReferences, isAllowedUrl, TEAMS_FILE_DOWNLOAD_INFO, DownloadError } from '../bot/attachments';
import { card, jsonBytes, splitIntoCards, clauseReviewCards, type CardElement } from '../bot/cards';
import { normenCards } from '../bot/normen-cards';
import { parseCommand, stripMentions, type BotCommand } from '../bot/commands';
import { ConfigError, loadBotConfig, type DownloadRules } from '../bot/config';
import { getCategory, normenChecklist, type Finding, type Review } from '../shared/index';

describe('bot settings', () => {
  it('refuses to start without credentials unless DPA_REVIEW_LOCAL=1', () => {
    assert.throws(() => loadBotConfig({}), ConfigError);
    assert.throws(() => loadBotConfig({ MicrosoftAppId: 'x' }), /both/);
    assert.throws(() => loadBotConfig({ MicrosoftAppId: 'x', MicrosoftAppPassword: 'y', DPA_REVIEW_LOCAL: '1' }), ConfigError);
    assert.throws(() => loadBotConfig({ DPA_REVIEW_LOCAL: '1', PORT: 'eighty' }), /PORT/);
  });

  it('binds local mode to 127.0.0.1 and allows loopback downloads there only', () => {
    const local = loadBotConfig({ DPA_REVIEW_LOCAL: '1', HOST: '0.0.0.0' });
    assert.equal(local.host, '127.0.0.1');
    assert.equal(local.port, 3978);
    assert.equal(local.credentials, undefined);
    assert.ok(local.download.allowedHosts.includes('127.0.0.1'));
    const deployed = loadBotConfig({ MicrosoftAppId: 'a', MicrosoftAppPassword: 'b', MicrosoftAppTenantId: 't', PORT: '8080' });
    assert.equal(deployed.credentials?.appType, 'SingleTenant');
    assert.equal(deployed.port, 8080);
    assert.ok(!deployed.download.allowedHosts.includes('127.0.0.1'));
    assert.ok(deployed.download.allowedHosts.includes('*.sharepoint.com'));
    const custom = loadBotConfig({ MicrosoftAppId: 'a', MicrosoftAppPassword: 'b', DPA_REVIEW_ALLOWED_HOSTS: 'files.example.no, *.example.com' });
    assert.deepEqual(custom.download.allowedHosts, ['files.example.no', '*.example.com']);
  });
});

describe('bot command parser', () => {
  const table: Array<[string, BotCommand]> = [
    ['help', { kind: 'help' }],
    ['  Hjelp ', { kind: 'help' }],
    ['/help', { kind: 'help' }],
    ['explain liability-cap', { kind: 'explain', topic: 'liability-cap' }],
    ['Forklar breach-notice-deadline', { kind: 'explain', topic: 'breach-notice-deadline' }],
    ['explain', { kind: 'explain' }],
    ['compare', { kind: 'compare' }],
    ['sammenlign', { kind: 'compare' }],
    ['language en', { kind: 'language', lang: 'en' }],
    ['språk norsk', { kind: 'language', lang: 'nb' }],
    ['language', { kind: 'language' }],
    ['normen', { kind: 'normen' }],
    ['normen please', { kind: 'normen' }],
    // normen + pasted agreement text: the text keeps its line breaks
    ['normen\n1. Databehandler skal logge all tilgang.\n2. Loggene skal oppbevares.', { kind: 'normen', text: '1. Databehandler skal logge all tilgang.\n2. Loggene skal oppbevares.' }],
    ['/normen Databehandler skal logge all tilgang og bruk.', { kind: 'normen', text: 'Databehandler skal logge all tilgang og bruk.' }],
    ['Normen: Databehandler skal logge all tilgang og bruk.', { kind: 'normen', text: 'Databehandler skal logge all tilgang og bruk.' }],
    // a clause that starts with the word Normen is still a clause
    ['Normen skal følges av leverandøren og underleverandører.', { kind: 'check', text: 'Normen skal følges av leverandøren og underleverandører.' }],
    ['', { kind: 'empty' }],
    ['Databehandler skal varsle innen 48 timer.', { kind: 'check', text: 'Databehandler skal varsle innen 48 timer.' }],
    // a clause that starts with a command word is still a clause
    ['Help with data subject requests shall be charged at hourly rates.', { kind: 'check', text: 'Help with data subject requests shall be charged at hourly rates.' }],
    ['Language of the agreement: English', { kind: 'check', text: 'Language of the agreement: English' }],
  ];
  for (const [input, expected] of table) {
    it(JSON.stringify(input), () => assert.deepEqual(parseCommand(input), expected));
  }

  it('strips Teams @mentions', () => {
    assert.equal(stripMentions('<at>DPA review</at> explain governing-law', ['<at>DPA review</at>']), 'explain governing-law');
    assert.equal(stripMentions('hei <at>Bot</at>', []), 'hei');
  });
});

describe('bot attachments', () => {
  it('picks Teams files and contentUrl attachments, skips the html copy and cards', () => {
    const files = fileReferences([
      { contentType: 'text/html', content: '<p>hei</p>' },
      { contentType: TEAMS_FILE_DOWNLOAD_INFO, name: 'dba.docx', content: { downloadUrl: 'https://x.sharepoint.com/a', fileType: 'docx' } },
      { contentType: 'application/pdf', contentUrl: 'https://x.sharepoint.com/b/avtale.pdf' },
      { contentType: 'application/vnd.microsoft.card.adaptive', content: {} },
    ]);
    assert.deepEqual(files, [
      { name: 'dba.docx', url: 'https://x.sharepoint.com/a' },
      { name: 'avtale.pdf', url: 'https://x.sharepoint.com/b/avtale.pdf' },
    ]);
  });

  const rules = { allowedHosts: ['*.sharepoint.com', 'graph.microsoft.com'], allowLoopbackHttp: false };
  const urls: Array<[string, boolean]> = [
    ['https://contoso.sharepoint.com/f.docx', true],
    ['https://contoso-my.sharepoint.com/personal/f.docx', true],
    ['https://graph.microsoft.com/v1.0/x', true],
    ['https://sharepoint.com/f.docx', false],
    ['https://contoso.sharepoint.com.evil.example/f.docx', false],
    ['https://evilsharepoint.com/f.docx', false],
    ['http://contoso.sharepoint.com/f.docx', false],
    ['https://user:pw@contoso.sharepoint.com/f.docx', false],
    ['http://127.0.0.1:9/f.docx', false],
    ['file:///etc/passwd', false],
  ];
  for (const [url, allowed] of urls) {
    it(`${allowed ? 'allows' : 'refuses'} ${url}`, () => assert.equal(isAllowedUrl(new URL(url), rules), allowed));
  }
});

describe('bot downloads', function () {
  this.timeout(10_000);
  let server: Server;
  let base: string;
  const rules = (overrides: Partial<DownloadRules> = {}): DownloadRules => ({
    allowedHosts: ['127.0.0.1'], allowLoopbackHttp: true, maxBytes: 1000, timeoutMs: 2000, maxRedirects: 3, ...overrides,
  });

  before(async () => {
    server = createServer((req, res) => {
      const path = req.url ?? '';
      if (path === '/small') return void res.end('hello');
      if (path === '/big') return void res.end(Buffer.alloc(5000));
      if (path === '/big-chunked') {
        res.write(Buffer.alloc(600));
        return void setTimeout(() => res.end(Buffer.alloc(600)), 10);
      }
      if (path === '/hop') return void res.writeHead(302, { Location: '/small' }).end();
      if (path === '/loop') return void res.writeHead(302, { Location: '/loop' }).end();
      if (path === '/out') return void res.writeHead(301, { Location: 'https://elsewhere.example/x' }).end();
      if (path === '/slow') return void setTimeout(() => res.end('late'), 3000);
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('downloads from an allowed host and follows allowed redirects', async () => {
    assert.equal(Buffer.from(await downloadFile(`${base}/small`, rules())).toString(), 'hello');
    assert.equal(Buffer.from(await downloadFile(`${base}/hop`, rules())).toString(), 'hello');
  });

  const failures: Array<[string, string, Partial<DownloadRules>, string]> = [
    ['a redirect out of the allowed hosts', '/out', {}, 'host-not-allowed'],
    ['a redirect loop', '/loop', {}, 'too-many-redirects'],
    ['a declared size over the limit', '/big', {}, 'too-large'],
    ['a streamed size over the limit', '/big-chunked', {}, 'too-large'],
    ['a slow server', '/slow', { timeoutMs: 300 }, 'timeout'],
    ['a missing file', '/missing', {}, 'http-status'],
    ['loopback outside local mode', '/small', { allowLoopbackHttp: false }, 'host-not-allowed'],
  ];
  for (const [what, path, overrides, code] of failures) {
    it(`refuses ${what} (${code})`, async () => {
      await assert.rejects(downloadFile(`${base}${path}`, rules(overrides)), (error: unknown) => {
        assert.ok(error instanceof DownloadError);
        assert.equal(error.code, code);
        return true;
      });
    });
  }
});

describe('bot cards', () => {
  it('splits long reviews into cards under the byte budget, keeping every finding', () => {
    const finding = (i: number): Finding => ({
      category: 'liability-cap', severity: 'high', start: i * 100, end: i * 100 + 90, message: `Funn ${i}`,
      messages: { nb: `Funn ${i}`, en: `Finding ${i}` }, messageId: 'capped', quote: 'Ansvaret er begrenset. '.repeat(40),
      reference: { id: 'r', topic: 't', lang: 'nb', text: 'Databehandler svarer fullt ut. '.repeat(40), source: 'Dossier DBA 12' },
    });
    const review = {
      lang: 'nb', checked: ['liability-cap'], findings: Array.from({ length: 60 }, (_, i) => finding(i)),
    } as unknown as Review;
    const cards = clauseReviewCards(review, getCategory, 'nb');
    assert.ok(cards.length > 1, 'split');
    for (const c of cards) {
      assert.equal(c.version, '1.5');
      assert.ok(jsonBytes(c) <= 24 * 1024, `card of ${jsonBytes(c)} bytes`);
    }
    const shown = cards.flatMap((c) => c.body).filter((e) => e.type === 'Container').length;
    assert.equal(shown, 60);
  });

  it('puts one oversized element on a card of its own rather than losing it', () => {
    const cards = splitIntoCards(() => [], [{ type: 'TextBlock', text: 'x'.repeat(100) }, { type: 'TextBlock', text: 'y' }], 50);
    assert.equal(cards.length, 2);
    assert.deepEqual(card([]).body, []);
  });

  it('splits the Normen checklist under a small budget: all 26 rows in order, each group heading before its rows', () => {
    const checklist = normenChecklist('Databehandler skal logge all tilgang og bruk.\n\nTaushetsplikten gjelder også etter avtalens opphør.', { lang: 'nb' });
    const budget = 6 * 1024;
    const [summary, ...rowCards] = normenCards(checklist, 'avtale.txt', 'nb', budget);
    assert.equal(summary.version, '1.5');
    assert.ok(rowCards.length > 2, `split into ${rowCards.length} cards`);
    const numbers: number[] = [];
    for (const c of rowCards) {
      assert.ok(jsonBytes(c) <= budget + 1024, `card of ${jsonBytes(c)} bytes`);
      const containers = c.body.filter((e) => e.type === 'Container');
      // a card's first row is led by its group's heading (the part header comes first)
      assert.equal((c.body[1] as CardElement).type, 'TextBlock', 'a group heading before the first row');
      assert.match(String((c.body[1] as CardElement).text), /\(\d+(–\d+)?\)$/);
      for (const container of containers) {
        const columnSet = (container.items as CardElement[])[0] as { columns: Array<{ items: Array<{ text: string }> }> };
        numbers.push(Number(columnSet.columns[0].items[0].text.replace('.', '')));
      }
    }
    assert.deepEqual(numbers, Array.from({ length: 26 }, (_, i) => i + 1));
  });
});

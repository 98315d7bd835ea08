// The HTML report in a real browser: headless Chromium (Debian's `chromium`, driven by
// playwright-core) opens the page of a sample DPA and the index of a batch, with no console errors,
// no request for anything outside the page, every finding in the list and in the text, keyboard
// links that land on their targets, and a print layout. Screenshots go to test-results/ (look at
// them). Without Chromium the tests are skipped with a message; they install nothing themselves
// (scripts/vscode-setup.sh or `apt-get install -y chromium` does).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { tempDir } from './temp-dir';

const root = resolve(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const results = join(root, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120000, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Opens a file page and records what a careful reviewer would object to. */
async function open(browser: Browser, file: string) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    // following a link to another page of the report is navigation, not an asset
    const ownPage = request.isNavigationRequest() && request.url().startsWith(pathToFileURL(dirname(file)).href + '/');
    if (!ownPage) requests.push(request.url());
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, problems, requests };
}

describe('HTML report in headless Chromium', function () {
  let browser: Browser | undefined;
  const out = tempDir('dpa-html-');

  before(async function () {
    if (!existsSync(CHROMIUM)) {
      console.log(`      (skipped: no Chromium at ${CHROMIUM}; install it with scripts/vscode-setup.sh or apt-get install -y chromium, or set CHROMIUM_PATH)`);
      this.skip();
    }
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    mkdirSync(results, { recursive: true });
  });

  after(async () => {
    await browser?.close();
  });

  it('shows a sample DPA with every finding, no console error and no external request', async () => {
    const json = JSON.parse(run(['review', 'samples/opus-dpa-2025.docx', '--format', 'json']).stdout);
    const html = run(['review', 'samples/opus-dpa-2025.docx', '--format', 'html']);
    assert.equal(html.code, 1, html.stderr);
    const file = join(out, 'opus.html');
    writeFileSync(file, html.stdout);
    const { page, problems, requests } = await open(browser!, file);
    try {
      assert.deepEqual(problems, []);
      assert.deepEqual(requests, [], 'the page asks for nothing outside itself');
      const items = await page.locator('.findings li.finding').count();
      assert.equal(items, json.findings.length);
      assert.ok(items > 5);
      // every located finding has its numbered link in the text, and the link goes to its list item
      const located = json.findings.filter((f: { missing?: boolean }) => !f.missing).length;
      assert.equal(await page.locator('.doc a.pin').count(), located);
      for (let n = 1; n <= items; n++) assert.equal(await page.locator(`#finding-${n}`).count(), 1);
      // the highlighted text is the document's: the first finding's quote is inside a mark
      const first = json.findings.find((f: { missing?: boolean; quote: string }) => !f.missing && f.quote.trim().length > 10);
      const marked = (await page.locator('.doc mark').allTextContents()).join('');
      assert.ok(marked.includes(first.quote.trim().slice(0, 10)), 'a finding\'s words are highlighted');
      // the page text is the document text (nothing lost to escaping)
      const shown = await page.locator('.doc').evaluate((e) => (e as unknown as { innerText: string }).innerText);
      assert.equal(shown.replace(/\s*\d+\s*/g, '').length > 0, true);
      // keyboard: the skip link is the first stop and leads to the findings
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { className: string } } }).document.activeElement.className), 'skip');
      await page.locator('a.pin').nth(2).click();
      assert.match(page.url(), /#finding-3$/);
      await page.screenshot({ path: join(results, 'html-report.png') });
      await page.locator('.finding .jump a').first().click();
      assert.match(page.url(), /#at-\d+$/);
      await page.emulateMedia({ media: 'print' });
      await page.goto(pathToFileURL(file).href);
      await page.screenshot({ path: join(results, 'html-report-print.png') });
      assert.equal(await page.locator('.findings .jump').first().isVisible(), false, 'print hides the in-page links');
      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(pdf.length > 10000);
      assert.deepEqual(problems, []);
      assert.deepEqual(requests, []);
    } finally {
      await page.close();
    }
  });

  it('shows the portfolio index of a batch with a working link to each page', async () => {
    const folder = join(out, 'batch');
    const result = run(['review', 'samples', '--format', 'html', '--out', folder]);
    assert.equal(result.code, 1, result.stderr);
    const { page, problems, requests } = await open(browser!, join(folder, 'index.html'));
    try {
      assert.deepEqual(problems, []);
      assert.deepEqual(requests, []);
      const links = await page.locator('tbody a').count();
      assert.equal(links, 11, 'one link per sample document');
      await page.screenshot({ path: join(results, 'html-index.png'), fullPage: true });
      await page.locator('tbody a').first().click();
      await page.waitForLoadState('load');
      assert.match(page.url(), /001-dossier-dpa\.docx\.html$/);
      assert.ok((await page.locator('li.finding').count()) > 0);
      await page.locator('.back a').click();
      assert.match(page.url(), /index\.html$/);
      assert.deepEqual(problems, []);
      assert.deepEqual(requests, []);
    } finally {
      await page.close();
    }
  });

  it('shows hostile document text as text', async () => {
    const hostile = [
      'DATABEHANDLERAVTALE',
      '1 Formål <script>console.error("xss")</script> og <img src="https://example.com/x.png" onerror="console.error(1)">',
      '2 Varsling om avvik skal skje innen 72 timer. <style>body{display:none}</style> <link rel="stylesheet" href="https://example.com/a.css">',
      '3 "Ansvar" & \'begrensning\': databehandlers samlede ansvar er begrenset til 10 000 kr. <iframe src="https://example.com"></iframe>',
    ].join('\n\n');
    const file = join(out, 'hostile.txt');
    writeFileSync(file, hostile);
    const page1 = join(out, 'hostile.html');
    writeFileSync(page1, run(['review', file, '--format', 'html']).stdout);
    assert.doesNotMatch(readFileSync(page1, 'utf8'), /<script|<img|<iframe|<link/);
    const { page, problems, requests } = await open(browser!, page1);
    try {
      assert.deepEqual(problems, []);
      assert.deepEqual(requests, []);
      const shown = await page.locator('.doc').textContent();
      assert.ok(shown?.includes('<script>console.error("xss")</script>'), 'the markup is shown as the text it is');
      assert.equal(await page.locator('.doc script, .doc img, .doc iframe, .doc style, .doc link').count(), 0);
    } finally {
      await page.close();
    }
  });
});

// The real-VS-Code test (npm run test:extension). On any machine of this project's kind:
//  1. installs what it needs (scripts/vscode-setup.sh: chromium, Node 24, code-server; idempotent);
//  2. builds the .vsix (scripts/vscode-package.mjs) and bundles the in-VS-Code mocha suite;
//  3. starts code-server on 127.0.0.1 (free port, auth none, its own user-data and extensions
//     folders, a config file in a temporary folder), installs the .vsix into it and copies the
//     suite next to the installed extension;
//  4. opens the workbench on a temporary workspace (copies of samples/) in Debian's chromium via
//     playwright-core, with VS Code's display language set to Norwegian (DPA_VSCODE_LOCALE, default
//     nb); checks in the extension host's log that the extension is not activated at start-up,
//     then opens a document, which activates it; the extension runs the suite and writes its
//     results; this script prints them, saves test-results/vscode-workbench.png (and, in the
//     display language, the hover, the command palette and the settings:
//     vscode-{hover,commands,settings}-<locale>.png), and exits 1 on any failure. Every process it
//     started is killed at the end, also on failure.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--bench` (npm run bench:extension): instead of the suite, the edit → diagnostics benchmark
// (test/vscode/suite/latency.bench.ts) on a ~50 KB DPA; it prints median/p95 and asserts nothing.
const benchMode = process.argv.includes('--bench');
const benchDocumentCharacters = 51_200;
const cacheDir = process.env.DPA_VSCODE_CACHE ?? join(projectDir, '.cache', 'vscode');
const resultsDir = join(projectDir, 'test-results');
const screenshotPath = join(resultsDir, benchMode ? 'vscode-bench.png' : 'vscode-workbench.png');
const suiteTimeoutMilliseconds = Number(process.env.DPA_VSCODE_TEST_TIMEOUT_MS ?? 240_000);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const displayLanguage = process.env.DPA_VSCODE_LOCALE ?? 'nb';
const extensionId = 'dpa-review.dpa-review';

const log = (message) => console.log(`[test:extension] ${message}`);
const sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, timeoutMilliseconds, isAlive) {
  const deadline = Date.now() + timeoutMilliseconds;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error('code-server exited before it was ready');
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`no answer from ${url} within ${timeoutMilliseconds} ms`);
}

async function waitForFile(path, timeoutMilliseconds, isAlive) {
  const deadline = Date.now() + timeoutMilliseconds;
  while (Date.now() < deadline) {
    if (existsSync(path)) {
      await sleep(200); // let the writer finish
      return;
    }
    if (!isAlive()) throw new Error('code-server exited before the suite finished');
    await sleep(500);
  }
  throw new Error(`the in-VS-Code suite wrote no results within ${timeoutMilliseconds} ms`);
}

/** Copies the extension host's logs into test-results for a failed run. */
function keepLogs(userDataDir) {
  const logsDir = join(userDataDir, 'logs');
  if (!existsSync(logsDir)) return;
  const target = join(resultsDir, 'vscode-logs');
  rmSync(target, { recursive: true, force: true });
  cpSync(logsDir, target, { recursive: true });
  log(`code-server logs kept in ${target}`);
}

/** The text of the extension host's logs (code-server keeps them under the user-data folder). */
function extensionHostLog(userDataDir) {
  const logsDir = join(userDataDir, 'logs');
  if (!existsSync(logsDir)) return '';
  const texts = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/exthost.*\.log$/.test(entry.name)) texts.push(readFileSync(path, 'utf8'));
    }
  };
  walk(logsDir);
  return texts.join('\n');
}

/** The extension host's line that says why our extension was activated, if it was. */
function activationLine(userDataDir) {
  return extensionHostLog(userDataDir).split('\n').find((line) => line.includes(`_doActivateExtension ${extensionId},`));
}

async function waitForLog(userDataDir, pattern, timeoutMilliseconds, isAlive) {
  const deadline = Date.now() + timeoutMilliseconds;
  while (Date.now() < deadline) {
    const line = extensionHostLog(userDataDir).split('\n').find((candidate) => pattern.test(candidate));
    if (line) return line;
    if (!isAlive()) throw new Error('code-server exited before start-up finished');
    await sleep(500);
  }
  throw new Error(`the extension host logged no ${pattern} within ${timeoutMilliseconds} ms`);
}

/** Opens a workspace file with a click in the Explorer, as a user would. */
async function openFromExplorer(page, fileName) {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first();
  try {
    await row.waitFor({ timeout: 60_000 });
    await row.dblclick();
  } catch (error) {
    await page.screenshot({ path: join(resultsDir, 'vscode-open-failed.png') }).catch(() => undefined);
    throw error;
  }
}

/** Screenshots of the hover, the command palette and the settings, in the display language. */
async function screenshotsInDisplayLanguage(page) {
  // The suite's last test leaves the cursor on a deviation: show its hover (Ctrl+K Ctrl+I).
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  await page.locator('.monaco-hover').first().waitFor({ timeout: 15_000 }).catch(() => undefined);
  await sleep(1000);
  await page.screenshot({ path: join(resultsDir, `vscode-hover-${displayLanguage}.png`) });
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor({ timeout: 30_000 });
  await page.keyboard.type('DPA Review');
  await sleep(1500);
  await page.screenshot({ path: join(resultsDir, `vscode-commands-${displayLanguage}.png`) });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Comma');
  await page.locator('.settings-editor').waitFor({ timeout: 30_000 });
  await sleep(1000);
  await page.keyboard.type(`@ext:${extensionId}`);
  await sleep(2500);
  await page.screenshot({ path: join(resultsDir, `vscode-settings-${displayLanguage}.png`) });
  log(`screenshots in the display language: test-results/vscode-{hover,commands,settings}-${displayLanguage}.png`);
}

const started = [];
let browser;
let workDir;
let exitCode = 1;

function killStarted() {
  for (const child of started) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    try {
      process.kill(-child.pid, 'SIGTERM'); // its whole process group: server, extension host, watchers
    } catch {
      // already gone
    }
  }
}

async function main() {
  const startedAt = Date.now();
  mkdirSync(resultsDir, { recursive: true });
  rmSync(screenshotPath, { force: true });

  log('setting up chromium, Node 24 and code-server (scripts/vscode-setup.sh)');
  execFileSync('bash', [join(projectDir, 'scripts', 'vscode-setup.sh')], { stdio: 'inherit', env: { ...process.env, DPA_VSCODE_CACHE: cacheDir } });
  const codeServer = join(cacheDir, 'code-server.sh');

  log('packaging the extension');
  execFileSync(process.execPath, [join(projectDir, 'scripts', 'vscode-package.mjs')], { stdio: 'inherit', cwd: projectDir });
  const manifest = JSON.parse(readFileSync(join(projectDir, 'extension', 'package.json'), 'utf8'));
  const vsixPath = join(projectDir, 'extension', `${manifest.name}-${manifest.version}.vsix`);

  workDir = mkdtempSync(join(tmpdir(), 'dpa-review-vscode-'));
  const userDataDir = join(workDir, 'user-data');
  const extensionsDir = join(workDir, 'extensions');
  const workspaceDir = join(workDir, 'workspace');
  const resultsFile = join(workDir, 'results.json');
  for (const dir of [userDataDir, extensionsDir, workspaceDir, join(userDataDir, 'User')]) mkdirSync(dir, { recursive: true });

  const suiteBundle = join(workDir, 'in-vscode-suite.js');
  await build({
    entryPoints: [join(projectDir, 'test', 'vscode', 'suite', 'index.ts')],
    outfile: suiteBundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    alias: { mocha: join(projectDir, 'node_modules', 'mocha', 'lib', 'mocha.cjs') },
    logLevel: 'error',
  });

  // The workspace: copies of the samples (the tests edit and accept; the repo stays untouched).
  const samples = join(projectDir, 'samples');
  for (const [from, to] of [
    ['opus-dpa-2025-clean.txt', 'opus-dpa-2025-clean.txt'],
    ['opus-dpa-2025-clean.txt', 'opus-dpa-2025.md'], // the document the harness opens first
    ['opus-dpa-2025-clean.txt', 'opus-quickfix.txt'],
    ['opus-dpa-2025-clean.txt', 'opus-accept.txt'],
    ['opus-dpa-2025-clean.txt', 'opus-bench.txt'],
    ['opus-dpa-2024.txt', 'opus-dpa-2024.txt'],
    ['opus-dpa-2025.docx', 'opus-dpa-2025.docx'],
    ['opus-dpa-2025.pdf', 'opus-dpa-2025.pdf'],
    ['dossier-dpa.txt', 'dossier-dpa.txt'],
    ['dossier-dpa.docx', 'dossier-dpa.docx'],
  ]) copyFileSync(join(samples, from), join(workspaceDir, to));
  // The benchmark's ~50 KB DPA: the Opus 2025 DPA with the start of its 2024 version as an annex.
  const opus2025 = readFileSync(join(samples, 'opus-dpa-2025-clean.txt'), 'utf8');
  const annex = readFileSync(join(samples, 'opus-dpa-2024.txt'), 'utf8');
  writeFileSync(join(workspaceDir, 'bench-50kb.txt'), (opus2025 + '\n\nVedlegg C – tidligere versjon\n\n' + annex).slice(0, benchDocumentCharacters));

  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'window.commandCenter': false,
    'workbench.colorTheme': 'Default Light Modern',
    'editor.minimap.enabled': false,
  }, null, 2));
  // The display language (code-server reads --locale; argv.json is where VS Code keeps it).
  writeFileSync(join(userDataDir, 'User', 'argv.json'), JSON.stringify({ locale: displayLanguage }, null, 2));
  const port = await freePort();
  const configFile = join(workDir, 'config.yaml');
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const commonArgs = ['--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

  log(`installing ${vsixPath} into code-server`);
  execFileSync(codeServer, [...commonArgs, '--install-extension', vsixPath], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (displayLanguage === 'nb') {
    // VS Code has no Norwegian language pack: without one, --locale nb falls back to English.
    // test/vscode/language-pack-nb declares the locale (and translates nothing in VS Code itself).
    const packVsix = join(workDir, 'language-pack-nb.vsix');
    execFileSync('npx', ['--yes', '@vscode/vsce@3.9.2', 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', packVsix], {
      cwd: join(projectDir, 'test', 'vscode', 'language-pack-nb'), stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, npm_config_yes: 'true' },
    });
    execFileSync(codeServer, [...commonArgs, '--install-extension', packVsix], { stdio: ['ignore', 'inherit', 'inherit'] });
    // What "Configure Display Language" leaves behind after installing a pack: the server resolves
    // --locale through languagepacks.json in the user-data folder (an install from the command line
    // does not write it).
    const packDir = readdirSync(extensionsDir).find((name) => name.startsWith('dpa-review-test.test-language-pack-nb-'));
    writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify({
      nb: {
        hash: 'dpa-review-test-nb-0.0.1',
        extensions: [{ extensionIdentifier: { id: 'dpa-review-test.test-language-pack-nb' }, version: '0.0.1' }],
        translations: { vscode: join(extensionsDir, packDir, 'translations', 'main.i18n.json') },
        label: 'norsk bokmål',
      },
    }, null, 2));
  }
  const installed = readdirSync(extensionsDir).find((name) => name.startsWith(`${manifest.publisher}.${manifest.name}-`));
  if (!installed) throw new Error('the .vsix did not install');
  copyFileSync(suiteBundle, join(extensionsDir, installed, 'dist', 'in-vscode-suite.js'));

  log(`starting code-server on 127.0.0.1:${port}`);
  const serverLog = [];
  const server = spawn(codeServer, [
    ...commonArgs,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--ignore-last-opened',
    '--locale', displayLanguage,
    workspaceDir,
  ], {
    detached: true, // own process group, so that everything it starts can be killed together
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DPA_REVIEW_VSCODE_SUITE: 'dist/in-vscode-suite.js', DPA_REVIEW_VSCODE_RESULTS: resultsFile, DPA_REVIEW_VSCODE_MODE: benchMode ? 'bench' : 'test' },
  });
  started.push(server);
  for (const stream of [server.stdout, server.stderr]) stream.on('data', (chunk) => serverLog.push(chunk.toString()));
  const serverAlive = () => server.exitCode === null && server.signalCode === null;
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000, serverAlive);

  log('opening the workbench in chromium');
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspaceDir)}`, { waitUntil: 'domcontentloaded' });

  // Lazy activation: once the extension host has activated what runs at the end of start-up, ours
  // must not be active (no document open); opening a document then activates it.
  const harnessTests = [];
  const startupLine = await waitForLog(userDataDir, /activationEvent: 'onStartupFinished'/, 120_000, serverAlive);
  const earlyActivation = activationLine(userDataDir);
  harnessTests.push(earlyActivation
    ? { title: 'harness: not activated before a document or a command needs it', state: 'failed', durationMilliseconds: 0, error: `activated at start-up: ${earlyActivation}` }
    : { title: 'harness: not activated before a document or a command needs it', state: 'passed', durationMilliseconds: 0 });
  log(`start-up finished (${startupLine.trim().slice(0, 120)}); ${extensionId} ${earlyActivation ? 'was activated' : 'not activated'}`);
  log('opening a Markdown DPA from the Explorer, which activates the extension');
  await openFromExplorer(page, 'opus-dpa-2025.md');

  await waitForFile(resultsFile, suiteTimeoutMilliseconds, serverAlive);
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const activatedBy = activationLine(userDataDir);
  harnessTests.push(activatedBy && /activationEvent: 'onLanguage:markdown'/.test(activatedBy)
    ? { title: `harness: activated by ${/activationEvent: '([^']*)'/.exec(activatedBy)?.[1]}`, state: 'passed', durationMilliseconds: 0 }
    : { title: 'harness: activated by a document', state: 'failed', durationMilliseconds: 0, error: activatedBy ?? 'no activation in the extension host log' });
  results.tests.unshift(...harnessTests);
  results.passed += harnessTests.filter((test) => test.state === 'passed').length;
  results.failed += harnessTests.filter((test) => test.state === 'failed').length;

  await sleep(2500); // let the workbench paint the squiggles and the Problems view
  await page.screenshot({ path: screenshotPath });
  log(`screenshot: ${screenshotPath}`);
  if (!benchMode) await screenshotsInDisplayLanguage(page).catch((error) => log(`screenshots in the display language failed: ${error.message}`));

  console.log(`\nIn VS Code ${results.vscodeVersion} (code-server), extension ${installed}:`);
  for (const test of results.tests) {
    const mark = test.state === 'passed' ? '✓' : test.state === 'failed' ? '✗' : '-';
    console.log(`  ${mark} ${test.title} (${test.durationMilliseconds} ms)`);
    if (test.error) console.log(test.error.split('\n').map((line) => `      ${line}`).join('\n'));
  }
  for (const line of results.benchmark ?? []) console.log(`  benchmark: ${line}`);
  console.log(`\n${results.passed} passed, ${results.failed} failed${results.pending ? `, ${results.pending} skipped` : ''}`);
  log(`took ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
  if (results.failed > 0 || results.passed === 0) {
    keepLogs(userDataDir);
    writeFileSync(join(resultsDir, 'code-server.log'), serverLog.join(''));
  }
  exitCode = results.failed === 0 && results.passed > 0 ? 0 : 1;
}

try {
  await main();
} catch (error) {
  console.error(`[test:extension] failed: ${error instanceof Error ? error.message : String(error)}`);
  if (workDir) keepLogs(join(workDir, 'user-data'));
  console.log('\n0 passed, 1 failed');
  exitCode = 1;
} finally {
  if (browser) await browser.close().catch(() => undefined);
  killStarted();
  await sleep(1000);
  for (const child of started) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  if (workDir && !process.env.DPA_VSCODE_KEEP_WORKDIR) rmSync(workDir, { recursive: true, force: true });
}
process.exit(exitCode);

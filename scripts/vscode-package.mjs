// Builds the VS Code extension into a .vsix (npm run package:extension):
//  1. bundles extension/src/extension.ts and the engine's worker thread (extension/src/engine-worker.ts,
//     with the engine and the clause library) via esbuild.mjs, and the worker thread that reads
//     documents (extension/src/extract-worker.ts);
//  2. copies the parts of pdfjs-dist that PDF extraction loads at run time into
//     extension/dist/node_modules/pdfjs-dist (it is an ES module kept external by the bundles);
//  3. runs vsce 3 (vsce 4 needs Node 22) with no npm dependencies: everything is in dist/;
//  4. checks that the translations (package.nls*.json, l10n/) and both worker threads are in the .vsix.
// Prints the path of the .vsix: extension/dpa-review-<version>.vsix
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import yauzl from 'yauzl';

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const extensionDir = join(projectDir, 'extension');
const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8'));
const vsixPath = join(extensionDir, `${manifest.name}-${manifest.version}.vsix`);

execFileSync(process.execPath, ['esbuild.mjs', 'extension'], { cwd: projectDir, stdio: 'inherit' });
// The document reader's worker thread (PDF reading cannot run on the extension host's main thread).
await build({
  entryPoints: [join(extensionDir, 'src', 'extract-worker.ts')],
  outfile: join(extensionDir, 'dist', 'extract-worker.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['pdfjs-dist'],
  logLevel: 'warning',
});

const pdfjsSource = dirname(join(projectDir, 'node_modules', 'pdfjs-dist', 'package.json'));
const pdfjsTarget = join(extensionDir, 'dist', 'node_modules', 'pdfjs-dist');
rmSync(pdfjsTarget, { recursive: true, force: true });
mkdirSync(join(pdfjsTarget, 'legacy', 'build'), { recursive: true });
for (const file of ['package.json', 'LICENSE', 'legacy/build/pdf.mjs', 'legacy/build/pdf.worker.mjs']) {
  cpSync(join(pdfjsSource, file), join(pdfjsTarget, file));
}
for (const folder of ['cmaps', 'standard_fonts']) {
  if (existsSync(join(pdfjsSource, folder))) cpSync(join(pdfjsSource, folder), join(pdfjsTarget, folder), { recursive: true });
}

rmSync(vsixPath, { force: true });
execFileSync(
  'npx',
  ['--yes', '@vscode/vsce@3.9.2', 'package', '--no-dependencies', '--allow-missing-repository', '--out', vsixPath],
  { cwd: extensionDir, stdio: 'inherit', env: { ...process.env, npm_config_yes: 'true' } },
);

// The translations must be in the .vsix: the manifest's %keys% (package.nls.json and
// package.nls.nb.json) and the run-time strings (l10n/bundle.l10n.nb.json).
const entries = await new Promise((resolve, reject) => {
  yauzl.open(vsixPath, { lazyEntries: true }, (error, zip) => {
    if (error) return reject(error);
    const names = [];
    zip.on('entry', (entry) => { names.push(entry.fileName); zip.readEntry(); });
    zip.on('end', () => resolve(names));
    zip.on('error', reject);
    zip.readEntry();
  });
});
const translations = ['package.nls.json', 'package.nls.nb.json', `${manifest.l10n.replace(/^\.\//, '')}/bundle.l10n.nb.json`];
const workers = ['dist/engine-worker.js', 'dist/extract-worker.js'];
const missing = [...translations, ...workers].filter((file) => !entries.includes(`extension/${file}`));
if (missing.length) throw new Error(`the .vsix lacks ${missing.join(', ')}`);
console.log(vsixPath);

// Bundles each front end into one file in dist/: the CLI, the Teams bot and the VS Code extension.
// The engine (shared/) and the clause library (clauses/*.json) are bundled into each of them.
//   node esbuild.mjs            build all
//   node esbuild.mjs cli bot    build some
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // natural pulls optional storage back ends (mongoose, pg, redis, memjs) that the engine never uses
  external: ['pdfjs-dist', 'mongoose', 'pg', 'pg-native', 'redis', 'memjs', 'webworker-threads'],
};

const targets = {
  // the command is a small launcher (cli/launch.ts) that runs the CLI bundle through V8's code cache
  cli: { entryPoints: ['cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  'cli-main': { entryPoints: ['cli/main.ts'], outfile: 'dist/cli-main.js' },
  // the batch review's worker thread (cli/batch.ts loads it from next to dist/cli.js)
  'review-worker': { entryPoints: ['cli/review-worker.ts'], outfile: 'dist/review-worker.js' },
  bench: { entryPoints: ['scripts/bench.ts'], outfile: 'dist/bench.js' },
  'bench-batch': { entryPoints: ['scripts/bench-batch.ts'], outfile: 'dist/bench-batch.js' },
  bot: { entryPoints: ['bot/index.ts'], outfile: 'dist/bot.js' },
  // the bot's worker thread (bot/isolated-engine.ts loads it from next to dist/bot.js)
  'bot-worker': { entryPoints: ['bot/engine-worker.ts'], outfile: 'dist/bot-worker.js' },
  extension: { entryPoints: ['extension/src/extension.ts'], outfile: 'extension/dist/extension.js', external: [...common.external, 'vscode'] },
  // the extension's engine thread (extension/src/engine-thread.ts loads it from next to dist/extension.js)
  'extension-worker': { entryPoints: ['extension/src/engine-worker.ts'], outfile: 'extension/dist/engine-worker.js' },
};

// Work the engine would otherwise do on its first review (scripts/engine-data.ts), computed now and
// given to the bundles as constants (each a JSON string, parsed on first use). It runs under tsx
// (about a second), so it is kept in dist/engine-data.json and redone only when its inputs change.
function engineData() {
  // (package-lock.json: natural's stemmers are part of the topic models)
  const inputs = ['shared', 'clauses', 'scripts/engine-data.ts', 'package-lock.json'].flatMap((path) => filesUnder(path)).sort();
  const hash = createHash('sha256');
  for (const file of inputs) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  const digest = hash.digest('hex');
  const file = 'dist/engine-data.json';
  const cached = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  if (cached?.inputs === digest) return cached.data;
  mkdirSync('dist', { recursive: true });
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/engine-data.ts', file], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error('esbuild.mjs: scripts/engine-data.ts failed');
  const data = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(file, JSON.stringify({ inputs: digest, data }));
  return data;
}

function filesUnder(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => filesUnder(join(path, entry.name)));
}

common.define = Object.fromEntries(Object.entries(engineData()).map(([name, value]) => [name, JSON.stringify(JSON.stringify(value))]));

const wanted = process.argv.slice(2);
// the bot, the CLI and the extension are never built without their workers; the batch benchmark runs the CLI's
const withWorkers = { bot: ['bot', 'bot-worker'], cli: ['cli', 'cli-main', 'review-worker'], 'bench-batch': ['bench-batch', 'review-worker'], extension: ['extension', 'extension-worker'] };
const names = wanted.length ? [...new Set(wanted.flatMap((name) => withWorkers[name] ?? [name]))] : Object.keys(targets);
for (const name of names) {
  const target = targets[name];
  if (!target) throw new Error(`unknown build target ${name}`);
  if (!existsSync(target.entryPoints[0])) continue; // a front end not written yet
  await build({ ...common, ...target, external: target.external ?? common.external });
}

// The CLI's code cache, from a training review of a shipped sample (see cli/launch.ts); a build
// without it still runs, only slower to start.
if (names.includes('cli-main')) {
  rmSync('dist/cli-main.js.cache', { force: true });
  const training = spawnSync(process.execPath, ['dist/cli.js', 'review', 'samples/opus-dpa-2025-clean.txt', '--format', 'json'], {
    env: { ...process.env, DPA_REVIEW_WRITE_CODE_CACHE: '1' },
    stdio: 'ignore',
  });
  if (training.status !== 0 && training.status !== 1) console.warn('esbuild.mjs: the CLI code cache was not written (the training review failed)');
}

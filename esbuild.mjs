// Bundles each front end into one file in dist/: the CLI, the Teams bot and the VS Code extension.
// The engine (shared/) and the clause library (clauses/*.json) are bundled into each of them.
//   node esbuild.mjs            build all
//   node esbuild.mjs cli bot    build some
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

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
  cli: { entryPoints: ['cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  bench: { entryPoints: ['scripts/bench.ts'], outfile: 'dist/bench.js' },
  bot: { entryPoints: ['bot/index.ts'], outfile: 'dist/bot.js' },
  // the bot's worker thread (bot/isolated-engine.ts loads it from next to dist/bot.js)
  'bot-worker': { entryPoints: ['bot/engine-worker.ts'], outfile: 'dist/bot-worker.js' },
  extension: { entryPoints: ['extension/src/extension.ts'], outfile: 'extension/dist/extension.js', external: [...common.external, 'vscode'] },
};

const wanted = process.argv.slice(2);
// the bot is never built without its worker
const names = wanted.length ? [...new Set(wanted.flatMap((name) => (name === 'bot' ? ['bot', 'bot-worker'] : [name])))] : Object.keys(targets);
for (const name of names) {
  const target = targets[name];
  if (!target) throw new Error(`unknown build target ${name}`);
  if (!existsSync(target.entryPoints[0])) continue; // a front end not written yet
  await build({ ...common, ...target, external: target.external ?? common.external });
}

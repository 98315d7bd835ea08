// The `dpa-review` command as installed (dist/cli.js): sets the CLI's V8 flags, then runs the CLI
// bundle (dist/cli-main.js) through V8's code cache, so a run does not parse and compile the
// bundle's ~1.6 MB again. The cache (dist/cli-main.js.cache) is written by the build, from a
// training review of a shipped sample (`DPA_REVIEW_WRITE_CODE_CACHE=1`), so it also holds the
// functions a review compiles lazily; a run never writes it. A cache from another Node version, or
// for another build of the bundle, is not used: V8 rejects the first and the key below the second.

import './v8-flags';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

const mainPath = join(__dirname, 'cli-main.js');
const cachePath = `${mainPath}.cache`;

// the bundle's size and modification time: a rebuilt bundle never meets the cache of the last one
function bundleKey(): string {
  const stat = statSync(mainPath);
  return `${stat.size}:${Math.round(stat.mtimeMs)}:${process.version}\n`;
}

function readCache(key: string): Buffer | undefined {
  try {
    const data = readFileSync(cachePath);
    const keyLength = data.indexOf(10) + 1;
    return data.subarray(0, keyLength).toString('latin1') === key ? data.subarray(keyLength) : undefined;
  } catch {
    return undefined;
  }
}

const key = bundleKey();
const source = readFileSync(mainPath, 'utf8');
// a script run this way has no `import()`: the bundle loads its one ES module (pdfjs-dist) with
// require() instead (shared/extract/pdf.ts)
const script = new Script(wrap(source), { filename: mainPath, cachedData: readCache(key) });

if (process.env.DPA_REVIEW_WRITE_CODE_CACHE === '1') {
  process.on('exit', () => {
    const temporary = `${cachePath}.${process.pid}`;
    writeFileSync(temporary, Buffer.concat([Buffer.from(key, 'latin1'), script.createCachedData()]));
    renameSync(temporary, cachePath);
  });
}

const module_ = { exports: {} };
script.runInThisContext()(module_.exports, createRequire(mainPath), module_, mainPath, __dirname);

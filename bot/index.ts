// Entry point of the Teams bot (`npm run bot`, dist/bot.js): reads the settings, starts the HTTP
// server with the engine in worker threads, and on SIGINT/SIGTERM stops taking messages, finishes the
// reviews in progress (within DPA_REVIEW_SHUTDOWN_GRACE_MS) and exits. Wiring only; see server.ts,
// dpa-review-bot.ts, storage.ts and isolated-engine.ts.

import { ConfigError, loadBotConfig } from './config';
import { isolatedEngine } from './isolated-engine';
import { logEvent, startBotServer } from './server';

async function main(): Promise<void> {
  let config;
  try {
    config = loadBotConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`dpa-review bot: ${error.message}\n`);
    process.exit(2);
  }
  const engine = isolatedEngine(config.isolation);
  await engine.warm();
  const running = await startBotServer(config, engine);
  process.stdout.write(`dpa-review bot listening on ${running.url}/api/messages${config.local ? ' (local mode: tokens not verified)' : ''}\n`);
  const stop = () => {
    logEvent('stopping', { inFlight: running.inFlight() });
    const giveUp = setTimeout(() => {
      logEvent('shutdown-timeout', { inFlight: running.inFlight(), graceMs: config.shutdownGraceMs });
      process.exit(1);
    }, config.shutdownGraceMs);
    running.close().then(() => engine.close()).then(
      () => {
        clearTimeout(giveUp);
        logEvent('stopped');
        process.exit(0);
      },
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  process.stderr.write(`dpa-review bot could not start: ${error.name}${'code' in error ? ` (${String((error as { code: unknown }).code)})` : ''}\n`);
  process.exit(2);
});

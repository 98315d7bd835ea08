// Entry point of the Teams bot (`npm run bot`, dist/bot.js): reads the settings, starts the HTTP
// server with the engine, stops cleanly on SIGINT/SIGTERM. Wiring only; see server.ts and
// dpa-review-bot.ts.

import { ConfigError, loadBotConfig } from './config';
import { sharedEngine } from './engine';
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
  const running = await startBotServer(config, sharedEngine());
  process.stdout.write(`dpa-review bot listening on ${running.url}/api/messages${config.local ? ' (local mode: tokens not verified)' : ''}\n`);
  const stop = () => {
    logEvent('stopping');
    running.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  process.stderr.write(`dpa-review bot could not start: ${error.name}${'code' in error ? ` (${String((error as { code: unknown }).code)})` : ''}\n`);
  process.exit(2);
});

// `npm run bench` (last part): how soon the bot answers the first pasted clauses after it starts,
// over real HTTP on loopback (dist/bot.js in local mode, a loopback Bot Connector for the replies).
// A clause reply is timed from the POST to the card's arrival at the connector: the bot's own time
// plus a loopback hop. Prints figures only.

import { join } from 'node:path';
import { activity, hasCard, post, startConnector, startLocalBot, waitFor } from '../test/fixtures/bot/loopback-connector';

const root = join(__dirname, '..');

// clauses we wrote, each about another category, so each reply meets rules the last one did not
const CLAUSES = [
  'Databehandler skal om mulig varsle behandlingsansvarlig innen 72 timer etter at et avvik er oppdaget.',
  'The Processor may engage new Subprocessors by updating the list on its website; Customer has no right to object.',
  'Leverandøren kan bruke anonymiserte data fra tjenesten til å forbedre egne produkter og til statistikk.',
  "Processor's total liability under this DPA shall not exceed the fees paid in the three months preceding the claim.",
];

async function main(): Promise<void> {
  const connector = await startConnector({});
  const startedAt = Date.now();
  const { bot, url } = await startLocalBot(root);
  const startMs = Date.now() - startedAt;
  const replyMs: number[] = [];
  for (const [i, clause] of CLAUSES.entries()) {
    const conversation = `bench-${i}`;
    const sentAt = Date.now();
    await post(url, activity(connector.url, conversation, `user-${i}`, { text: clause }));
    const answered = await waitFor(() => hasCard(connector.replies.filter((r) => r.conversation === conversation)), 30_000);
    const card = connector.replies.find((r) => r.conversation === conversation && hasCard([r]));
    replyMs.push(answered && card ? card.at - sentAt : Number.POSITIVE_INFINITY);
  }
  bot.kill('SIGTERM');
  connector.server.close();
  const row = (label: string, value: string, target = '') => `${label.padEnd(37)}${value.padStart(10)}  ${target}`;
  process.stdout.write(`\nbot (dist/bot.js, local mode, loopback)\n`);
  process.stdout.write(`${row('start until listening (workers warm)', `${startMs} ms`)}\n`);
  process.stdout.write(`${row('first pasted clause, reply', `${replyMs[0]} ms`, '<= 300 ms')}\n`);
  process.stdout.write(`${row('next clauses, reply (max)', `${Math.max(...replyMs.slice(1))} ms`)}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`bench-bot: ${error.message}\n`);
  process.exit(1);
});

// The bot under hostile load, over real HTTP on loopback: starts dist/bot.js in local mode and a
// loopback Bot Connector that receives the replies and serves the files, then sends hostile .docx
// files (a bomb of paragraphs, a bomb of spaces, a 50 MB document.xml in a small zip) and an ordinary
// DPA in Teams shape while 20 other users paste clauses. Checks and prints:
//   - each file's POST is answered within 3 s, and its user gets a message about the file;
//   - all 20 clause replies arrive within 30 s;
//   - the bot answers /healthz afterwards, and its resident memory stayed under 1 GB.
// Exit code 0 when all hold. Prints figures only (no document text).
//   npm run load:bot

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bigTextDocx, paragraphBomb, spaceBomb } from '../test/hostile-fixtures';
import { activity, hasCard, post, startConnector, startLocalBot, textsOf, waitFor } from '../test/fixtures/bot/loopback-connector';

const root = join(__dirname, '..');
const CLAUSE_USERS = 20;
const FILE_POST_LIMIT_MS = 3000;
const CLAUSE_REPLY_LIMIT_MS = 30_000;
const RSS_LIMIT_MB = 1024;

/** Resident memory of a process in MB (Linux), worker threads included. */
function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
}

async function main(): Promise<void> {
  process.stdout.write('building the hostile files …\n');
  const files: Record<string, Buffer> = {
    'paragraph-bomb.docx': await paragraphBomb(),
    'space-bomb.docx': await spaceBomb(),
    'big-document-xml.docx': await bigTextDocx(),
    'opus-dpa-2025.docx': readFileSync(join(root, 'samples', 'opus-dpa-2025.docx')),
  };
  const connector = await startConnector(files);
  const startedAt = Date.now();
  const { bot, url: botUrl, stderr: botStderr } = await startLocalBot(root);
  process.stdout.write(`bot started in ${Date.now() - startedAt} ms (workers warmed), ${rssMb(bot.pid!)} MB\n`);

  let maxRss = rssMb(bot.pid!);
  const sampler = setInterval(() => (maxRss = Math.max(maxRss, rssMb(bot.pid!))), 100);

  const clauses = readFileSync(join(root, 'samples', 'opus-dpa-2025-clean.txt'), 'utf8')
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.length > 200)
    .slice(0, CLAUSE_USERS);
  const fileNames = Object.keys(files);

  const sentAt = Date.now();
  const filePosts = fileNames.map((name) =>
    post(botUrl, activity(connector.url, `file-${name}`, `file-user-${name}`, {
      attachments: [{
        contentType: 'application/vnd.microsoft.teams.file.download.info',
        name: name.startsWith('opus') ? name : 'avtale.docx',
        content: { downloadUrl: `${connector.url}/files/${name}`, fileType: 'docx' },
      }],
    })),
  );
  // the clauses come in while the files are being fetched and read
  await new Promise((resolve) => setTimeout(resolve, 100));
  const clauseSentAt = Date.now();
  const clausePosts = clauses.map((clause, i) => post(botUrl, activity(connector.url, `clause-${i}`, `clause-user-${i}`, { text: clause })));
  const [fileResults, clauseResults] = await Promise.all([Promise.all(filePosts), Promise.all(clausePosts)]);

  const repliesOf = (conversation: string) => connector.replies.filter((reply) => reply.conversation === conversation);
  const clausesAnswered = await waitFor(
    () => clauses.every((_, i) => hasCard(repliesOf(`clause-${i}`))),
    CLAUSE_REPLY_LIMIT_MS - (Date.now() - clauseSentAt),
  );
  const clauseReplyMs = clauses.map((_, i) => {
    const card = repliesOf(`clause-${i}`).find((reply) => hasCard([reply]));
    return card ? card.at - clauseSentAt : Number.POSITIVE_INFINITY;
  });
  // every file gets its message (a refusal, or "Leser …" and the review)
  await waitFor(() => fileNames.every((name) => textsOf(repliesOf(`file-${name}`)).length > 0), 120_000);
  await waitFor(() => hasCard(repliesOf('file-opus-dpa-2025.docx')), 120_000);
  const health = await fetch(`${botUrl}/healthz`).then((response) => response.status, () => 0);
  clearInterval(sampler);
  maxRss = Math.max(maxRss, rssMb(bot.pid!));

  const figures = {
    filePostMs: Object.fromEntries(fileNames.map((name, i) => [name, fileResults[i]!.ms])),
    fileFirstMessageMs: Object.fromEntries(fileNames.map((name) => {
      const first = repliesOf(`file-${name}`).find((reply) => reply.body.type === 'message');
      return [name, first ? first.at - sentAt : null];
    })),
    fileMessages: Object.fromEntries(fileNames.map((name) => [name, textsOf(repliesOf(`file-${name}`)).slice(0, 2)])),
    clausePostMsMax: Math.max(...clauseResults.map((result) => result.ms)),
    clauseReplyMsMedian: [...clauseReplyMs].sort((a, b) => a - b)[Math.floor(clauseReplyMs.length / 2)],
    clauseReplyMsMax: Math.max(...clauseReplyMs),
    clausesAnswered: clauseReplyMs.filter(Number.isFinite).length,
    healthAfter: health,
    maxRssMb: maxRss,
    contractTextInLog: clauses.some((clause) => botStderr().includes(clause.slice(20, 80))),
  };
  const checks: Array<[string, boolean]> = [
    [`every file POST answered with 200 within ${FILE_POST_LIMIT_MS} ms`, fileResults.every((result) => result.status === 200 && result.ms <= FILE_POST_LIMIT_MS)],
    ['every file user got a message about the file', fileNames.every((name) => textsOf(repliesOf(`file-${name}`)).length > 0)],
    ['the hostile files were refused as zip bombs or too long', fileNames.filter((name) => !name.startsWith('opus')).every((name) => /zip-bombe|for stor/.test(textsOf(repliesOf(`file-${name}`)).join(' ')))],
    ['the ordinary DPA was read ("Leser …") and reviewed', /Leser /.test(textsOf(repliesOf('file-opus-dpa-2025.docx')).join(' ')) && hasCard(repliesOf('file-opus-dpa-2025.docx'))],
    [`all ${CLAUSE_USERS} clause replies within ${CLAUSE_REPLY_LIMIT_MS} ms`, clausesAnswered && clauseReplyMs.every((ms) => ms <= CLAUSE_REPLY_LIMIT_MS)],
    ['the bot is alive afterwards (/healthz 200)', health === 200 && bot.exitCode === null],
    [`resident memory stayed under ${RSS_LIMIT_MB} MB`, maxRss < RSS_LIMIT_MB],
    ['no contract text in the log', !figures.contractTextInLog],
  ];
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  for (const [what, ok] of checks) process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${what}\n`);
  bot.kill('SIGTERM');
  connector.server.close();
  process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
}

main().catch((error: Error) => {
  process.stderr.write(`bot-load: ${error.message}\n`);
  process.exit(2);
});

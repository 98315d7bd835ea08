// The Teams bot: reads a turn (text, files, commands), asks the engine, answers with cards. It keeps no
// review logic of its own and no module-level state: language and pending comparisons live in
// botbuilder's UserState / ConversationState, which hold ids only; a first document waiting for its
// comparison and the files offered for download are sealed, with a time to live (storage.ts).

import { randomBytes } from 'node:crypto';
import {
  CardFactory,
  ConversationState,
  MemoryStorage,
  TeamsActivityHandler,
  TurnContext,
  UserState,
  type Activity,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type Attachment,
  type FileConsentCardResponse,
  type StatePropertyAccessor,
} from 'botbuilder';
import type { MessageLang, Review } from '../shared/types';
import { AcceptedCategories, acceptedFindings } from './accepted-categories';
import { DownloadError, fileReferences, isSupportedFileName, sharesFileLink, type FileReference } from './attachments';
import { parseCardAction, type CardAction } from './card-actions';
import {
  acceptedCard,
  card,
  categoryListCard,
  clauseReviewCards,
  explainCard,
  fileReviewCards,
  helpCard,
  portfolioCard,
  welcomeCard,
  type AdaptiveCard,
  type PortfolioEntry,
} from './cards';
import { compareCards } from './compare-cards';
import { normenCards } from './normen-cards';
import { parseCommand, stripMentions, type BotCommand } from './commands';
import { withParagraphs, type BotEngine, type ParagraphStarts } from './engine';
import { SealedStore } from './storage';
import { langFromLocale, MAX_FILES_PER_MESSAGE, textsFor, type BotTexts } from './texts';

/** What the bot needs from its host. */
export interface BotDependencies {
  engine: BotEngine;
  conversationState: ConversationState;
  userState: UserState;
  /** Fetches an attachment under the host's download rules (allowed hosts, size, timeout). */
  download: (url: string) => Promise<Uint8Array>;
  /** Uploads a report to a Teams file-consent upload URL under the same rules. */
  upload: (url: string, bytes: Uint8Array) => Promise<void>;
  maxBytes: number;
  /** Operational log: event names and counts only, never document text. */
  log?: (event: string, fields?: Record<string, string | number | boolean>) => void;
  /**
   * Runs slow work (reading files, reviews) after the turn has been answered, with a context for
   * proactive messages to the same conversation (server.ts: the adapter's continueConversationAsync).
   * Without it the work runs inside the turn (the in-process tests).
   */
  defer?: (context: TurnContext, work: (context: TurnContext) => Promise<void>) => void;
  /** How often the typing indicator is renewed while deferred work runs (default 3 s). */
  typingEveryMs?: number;
  /**
   * Where a first document for a comparison and offered files are kept, sealed (the host's store,
   * shared by every instance); default: this process's memory.
   */
  sealed?: SealedStore;
  /** How long an offered file can be accepted (default 24 h). */
  offeredFileTtlMs?: number;
}

/** A document read from a file, kept for a comparison in progress. */
interface ReadDocument {
  name: string;
  text: string;
  /** The file's bytes when it is a .docx (for the Word file with comments); never kept in state. */
  docx?: Uint8Array;
  /** Where a .docx's Word paragraphs begin in `text`, so findings can name their paragraph. */
  paragraphs?: ParagraphStarts;
}

/** A comparison waiting for its files, for one user in one conversation. */
interface PendingCompare {
  userId: string;
  since: number;
  /** The sealed first document ({ name, text }). */
  oldDocumentId?: string;
}

/** A file offered via a Teams file-consent card, in state: its id (the file is sealed under it) and kind. */
interface OfferedReport {
  id: string;
  kind: 'word' | 'markdown';
}

/** An offered file's content, sealed: a Markdown report or a Word file (base64). */
interface OfferedFile {
  name: string;
  markdown?: string;
  base64?: string;
}

/** A kept file as its file-consent card needs it. */
interface KeptFile {
  id: string;
  name: string;
  sizeInBytes: number;
  kind: OfferedReport['kind'];
}

const PENDING_COMPARE_MS = 30 * 60 * 1000;
const KEPT_REPORTS = 3;
const OFFERED_FILE_TTL_MS = 24 * 60 * 60 * 1000;
/** A report sent inline (outside Teams) keeps its message well under the channels' size limits. */
const INLINE_REPORT_MAX_CHARS = 48 * 1024;
const FILE_CONSENT_CONTENT_TYPE = 'application/vnd.microsoft.teams.card.file.consent';
const FILE_INFO_CONTENT_TYPE = 'application/vnd.microsoft.teams.card.file.info';

/**
 * The dpa-review bot for Teams (and any Bot Framework channel).
 *
 * @example
 * const bot = new DpaReviewBot({ engine: sharedEngine(), conversationState, userState, download, upload, maxBytes });
 * await adapter.process(req, res, (context) => bot.run(context));
 */
export class DpaReviewBot extends TeamsActivityHandler {
  private readonly language: StatePropertyAccessor<MessageLang | undefined>;
  private readonly pendingCompare: StatePropertyAccessor<PendingCompare | undefined>;
  private readonly reports: StatePropertyAccessor<OfferedReport[]>;
  /** Whether this group chat or channel was told that files come in a 1:1 chat (told once). */
  private readonly toldFilesInPersonalChat: StatePropertyAccessor<boolean>;
  private readonly accepted: AcceptedCategories;
  private readonly sealed: SealedStore;

  constructor(private readonly deps: BotDependencies) {
    super();
    this.sealed = deps.sealed ?? new SealedStore(new MemoryStorage(), randomBytes(32));
    this.language = deps.userState.createProperty('language');
    this.pendingCompare = deps.conversationState.createProperty('pendingCompare');
    this.reports = deps.conversationState.createProperty('reports');
    this.toldFilesInPersonalChat = deps.conversationState.createProperty('toldFilesInPersonalChat');
    this.accepted = new AcceptedCategories(deps.conversationState);

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await this.greet(context);
      await next();
    });
  }

  /** Runs the turn, then saves the state it changed. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.conversationState.saveChanges(context);
    await this.deps.userState.saveChanges(context);
  }

  private async greet(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const added = activity.membersAdded ?? [];
    const botAdded = added.some((member) => member.id === activity.recipient.id);
    const personal = (activity.conversation.conversationType ?? 'personal') === 'personal';
    const userAdded = added.some((member) => member.id !== activity.recipient.id);
    if (botAdded || (personal && userAdded)) {
      await this.sendCards(context, [welcomeCard(await this.uiLang(context))]);
    }
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    // a button on one of the bot's cards (Action.Submit): the data comes as the message's value
    const action = parseCardAction(activity.value);
    if (action) {
      await this.handleCardAction(context, action);
      return;
    }
    const mentionTexts = (activity.entities ?? [])
      .filter((entity) => entity.type === 'mention' && (entity.mentioned as { id?: string } | undefined)?.id === activity.recipient.id)
      .map((entity) => String(entity.text ?? ''));
    const command = parseCommand(stripMentions(activity.text ?? '', mentionTexts));
    const files = fileReferences(activity.attachments);
    const lang = await this.uiLang(context);
    const texts = textsFor(lang);
    this.deps.log?.('message', { command: command.kind, files: files.length, conversation: activity.conversation.conversationType ?? 'unknown' });

    if (files.length > 0 && command.kind !== 'normen') {
      await this.later(context, (later) => this.handleFiles(later, command, files, lang));
      return;
    }
    // a file shared in a channel or group chat reaches a bot only as a link it may not open
    if (files.length === 0 && activity.conversation.conversationType !== 'personal' && sharesFileLink(activity.attachments)) {
      await this.pointToPersonalChat(context, { always: true });
      return;
    }
    switch (command.kind) {
      case 'help':
      case 'empty':
        await this.sendCards(context, [helpCard(lang)]);
        return;
      case 'explain':
        await this.explain(context, command.topic, lang);
        return;
      case 'language':
        if (!command.lang) {
          await context.sendActivity(texts.languageAsk);
          return;
        }
        await this.language.set(context, command.lang);
        // saved before it is confirmed: the user's next message may reach another instance
        await this.deps.userState.saveChanges(context);
        await context.sendActivity(textsFor(command.lang).languageSet(command.lang));
        return;
      case 'compare':
        await this.pendingCompare.set(context, { userId: activity.from.id, since: Date.now() });
        await context.sendActivity(texts.compareAskTwo);
        return;
      case 'normen':
        await this.later(context, (later) => this.normen(later, files, command.text, lang));
        return;
      case 'review':
        await context.sendActivity(texts.reviewAskFile);
        return;
      case 'check':
        await this.later(context, (later) => this.checkText(later, command.text, lang));
        return;
    }
  }

  /** A button on one of the bot's cards: explain a category, accept it (or undo), the Word file again. */
  private async handleCardAction(context: TurnContext, action: CardAction): Promise<void> {
    const lang = await this.uiLang(context);
    this.deps.log?.('card-action', { action: action.kind });
    if (action.kind === 'word-file') {
      await this.offerKeptFile(context, action.fileId, textsFor(lang));
      return;
    }
    const category = this.deps.engine.getCategory(action.category);
    if (!category) {
      await this.sendCards(context, [categoryListCard(this.deps.engine.categories, lang, textsFor(lang).explainUnknown(action.category))]);
      return;
    }
    if (action.kind === 'explain') {
      await this.sendCards(context, [explainCard(category, lang)]);
    } else if (action.kind === 'accept') {
      await this.accepted.add(context, category.id);
      await this.sendCards(context, [acceptedCard(category, lang, true)]);
    } else {
      await this.accepted.remove(context, category.id);
      await this.sendCards(context, [acceptedCard(category, lang, false)]);
    }
  }

  /**
   * A button with Action.Execute (Universal Actions): the same data as Action.Submit, in an
   * `adaptiveCard/action` invoke; the answer goes to the conversation, the invoke gets a short
   * acknowledgement.
   */
  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const action = parseCardAction(invokeValue);
    if (!action) return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'unknown action' } as never };
    await this.handleCardAction(context, action);
    return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'OK' as never };
  }

  /**
   * Answers the turn at once and does `work` after it (when the host can defer): the user sees the
   * typing indicator, renewed until the work is done, then the work's messages. The state the work
   * changes is saved when it ends.
   */
  private async later(context: TurnContext, work: (context: TurnContext) => Promise<void>): Promise<void> {
    const defer = this.deps.defer;
    if (!defer) {
      await this.orTellWorkFailed(context, work);
      return;
    }
    await context.sendActivity({ type: 'typing' });
    defer(context, async (proactive) => {
      const typing = setInterval(() => {
        proactive.sendActivity({ type: 'typing' }).catch(() => undefined);
      }, this.deps.typingEveryMs ?? 3000);
      try {
        await this.orTellWorkFailed(proactive, work);
      } finally {
        clearInterval(typing);
      }
      await this.deps.conversationState.saveChanges(proactive);
      await this.deps.userState.saveChanges(proactive);
    });
  }

  /** Pasted clause text: a quick check. */
  private async checkText(context: TurnContext, text: string, lang: MessageLang): Promise<void> {
    const accepted = await this.accepted.list(context);
    const result = await this.deps.engine.review(text, { lang, scope: 'auto', acceptedFindings: acceptedFindings(accepted) });
    this.deps.log?.('checked-text', { chars: text.length, findings: result.findings.length });
    await this.sendCards(context, clauseReviewCards(result, this.lookup, lang, { hidden: accepted }));
  }

  private async explain(context: TurnContext, topic: string | undefined, lang: MessageLang): Promise<void> {
    const texts = textsFor(lang);
    const { categories } = this.deps.engine;
    if (!topic) {
      await this.sendCards(context, [categoryListCard(categories, lang, texts.explainPrompt)]);
      return;
    }
    const wanted = topic.toLowerCase().replace(/\s+/g, '-');
    const category =
      this.deps.engine.getCategory(wanted) ??
      categories.find((c) => c.name.nb.toLowerCase() === topic.toLowerCase() || c.name.en.toLowerCase() === topic.toLowerCase()) ??
      onlyOne(categories.filter((c) => c.id.includes(wanted)));
    if (!category) {
      await this.sendCards(context, [categoryListCard(categories, lang, texts.explainUnknown(topic))]);
      return;
    }
    await this.sendCards(context, [explainCard(category, lang)]);
  }

  /**
   * Normen's Bilag 1a checklist (issue 6): an attached file (read like a file review) or the text pasted
   * after the command in, the filled-in checklist out as cards, with the form's Markdown table offered
   * as a file; with neither, how to use it.
   */
  private async normen(context: TurnContext, files: FileReference[], pasted: string | undefined, lang: MessageLang): Promise<void> {
    const texts = textsFor(lang);
    if (files.length > 1) {
      await context.sendActivity(texts.tooManyFiles);
      return;
    }
    let document: ReadDocument | undefined;
    if (files.length === 1) {
      document = await this.readFile(context, files[0], texts);
      if (!document) return;
    } else if (pasted?.trim()) {
      document = { name: texts.normenPastedText, text: pasted };
    } else {
      await context.sendActivity(texts.normenPrompt);
      return;
    }
    const checklist = await this.deps.engine.normen(document.text, { lang });
    this.deps.log?.('normen', { source: files.length === 1 ? 'file' : 'text', met: checklist.summary.met, partly: checklist.summary.partly, notFound: checklist.summary['not-found'] });
    await this.sendCards(context, normenCards(checklist, document.name, lang));
    const base = files.length === 1 ? document.name.replace(/\.[^.]+$/, '') : 'text';
    await this.offerReport(context, this.deps.engine.normenMarkdown(checklist, files.length === 1 ? document.name : undefined), `normen-bilag-1a-${base}.md`, texts.normenReportOffer);
  }

  private async handleFiles(context: TurnContext, command: BotCommand, files: FileReference[], lang: MessageLang): Promise<void> {
    const texts = textsFor(lang);
    const userId = context.activity.from.id;
    const stored = await this.pendingCompare.get(context);
    const pending = stored && stored.userId === userId && Date.now() - stored.since < PENDING_COMPARE_MS ? stored : undefined;

    if (command.kind === 'compare' || pending) {
      // a first document that expired or no longer opens: this file starts the comparison again
      const old = pending?.oldDocumentId ? await this.sealed.get<ReadDocument>(pending.oldDocumentId) : undefined;
      const documents: ReadDocument[] = old ? [old] : [];
      for (const file of files.slice(0, 2 - documents.length)) {
        const document = await this.readFile(context, file, texts);
        if (!document) return;
        documents.push(document);
      }
      if (documents.length < 2) {
        const oldDocumentId = `compare-${randomBytes(16).toString('hex')}`;
        await this.sealed.put(oldDocumentId, { name: documents[0].name, text: documents[0].text }, PENDING_COMPARE_MS);
        await this.pendingCompare.set(context, { userId, since: Date.now(), oldDocumentId });
        // saved before the user is asked: the next file may reach another instance
        await this.deps.conversationState.saveChanges(context);
        await context.sendActivity(texts.compareAskNew(documents[0].name));
        return;
      }
      await this.pendingCompare.delete(context);
      if (pending?.oldDocumentId) await this.sealed.delete(pending.oldDocumentId);
      await this.compareDocuments(context, documents[0], documents[1], lang);
      return;
    }
    if (files.length > MAX_FILES_PER_MESSAGE) {
      await context.sendActivity(texts.tooManyFilesAtOnce);
      return;
    }
    if (files.length > 1) {
      await this.reviewPortfolio(context, files, lang);
      return;
    }
    const document = await this.readFile(context, files[0], texts);
    if (document) await this.reviewDocument(context, document, lang);
  }

  /**
   * Several files in one message: each is read and reviewed in turn (the worker pool bounds the work),
   * then one portfolio card and each file's own cards. A file that cannot be read has its own message
   * and a row that says so; the rest go on.
   */
  private async reviewPortfolio(context: TurnContext, files: FileReference[], lang: MessageLang): Promise<void> {
    const texts = textsFor(lang);
    const accepted = await this.accepted.list(context);
    const entries: PortfolioEntry[] = [];
    for (const file of files) {
      const document = await this.readFile(context, file, texts);
      if (!document) {
        entries.push({ name: file.name });
        continue;
      }
      const result = withParagraphs(await this.deps.engine.review(document.text, { lang, scope: 'document', acceptedFindings: acceptedFindings(accepted) }), document.paragraphs);
      result.document.name = document.name;
      entries.push({ name: document.name, review: result });
    }
    this.deps.log?.('reviewed-portfolio', { files: files.length, reviewed: entries.filter((e) => e.review).length });
    await this.sendCards(context, [portfolioCard(entries, lang)]);
    for (const entry of entries) {
      if (entry.review) await this.sendCards(context, fileReviewCards(entry.review, entry.name, this.lookup, lang, { hidden: accepted }));
    }
  }

  /** Downloads and extracts a file, answering the user with a friendly message when it fails. */
  private async readFile(context: TurnContext, file: FileReference, texts: BotTexts): Promise<ReadDocument | undefined> {
    if (!isSupportedFileName(file.name)) {
      await context.sendActivity(texts.unsupportedFile(file.name));
      return undefined;
    }
    await context.sendActivity({ type: 'typing' });
    let bytes: Uint8Array;
    try {
      bytes = await this.deps.download(file.url);
    } catch (error) {
      if (!(error instanceof DownloadError)) throw error;
      this.deps.log?.('download-refused', { code: error.code, host: error.host });
      const key = error.code === 'private-address' ? 'host-not-allowed' : error.code === 'host-not-allowed' || error.code === 'timeout' ? error.code : 'other';
      // "too large" says the configured limit, so the user knows what to send instead
      const megabytes = Math.round((this.deps.maxBytes / 1024 / 1024) * 10) / 10;
      await context.sendActivity(error.code === 'too-large' ? texts.fileTooLarge(megabytes) : texts.download[key]);
      return undefined;
    }
    try {
      const { text, pages, format, paragraphs } = await this.deps.engine.extract(bytes, file.name, this.deps.maxBytes);
      if (!text.trim()) {
        await context.sendActivity(texts.emptyDocument(file.name));
        return undefined;
      }
      this.deps.log?.('file-read', { extension: extensionOf(file.name), bytes: bytes.byteLength, chars: text.length });
      await context.sendActivity(texts.reading(file.name, pages, text.length));
      return { name: file.name, text, ...(format === 'docx' ? { docx: bytes, paragraphs } : {}) };
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (await this.tellWorkFailed(context, error, file.name, texts)) return undefined;
      if ((error as Error).name !== 'ExtractError' || typeof code !== 'string') throw error;
      this.deps.log?.('extract-failed', { code, extension: extensionOf(file.name) });
      await context.sendActivity(texts.extractFailed(file.name, texts.extractErrors[code] ?? (error as Error).message));
      return undefined;
    }
  }

  private async orTellWorkFailed(context: TurnContext, work: (context: TurnContext) => Promise<void>): Promise<void> {
    try {
      await work(context);
    } catch (error) {
      if (!(await this.tellWorkFailed(context, error, undefined, textsFor(await this.uiLang(context))))) throw error;
    }
  }

  /**
   * When a job in a worker did not finish (the bot is busy, the document took too long or too much
   * memory), tells the user so and answers true.
   */
  private async tellWorkFailed(context: TurnContext, error: unknown, name: string | undefined, texts: BotTexts): Promise<boolean> {
    if ((error as Error)?.name !== 'WorkerJobError') return false;
    const code = (error as { code?: string }).code ?? 'crashed';
    this.deps.log?.('work-failed', { code });
    await context.sendActivity(texts.workFailed(code, name));
    return true;
  }

  private async reviewDocument(context: TurnContext, document: ReadDocument, lang: MessageLang): Promise<void> {
    const texts = textsFor(lang);
    const accepted = await this.accepted.list(context);
    const result = withParagraphs(await this.deps.engine.review(document.text, { lang, scope: 'document', acceptedFindings: acceptedFindings(accepted) }), document.paragraphs);
    result.document.name = document.name;
    this.deps.log?.('reviewed-file', { findings: result.findings.length, clauses: result.document.clauses.length });
    const wordFile = this.canOfferWordFile(context, result);
    const sendWordFile = wordFile && this.canSendFiles(context);
    // the Word file is written and kept first, so that the summary card can carry its button
    const kept = sendWordFile ? await this.keepWordFile(context, document, result) : undefined;
    const wordFileLine = wordFile ? (sendWordFile ? texts.wordFileOffered : texts.wordFileHowTo) : undefined;
    await this.sendCards(context, fileReviewCards(result, document.name, this.lookup, lang, { wordFileLine, wordFileId: kept?.id, hidden: accepted }));
    if (kept) await this.sendFileConsent(context, kept.file, texts.wordFileOffer);
    const reportName = `dpa-review-${document.name.replace(/\.[^.]+$/, '')}.md`;
    await this.offerReport(context, this.deps.engine.markdownReport(result), reportName, texts.reportOffer);
  }

  /** Whether to speak of a Word file: in Teams, for a review with deviations, when the engine can write one. */
  private canOfferWordFile(context: TurnContext, result: Review): boolean {
    const deviations = result.findings.some((finding) => finding.severity !== 'info');
    return deviations && !!this.deps.engine.annotate && context.activity.channelId === 'msteams';
  }

  /** Teams lets a bot send files only in a 1:1 chat (through file consent). */
  private canSendFiles(context: TurnContext): boolean {
    return context.activity.conversation.conversationType === 'personal';
  }

  /**
   * Writes the reviewed document as a Word file with a comment per finding (issue: annotated export)
   * and keeps it for this conversation, to be offered like the Markdown report.
   */
  private async keepWordFile(context: TurnContext, document: ReadDocument, result: Review): Promise<{ id: string; file: KeptFile }> {
    const bytes = await this.deps.engine.annotate!(document.docx, result);
    this.deps.log?.('annotated', { bytes: bytes.byteLength, findings: result.findings.length });
    const name = `${document.name.replace(/\.[^.]+$/, '')}.reviewed.docx`;
    const file = await this.keepFile(context, { name, base64: Buffer.from(bytes).toString('base64') });
    return { id: file.id, file };
  }

  /** The summary card's Word file button: the kept file offered again, or "no longer available". */
  private async offerKeptFile(context: TurnContext, fileId: string, texts: BotTexts): Promise<void> {
    // only a file kept for this conversation: the id comes back from the client
    const kept = (await this.reports.get(context, [])).some((r) => r.id === fileId);
    const file = kept ? await this.sealed.get<OfferedFile>(fileId) : undefined;
    if (!file || !this.canSendFiles(context)) {
      await context.sendActivity(texts.reportGone);
      return;
    }
    const offered = keptFile(fileId, file);
    await this.sendFileConsent(context, offered, offered.kind === 'word' ? texts.wordFileOffer : texts.reportOffer);
  }

  private async compareDocuments(context: TurnContext, older: ReadDocument, newer: ReadDocument, lang: MessageLang): Promise<void> {
    const accepted = await this.accepted.list(context);
    const comparison = await this.deps.engine.compare(older.text, newer.text, { lang, acceptedFindings: acceptedFindings(accepted) });
    withParagraphs({ findings: comparison.findings.added }, newer.paragraphs);
    await this.sendCards(context, compareCards(comparison, older.name, newer.name, this.lookup, lang));
  }

  /**
   * Offers the Markdown report as a file: in a Teams 1:1 chat through a file-consent card (the file
   * goes to the user's OneDrive), on other channels as an inline attachment when it is small enough;
   * Teams channels and group chats cannot receive files from a bot this way, so there is no offer there.
   */
  private async offerReport(context: TurnContext, markdown: string, name: string, offer: string): Promise<void> {
    await this.offerFile(context, { name, markdown }, 'text/markdown', offer);
  }

  private async offerFile(context: TurnContext, file: OfferedFile, contentType: string, offer: string): Promise<void> {
    const activity = context.activity;
    if (activity.channelId === 'msteams') {
      if (activity.conversation.conversationType !== 'personal') {
        await this.pointToPersonalChat(context);
        return;
      }
      await this.sendFileConsent(context, await this.keepFile(context, file), offer);
      return;
    }
    const data = file.base64 ?? Buffer.from(file.markdown ?? '', 'utf8').toString('base64');
    if (data.length > INLINE_REPORT_MAX_CHARS) return;
    await context.sendActivity({
      text: offer,
      attachments: [{ contentType, name: file.name, contentUrl: `data:${contentType};base64,${data}` }],
    });
  }

  /**
   * In a Teams channel or group chat a bot cannot send files: says so once per conversation, with a
   * button that opens a 1:1 chat with the bot (where the same document gets the report and the Word file).
   */
  private async pointToPersonalChat(context: TurnContext, options: { always?: boolean } = {}): Promise<void> {
    if (!options.always && (await this.toldFilesInPersonalChat.get(context, false))) return;
    await this.toldFilesInPersonalChat.set(context, true);
    const texts = textsFor(await this.uiLang(context));
    const botId = context.activity.recipient?.id;
    const actions = botId
      ? [{ type: 'Action.OpenUrl', title: texts.openPersonalChat, url: `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(botId)}` }]
      : [];
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card([{ type: 'TextBlock', text: texts.filesOnlyInPersonalChat, wrap: true }], { actions }))] });
  }

  /**
   * Keeps a file for this conversation (the last few), sealed in the store with a time to live, to be
   * sent when the user accepts it; state holds its id. Saved before it is offered: the user's answer
   * may reach another instance.
   */
  private async keepFile(context: TurnContext, file: OfferedFile): Promise<KeptFile> {
    const kept = keptFile(`file-${randomBytes(16).toString('hex')}`, file);
    const offered = await this.reports.get(context, []);
    const stay = offered.slice(-(KEPT_REPORTS - 1));
    for (const dropped of offered.slice(0, offered.length - stay.length)) await this.sealed.delete(dropped.id);
    await this.sealed.put(kept.id, file, this.deps.offeredFileTtlMs ?? OFFERED_FILE_TTL_MS);
    await this.reports.set(context, [...stay, { id: kept.id, kind: kept.kind }]);
    await this.deps.conversationState.saveChanges(context);
    return kept;
  }

  /** Teams' file-consent card for a kept file: the user accepts, Teams gives an upload URL. */
  private async sendFileConsent(context: TurnContext, file: KeptFile, offer: string): Promise<void> {
    const consent: Attachment = {
      contentType: FILE_CONSENT_CONTENT_TYPE,
      name: file.name,
      content: {
        description: offer,
        sizeInBytes: file.sizeInBytes,
        acceptContext: { reportId: file.id },
        declineContext: { reportId: file.id },
      },
    };
    await context.sendActivity({ attachments: [consent] });
  }

  protected override async handleTeamsFileConsentAccept(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    const texts = textsFor(await this.uiLang(context));
    const reportId = (response.context as { reportId?: string } | undefined)?.reportId;
    const reports = await this.reports.get(context, []);
    // only a file kept for this conversation: the id comes back from the client
    const report = reports.some((r) => r.id === reportId) ? await this.sealed.get<OfferedFile>(reportId!) : undefined;
    const upload = response.uploadInfo;
    if (!report || !upload?.uploadUrl) {
      await context.sendActivity(texts.reportGone);
      return;
    }
    try {
      await this.deps.upload(upload.uploadUrl, report.base64 !== undefined ? Buffer.from(report.base64, 'base64') : Buffer.from(report.markdown ?? '', 'utf8'));
    } catch (error) {
      if (!(error instanceof DownloadError)) throw error;
      this.deps.log?.('upload-refused', { code: error.code, host: error.host });
      await context.sendActivity(texts.download.other);
      return;
    }
    await this.reports.set(context, reports.filter((r) => r.id !== reportId));
    await this.sealed.delete(reportId!);
    await context.sendActivity({
      text: texts.reportUploaded(upload.name ?? report.name),
      attachments: [{
        contentType: FILE_INFO_CONTENT_TYPE,
        contentUrl: upload.contentUrl,
        name: upload.name ?? report.name,
        content: { uniqueId: upload.uniqueId, fileType: upload.fileType ?? (/\.docx$/.test(report.name) ? 'docx' : 'md') },
      }],
    });
  }

  protected override async handleTeamsFileConsentDecline(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    const reportId = (response.context as { reportId?: string } | undefined)?.reportId;
    const reports = await this.reports.get(context, []);
    // a Word file stays (among the last few kept): the summary card's button can offer it again
    const declined = reports.find((r) => r.id === reportId && r.kind !== 'word');
    await this.reports.set(context, reports.filter((r) => r !== declined));
    if (declined) await this.sealed.delete(declined.id);
    await context.sendActivity(textsFor(await this.uiLang(context)).reportDeclined);
  }

  /** The language of the bot's own words: the user's choice, else the Teams client's locale. */
  private async uiLang(context: TurnContext): Promise<MessageLang> {
    return (await this.language.get(context)) ?? langFromLocale(context.activity.locale);
  }

  private readonly lookup = (id: string) => this.deps.engine.getCategory(id);

  /** Sends each card as its own message, so that every message stays under Teams' size limit. */
  private async sendCards(context: TurnContext, cards: AdaptiveCard[]): Promise<void> {
    for (const adaptiveCard of cards) {
      const activity: Partial<Activity> = { attachments: [CardFactory.adaptiveCard(adaptiveCard)] };
      if (adaptiveCard.fallbackText) activity.summary = adaptiveCard.fallbackText;
      await context.sendActivity(activity);
    }
  }
}

/** What a file-consent card says of a kept file. */
function keptFile(id: string, file: OfferedFile): KeptFile {
  return file.base64 !== undefined
    ? { id, name: file.name, sizeInBytes: Buffer.from(file.base64, 'base64').byteLength, kind: 'word' }
    : { id, name: file.name, sizeInBytes: Buffer.byteLength(file.markdown ?? '', 'utf8'), kind: 'markdown' };
}

function onlyOne<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

function extensionOf(name: string): string {
  return /\.([a-z0-9]{1,5})$/i.exec(name)?.[1]?.toLowerCase() ?? 'none';
}

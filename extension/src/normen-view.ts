// The "Normen Bilag 1a" tree view (in the Explorer) and its commands: fill in Normen's
// "Databehandleravtale – Bilag 1a" checklist for the open document (also a read-only .docx/.pdf
// review) with the engine's normenChecklist, made in the engine thread; groups → requirements
// (status, comment) → covering clauses. A click on a requirement or a clause selects that clause in the document. The title bar
// opens the same table as Markdown a lawyer can paste into the form.

import * as vscode from 'vscode';
import type { NormenChecklist } from '../../shared/index';
import { formatNormenMarkdown } from '../../shared/format/normen';
import type { GuardedRegistration } from './commands';
import { describe, type DocumentReviews } from './document-reviews';
import type { EngineThread } from './engine-thread';
import {
  clauseTargetIn,
  normenSummaryLine,
  normenTree,
  reusableReview,
  type ClauseTarget,
  type NormenClauseNode,
  type NormenGroupNode,
  type NormenRequirementNode,
} from './normen-presentation';
import type { OutputLog } from './output-log';
import { readPresentationSettings } from './settings';
import type { VirtualDocuments } from './virtual-documents';

/** A node of the tree. */
export type NormenNode = NormenGroupNode | NormenRequirementNode | NormenClauseNode;

/** The arguments of `dpaReview.revealNormenClause`: which document, which version, which clause. */
export interface NormenClauseReference {
  uri: string;
  version: number;
  requirement: number;
  rank: number;
  start: number;
  end: number;
}

/** What `dpaReview.normenChecklist` returns (for the in-VS-Code tests). */
export interface NormenChecklistResult {
  uri: vscode.Uri;
  version: number;
  checklist: NormenChecklist;
  groups: NormenGroupNode[];
}

const viewId = 'dpaReview.normen';

/** The name a reviewer knows a document by: an extracted text is named after its .docx/.pdf. */
const documentName = (uri: vscode.Uri) => describe(uri).replace(/\.(docx|pdf)\.txt$/i, '.$1');
const shownContextKey = 'dpaReview.normenShown';

/** The tree's data: the last checklist made, for one document. */
export class NormenChecklistView implements vscode.TreeDataProvider<NormenNode>, vscode.Disposable {
  private shown: NormenChecklistResult | undefined;
  private readonly changes = new vscode.EventEmitter<NormenNode | undefined>();
  readonly onDidChangeTreeData = this.changes.event;
  readonly treeView: vscode.TreeView<NormenNode>;

  constructor() {
    this.treeView = vscode.window.createTreeView(viewId, { treeDataProvider: this, showCollapseAll: true });
  }

  /** The checklist shown now, if any. */
  get current(): NormenChecklistResult | undefined {
    return this.shown;
  }

  /** Shows a checklist made on a document's version (and the view, which is hidden until then). */
  async show(result: NormenChecklistResult): Promise<void> {
    this.shown = result;
    this.treeView.message = `${documentName(result.uri)}: ${normenSummaryLine(result.checklist)}`;
    this.treeView.title = result.checklist.lang === 'nb' ? 'Normen Bilag 1a' : 'Normen Annex 1a';
    this.changes.fire(undefined);
    await vscode.commands.executeCommand('setContext', shownContextKey, true);
  }

  getChildren(node?: NormenNode): NormenNode[] {
    if (!this.shown) return [];
    if (!node) return this.shown.groups;
    if (node.kind === 'group') return node.requirements;
    if (node.kind === 'requirement') return node.clauses;
    return [];
  }

  getTreeItem(node: NormenNode): vscode.TreeItem {
    const shown = this.shown;
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = node.description;
      item.id = `group:${node.label}`;
      return item;
    }
    if (node.kind === 'requirement') {
      const item = new vscode.TreeItem(node.label, node.clauses.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = `requirement:${node.number}`;
      item.description = node.description;
      item.tooltip = new vscode.MarkdownString(node.tooltip);
      item.iconPath = new vscode.ThemeIcon(node.icon.icon, new vscode.ThemeColor(node.icon.color));
      item.contextValue = `normenRequirement.${node.status}`;
      if (node.target && shown) item.command = revealCommand(shown, node.number, 0, node.target);
      return item;
    }
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = `clause:${node.requirement}:${node.rank}`;
    item.description = node.description;
    item.iconPath = new vscode.ThemeIcon('symbol-text');
    if (shown) item.command = revealCommand(shown, node.requirement, node.rank, node.target);
    return item;
  }

  /** The tree item of a requirement (for the tests: its command is what a click runs). */
  requirementItem(number: number): vscode.TreeItem | undefined {
    const node = this.shown?.groups.flatMap((group) => group.requirements).find((requirement) => requirement.number === number);
    return node ? this.getTreeItem(node) : undefined;
  }

  dispose(): void {
    this.treeView.dispose();
    this.changes.dispose();
  }
}

function revealCommand(shown: NormenChecklistResult, requirement: number, rank: number, target: ClauseTarget): vscode.Command {
  const reference: NormenClauseReference = { uri: shown.uri.toString(), version: shown.version, requirement, rank, ...target };
  return { command: 'dpaReview.revealNormenClause', title: 'Show the clause', arguments: [reference] };
}

/** What the Normen commands need. */
export interface NormenCommandContext {
  view: NormenChecklistView;
  documents: VirtualDocuments;
  /** The documents' reviews: the checklist uses a document's current review instead of reviewing it again. */
  reviews: Pick<DocumentReviews, 'get'>;
  /** The engine thread, which makes the checklist. */
  engine: Pick<EngineThread, 'normen'>;
  log: OutputLog;
}

/**
 * Makes the checklist of a document (in the configured language, else the document's own) in the
 * engine thread, from its current review when there is one (the same version, a review of the
 * document itself), so the document is reviewed once; otherwise the checklist reviews the text once
 * itself.
 */
export async function checklistFor(document: vscode.TextDocument, context: Pick<NormenCommandContext, 'reviews' | 'engine'>): Promise<NormenChecklistResult> {
  const lang = readPresentationSettings(document.uri).lang;
  const options = lang === 'auto' ? {} : { lang };
  const version = document.version;
  const text = document.getText();
  const { result: checklist } = await context.engine.normen(reusableReview(context.reviews.get(document.uri), version, text) ?? text, options);
  return { uri: document.uri, version, checklist, groups: normenTree(checklist) };
}

/**
 * Registers the Normen commands: make the checklist, reveal a row's clause, open it as Markdown.
 * @example vscode.commands.executeCommand('dpaReview.normenChecklist') // NormenChecklistResult
 */
export function registerNormenCommands(context: NormenCommandContext, guarded: GuardedRegistration): vscode.Disposable[] {
  const { view, documents, log } = context;
  return [
    guarded('dpaReview.normenChecklist', async (uri?: vscode.Uri): Promise<NormenChecklistResult> => {
      let document = vscode.window.activeTextEditor?.document;
      if (uri && /\.(docx|pdf)$/i.test(uri.path)) {
        // A Word or PDF file from the Explorer: open it as a read-only review first.
        const extracted = await vscode.commands.executeCommand<vscode.Uri | undefined>('dpaReview.openReadOnlyReview', uri);
        if (!extracted) throw new Error(vscode.l10n.t('the document could not be read'));
        document = await vscode.workspace.openTextDocument(extracted);
      } else if (uri) {
        document = await vscode.workspace.openTextDocument(uri);
      }
      // From the view's title bar with no editor open: the document the view shows.
      if (!document && view.current) document = await vscode.workspace.openTextDocument(view.current.uri);
      if (!document) throw new Error(vscode.l10n.t('open a data processing agreement first'));
      const startedAt = performance.now();
      const result = await checklistFor(document, context);
      await view.show(result);
      const { met, partly } = result.checklist.summary;
      log.info(`Normen checklist of ${describe(document.uri)} in ${(performance.now() - startedAt).toFixed(0)} ms: ${met} met, ${partly} partly, ${result.checklist.summary['not-found']} not found`);
      await vscode.commands.executeCommand(`${viewId}.focus`);
      return result;
    }),

    guarded('dpaReview.revealNormenClause', async (reference: NormenClauseReference): Promise<vscode.Selection> => {
      const uri = vscode.Uri.parse(reference.uri);
      const document = await vscode.workspace.openTextDocument(uri);
      let target: ClauseTarget | undefined = { start: reference.start, end: reference.end };
      if (document.version !== reference.version) {
        // The document changed since the checklist: make it again, and find the row's clause there.
        const fresh = await checklistFor(document, context);
        await view.show(fresh);
        target = clauseTargetIn(fresh.checklist, reference.requirement, reference.rank);
        if (!target) throw new Error(vscode.l10n.t('requirement {0} is no longer covered by a clause', reference.requirement));
      }
      const editor = await vscode.window.showTextDocument(document, { preview: false, preserveFocus: false });
      const selection = new vscode.Selection(document.positionAt(target.start), document.positionAt(target.end));
      editor.selection = selection;
      editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return selection;
    }),

    guarded('dpaReview.openNormenMarkdown', async (): Promise<vscode.Uri> => {
      const shown = view.current;
      if (!shown) throw new Error(vscode.l10n.t('make the Normen checklist first (DPA Review: Normen Bilag 1a checklist)'));
      const name = documentName(shown.uri);
      const markdown = formatNormenMarkdown(shown.checklist, name);
      const markdownUri = documents.put('normen', `${name.replace(/\.[^.]+$/, '')}.normen-bilag-1a.md`, markdown);
      const report = await vscode.workspace.openTextDocument(markdownUri);
      await vscode.languages.setTextDocumentLanguage(report, 'markdown');
      await vscode.window.showTextDocument(report, { viewColumn: vscode.ViewColumn.Beside, preview: true });
      return markdownUri;
    }),
  ];
}

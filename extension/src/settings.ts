// Reads the extension's settings and the team's files (.dpa-review.json, the playbook file) into
// the engine's ReviewOptions and the presentation settings. No review logic: it only gathers
// configuration.

import * as vscode from 'vscode';
import type { MessageLang, Playbook, ReviewOptions, Severity } from '../../shared/types';
import { defaultDebounceMilliseconds, parseWorkspaceReviewFile, workspaceReviewFileName, type PresentationSettings, type WorkspaceReviewFile } from './presentation';

/** Everything a review of one document needs from the configuration. */
export interface ReviewConfiguration {
  presentation: PresentationSettings;
  options: ReviewOptions;
  liveReview: boolean;
  filePatterns: string[];
  debounceMilliseconds: number;
}

/**
 * The presentation settings in force for a document (settings can differ per workspace folder).
 * @example readPresentationSettings(document.uri).minimumSeverity // 'low'
 */
export function readPresentationSettings(scope?: vscode.Uri): PresentationSettings {
  const config = vscode.workspace.getConfiguration('dpaReview', scope);
  return {
    lang: config.get<MessageLang | 'auto'>('language', 'auto'),
    minimumSeverity: config.get<Severity>('minimumSeverity', 'low'),
    highSeverityAs: config.get<'error' | 'warning'>('highSeverityAs', 'error'),
    mediumSeverityAs: config.get<'error' | 'warning'>('mediumSeverityAs', 'warning'),
    categories: config.get<Record<string, boolean>>('categories', {}),
  };
}

/**
 * VS Code's display language as a message language (Norwegian for nb, nn and no; else English):
 * the language of what is not about one document (pickers with no document open).
 * @example uiLanguage() // 'nb' when VS Code runs with the locale nb
 */
export function uiLanguage(): MessageLang {
  return /^(nb|nn|no)\b/i.test(vscode.env.language) ? 'nb' : 'en';
}

/** The workspace folder whose .dpa-review.json applies to a document: its own, else the first. */
export function workspaceFolderFor(uri: vscode.Uri | undefined): vscode.WorkspaceFolder | undefined {
  const own = uri ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
  return own ?? vscode.workspace.workspaceFolders?.[0];
}

async function readTextFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

/**
 * Reads the workspace's .dpa-review.json (absent = nothing accepted).
 * @example (await readWorkspaceReviewFile(folder)).accepted // [{ category: 'governing-law' }]
 */
export async function readWorkspaceReviewFile(folder: vscode.WorkspaceFolder | undefined): Promise<WorkspaceReviewFile> {
  if (!folder) return { accepted: [] };
  return parseWorkspaceReviewFile(await readTextFile(vscode.Uri.joinPath(folder.uri, workspaceReviewFileName)));
}

/**
 * Reads the playbook file named by the setting `dpaReview.playbookFile` (relative to the folder).
 * @example await readPlaybookFile(folder, 'legal/playbook.json') // { breachNoticeMaxHours: 24 }
 */
export async function readPlaybookFile(folder: vscode.WorkspaceFolder | undefined, fileSetting: string): Promise<Partial<Playbook> | undefined> {
  if (!fileSetting.trim()) return undefined;
  const uri = /^([a-z]:)?[\\/]/i.test(fileSetting) || !folder ? vscode.Uri.file(fileSetting) : vscode.Uri.joinPath(folder.uri, fileSetting);
  const text = await readTextFile(uri);
  if (text === undefined) throw new Error(`playbook file not found: ${fileSetting}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`playbook file is not valid JSON: ${fileSetting}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`playbook file must hold a JSON object: ${fileSetting}`);
  return parsed as Partial<Playbook>;
}

/**
 * Gathers the configuration for reviewing a document: settings, the workspace file's accepted
 * deviations and playbook, and the playbook file over it.
 * @example (await readReviewConfiguration(document.uri)).options.acceptedFindings
 */
export async function readReviewConfiguration(uri: vscode.Uri | undefined): Promise<ReviewConfiguration> {
  const config = vscode.workspace.getConfiguration('dpaReview', uri);
  const presentation = readPresentationSettings(uri);
  const folder = workspaceFolderFor(uri);
  const workspaceFile = await readWorkspaceReviewFile(folder);
  const playbookFromFile = await readPlaybookFile(folder, config.get<string>('playbookFile', ''));
  const playbook = workspaceFile.playbook || playbookFromFile ? { ...workspaceFile.playbook, ...playbookFromFile } : undefined;
  const options: ReviewOptions = { acceptedFindings: workspaceFile.accepted };
  if (presentation.lang !== 'auto') options.lang = presentation.lang;
  if (playbook) options.playbook = playbook;
  return {
    presentation,
    options,
    liveReview: config.get<boolean>('liveReview', true),
    filePatterns: config.get<string[]>('filePatterns', ['**/*.txt', '**/*.md', '**/*.markdown']),
    debounceMilliseconds: config.get<number>('debounceMilliseconds', defaultDebounceMilliseconds),
  };
}

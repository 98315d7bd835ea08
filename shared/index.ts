// The engine's public API: what the CLI, the Teams bot and the VS Code extension use.
// Pure: text in, review out. No file system, no editor, no bot framework.

export * from './types';
export { review, VERSION, EmptyTextError } from './review';
export { TooManyPartsError, MAX_CLAUSES } from './segment';
export { analyseText } from './analyse';
export { normenChecklist, normenCounts, normenRequirements, normenStatusLabel, NORMEN_STATUSES, type NormenChecklist, type NormenRow, type NormenStatus } from './normen';
export { compare, type Comparison, type ClauseChange } from './compare';
export { categories, topics, getCategory, getTopic, referencesFor } from './library';
export { defaultPlaybook, resolvePlaybook, PlaybookError } from './playbook';
export { formatReport, type ReportFormat, type FormatOptions } from './format/index';
export { paragraphAt, withParagraphs, type ParagraphStarts } from './clause-location';
export { rules } from './rules/index';

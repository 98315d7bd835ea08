// Annotated Word documents: a review written into the .docx as comments (and, on request, the
// reference wording as tracked changes). Pure: bytes and a review in, bytes out.

export { annotateDocx, COMMENT_AUTHOR, type AnnotateOptions, type AnnotateResult } from './annotate-docx';
export { annotateText, textToDocx } from './text-docx';
export { commentParagraphs, type CommentParagraph } from './comment-text';

// Markdown from pathways and meetings, rendered and sanitised before it reaches the page.
import DOMPurify from 'dompurify';
import { marked } from 'marked';

/** Safe HTML for `markdown`: no scripts, no event handlers, no raw HTML beyond Markdown's own. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}

/** A search snippet: HTML-escaped by the server except `<mark>`; sanitised again to allow only that. */
export function safeSnippet(snippet: string): string {
  return DOMPurify.sanitize(snippet, { ALLOWED_TAGS: ['mark'], ALLOWED_ATTR: [] });
}

// Markdown written by people (pathway bodies, event agendas and minutes). react-markdown builds
// React elements and drops raw HTML (`skipHtml`, no rehype-raw), and its URL transform removes
// `javascript:` and other unsafe links. Headings move two levels down, under the page's own
// heading for the text ("Description", "Agenda", "Minutes").
import Markdown, { type Components } from 'react-markdown';

const headings: Components = {
  h1: ({ children }) => <h3>{children}</h3>,
  h2: ({ children }) => <h4>{children}</h4>,
  h3: ({ children }) => <h5>{children}</h5>,
  h4: ({ children }) => <h6>{children}</h6>,
  h5: ({ children }) => <h6>{children}</h6>,
};

/** Sanitised Markdown, its headings below the section's `<h2>`. */
export function MarkdownBody({ markdown }: { markdown: string }) {
  return (
    <div className="markdown">
      <Markdown skipHtml components={headings}>
        {markdown}
      </Markdown>
    </div>
  );
}

// A pathway's Markdown body. react-markdown builds React elements and drops raw HTML (no
// rehype-raw), and its URL transform removes `javascript:` and other unsafe links.
import Markdown from 'react-markdown';

export function PathwayBody({ markdown }: { markdown: string }) {
  return (
    <div className="markdown">
      <Markdown skipHtml>{markdown}</Markdown>
    </div>
  );
}

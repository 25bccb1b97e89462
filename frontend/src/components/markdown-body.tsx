// Markdown written by people (pathway bodies, event agendas and minutes), with GitHub's tables,
// strikethrough and task lists (remark-gfm). react-markdown builds React elements and drops raw
// HTML (`skipHtml`, no rehype-raw), and its URL transform removes `javascript:` and other unsafe
// links. Headings move two levels down, under the page's own heading for the text
// ("Description", "Agenda", "Minutes"); a wide table scrolls sideways in its own region. An image
// shows as a link to it: reading a pathway never makes the browser contact another server (the
// server's content security policy would block the image anyway).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

import { TableScroll } from '@/components/table-scroll';

const headings: Components = {
  h1: ({ children }) => <h3>{children}</h3>,
  h2: ({ children }) => <h4>{children}</h4>,
  h3: ({ children }) => <h5>{children}</h5>,
  h4: ({ children }) => <h6>{children}</h6>,
  h5: ({ children }) => <h6>{children}</h6>,
};

const plugins = [remarkGfm];

/** A table in a region that scrolls sideways on a narrow screen (and takes the focus to scroll by keyboard). */
function ScrollingTable({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t('common.table')}>
      <table>{children}</table>
    </TableScroll>
  );
}

/** An image as a link named by its alternative text (or its address). */
function ImageLink({ src, alt }: { src?: string | Blob; alt?: string }) {
  if (typeof src !== 'string' || !src) return alt ? <span>{alt}</span> : null;
  return <a href={src}>{alt || src}</a>;
}

const components: Components = {
  ...headings,
  table: ({ children }) => <ScrollingTable>{children}</ScrollingTable>,
  img: ({ src, alt }) => <ImageLink src={src} alt={alt} />,
};

/** Sanitised Markdown, its headings below the section's `<h2>`. */
export function MarkdownBody({ markdown }: { markdown: string }) {
  return (
    <div className="markdown">
      <Markdown skipHtml remarkPlugins={plugins} components={components}>
        {markdown}
      </Markdown>
    </div>
  );
}

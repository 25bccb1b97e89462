// A search snippet: the server escapes the text and wraps matches in <mark>. It is parsed as
// inert HTML and rebuilt from text and <mark> only, so nothing else can ever render.
import { useMemo } from 'react';

type Piece = { text: string; marked: boolean };

/** Splits snippet HTML into plain and marked text; any other markup is reduced to its text. */
export function snippetPieces(html: string): Piece[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const pieces: Piece[] = [];
  const walk = (node: Node, marked: boolean) => {
    node.childNodes.forEach((child) => {
      if (child.nodeType === Node.TEXT_NODE) {
        pieces.push({ text: child.textContent ?? '', marked });
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        walk(child, marked || (child as Element).tagName === 'MARK');
      }
    });
  };
  walk(doc.body, false);
  return pieces;
}

/** The snippet with its matches highlighted. */
export function Snippet({ html }: { html: string }) {
  const pieces = useMemo(() => snippetPieces(html), [html]);
  return (
    <p className="snippet">
      {pieces.map((piece, i) => (piece.marked ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
    </p>
  );
}

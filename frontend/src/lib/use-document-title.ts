// The browser tab's title for a page (WCAG 2.4.2).
import { useEffect } from 'react';

export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} – Verkosto` : 'Verkosto';
  }, [title]);
}

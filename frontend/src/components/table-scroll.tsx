// A wide table that scrolls sideways inside its own region on a narrow screen, so the page itself
// never does: the region takes the keyboard focus (arrow keys scroll it) and is named after the
// table, as axe asks of a scrollable region.
import type { ReactNode } from 'react';

interface TableScrollProps {
  /** What the region is called: the table's caption. */
  label: string;
  children: ReactNode;
}

export function TableScroll({ label, children }: TableScrollProps) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

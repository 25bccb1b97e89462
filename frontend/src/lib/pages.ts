// Pages of the API's Relay connections: the page sizes, and the chain of pages that follows a
// list's first page through each page's end cursor (`use-pages.ts` loads them).

/** One page of a connection: its nodes and where the next page starts. */
export interface Page<Node> {
  nodes: readonly Node[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null | undefined };
}

/** How many items a list shows at first, and how many more each "Show more" brings. */
export const PAGE_SIZE = 50;
/** The largest page the server gives, for choice lists that load every page. */
export const LARGEST_PAGE = 100;

/** A list's first page followed by the pages loaded after it. */
export interface PageChain<Node> {
  /** The nodes of every loaded page in order, each once (a list that changed may repeat one). */
  items: Node[];
  /** The following pages loaded, each under the `after` cursor it was asked for with. */
  pages: { after: string; nodes: readonly Node[] }[];
  /** The `after` cursors of the following pages wanted: those loaded, then the one still loading. */
  wanted: string[];
  /** The cursor of the page after the last loaded one; null when there is none (or no first page). */
  next: string | null;
  /** Whether the last wanted page has not come yet. */
  loading: boolean;
}

function cursorAfter(page: Page<unknown>): string | null {
  return page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
}

/** Follows `first` through `loaded` (pages by the `after` they were asked for), up to `count` more pages. */
export function followPages<Node extends { id: string }>(
  first: Page<Node> | null | undefined,
  loaded: ReadonlyMap<string, Page<Node>>,
  count: number,
): PageChain<Node> {
  const chain: PageChain<Node> = { items: [], pages: [], wanted: [], next: null, loading: false };
  if (!first) return chain;
  const seen = new Set<string>();
  const add = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      chain.items.push(node);
    }
  };
  add(first.nodes);
  chain.next = cursorAfter(first);
  while (chain.next !== null && chain.wanted.length < count) {
    const after = chain.next;
    if (chain.wanted.includes(after)) {
      // A cursor met before would go round in a loop.
      chain.next = null;
      break;
    }
    chain.wanted.push(after);
    const page = loaded.get(after);
    if (!page) {
      chain.loading = true;
      break;
    }
    chain.pages.push({ after, nodes: page.nodes });
    add(page.nodes);
    chain.next = cursorAfter(page);
  }
  return chain;
}

// The pages of a list after the first one, which comes in the page's own query: `useMoreItems`
// loads one more at each "Show more" (see `ShowMore`), `useAllPages` loads them all for a choice
// list. Each following page stays subscribed, so a mutation that touches it reloads it too.
import { useCallback, useEffect, useState, type RefCallback } from 'react';
import { useClient, type CombinedError, type TypedDocumentNode } from 'urql';

import { followPages, type Page } from '@/lib/pages';

/** Variables of a query that asks for one page: the `after` cursor is filled in here. */
type PageVariables = { [name: string]: unknown; after?: string | null | undefined };

interface Answer<Data> {
  data?: Data | undefined;
  error?: CombinedError | undefined;
}

interface Answers<Data> {
  /** The variables (JSON) the answers belong to. */
  key: string;
  /** The answers by the `after` cursor they were asked with. */
  byCursor: ReadonlyMap<string, Answer<Data>>;
  /** Bumped to ask again for a page that failed. */
  attempt: number;
}

const NONE: ReadonlyMap<string, never> = new Map<string, never>();
/** Stands for a page whose answer no longer holds the list: the list ends there. */
const LAST: Page<never> = { nodes: [], pageInfo: { hasNextPage: false } };

/** Loads up to `count` pages after `first` with `query` (`variables` plus `after`). */
function useFollowingPages<Data, Variables extends PageVariables, Node extends { id: string }>(
  first: Page<Node> | null | undefined,
  query: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, 'after'>,
  pick: (data: Data) => Page<Node> | null | undefined,
  count: number,
) {
  const client = useClient();
  const key = JSON.stringify(variables);
  const [answers, setAnswers] = useState<Answers<Data>>({ key, byCursor: NONE, attempt: 0 });
  const byCursor = answers.key === key ? answers.byCursor : NONE;
  const pages = new Map<string, Page<Node>>();
  for (const [after, answer] of byCursor) {
    const page = answer.data ? pick(answer.data) : undefined;
    if (page || !answer.error) pages.set(after, page ?? LAST);
  }
  const chain = followPages(first, pages, count);
  const last = chain.wanted.at(-1);
  const error = last === undefined || pages.has(last) ? undefined : byCursor.get(last)?.error;
  const wanted = chain.wanted.join('\n');

  useEffect(() => {
    if (!wanted) return;
    const asked = JSON.parse(key) as Omit<Variables, 'after'>;
    const subscriptions = wanted.split('\n').map((after) =>
      client
        .query(query, { ...asked, after } as Variables, { requestPolicy: 'cache-first' })
        .subscribe(({ data, error: failed }) => {
          setAnswers((current) => ({
            key,
            byCursor: new Map(current.key === key ? current.byCursor : NONE).set(after, { data, error: failed }),
            attempt: current.attempt,
          }));
        }),
    );
    return () => {
      for (const subscription of subscriptions) subscription.unsubscribe();
    };
  }, [client, query, key, wanted, answers.attempt]);

  /** Asks again for the page that failed. */
  const retry = () => {
    if (last === undefined) return;
    setAnswers((current) => {
      const without = new Map(current.byCursor);
      without.delete(last);
      return { ...current, byCursor: without, attempt: current.attempt + 1 };
    });
  };

  return { ...chain, loading: chain.loading && !error, error, retry };
}

/** A list a person reads: the first page, then one more page at each `showMore`. */
export interface MoreItems<Node> {
  items: Node[];
  /** Whether a next page exists (or is loading). */
  hasMore: boolean;
  loading: boolean;
  /** Why the last page asked for did not come. */
  error: CombinedError | undefined;
  /** Loads the next page (or asks again for one that failed). */
  showMore: () => void;
  /** A `ref` for the element of the item `id`: the first item a "Show more" brings takes the focus. */
  focusRef: (id: string) => RefCallback<HTMLElement> | undefined;
}

/**
 * Pages a list whose first page is `first` (from the page's query): `showMore` asks `query`
 * for the page after the last one shown, with `variables` and its `after` cursor.
 */
export function useMoreItems<Data, Variables extends PageVariables, Node extends { id: string }>(
  first: Page<Node> | null | undefined,
  query: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, 'after'>,
  pick: (data: Data) => Page<Node> | null | undefined,
): MoreItems<Node> {
  const key = JSON.stringify(variables);
  // How many pages were asked for, and the cursor of the page whose first item takes the focus.
  const [asked, setAsked] = useState({ key, count: 0, focusAfter: null as string | null });
  const current = asked.key === key ? asked : { key, count: 0, focusAfter: null };
  const pages = useFollowingPages(first, query, variables, pick, current.count);
  const target = pages.pages.find((page) => page.after === current.focusAfter)?.nodes[0]?.id;

  const focus = useCallback((element: HTMLElement | null) => {
    if (!element) return;
    // An item that is not itself a control (a list item, a table row) becomes focusable by script.
    if (!element.matches('a[href], button, input, select, textarea, [tabindex]')) element.tabIndex = -1;
    element.focus();
    setAsked((now) => ({ ...now, focusAfter: null }));
  }, []);

  const showMore = () => {
    if (pages.error) {
      pages.retry();
      return;
    }
    const next = pages.next;
    if (pages.loading || next === null) return;
    setAsked({ key, count: current.count + 1, focusAfter: next });
  };

  return {
    items: pages.items,
    hasMore: pages.next !== null,
    loading: pages.loading,
    error: pages.error,
    showMore,
    focusRef: (id) => (id === target ? focus : undefined),
  };
}

/** Every item of a list whose first page is `first`: loads each following page in turn. */
export function useAllPages<Data, Variables extends PageVariables, Node extends { id: string }>(
  first: Page<Node> | null | undefined,
  query: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, 'after'>,
  pick: (data: Data) => Page<Node> | null | undefined,
): { items: Node[]; error: CombinedError | undefined } {
  const pages = useFollowingPages(first, query, variables, pick, Infinity);
  return { items: pages.items, error: pages.error };
}

// The "Show more" button under a list that `useMoreItems` pages, and why a page did not come.
import { useTranslation } from 'react-i18next';

import { Problems } from '@/components/problems';
import { problems } from '@/lib/errors';
import type { MoreItems } from '@/lib/use-pages';

interface ShowMoreProps {
  more: MoreItems<unknown>;
  /** The list's name, which screen readers hear after the label (a page may have several lists). */
  list: string;
}

/** Loads the list's next page; gone once the whole list is shown. */
export function ShowMore({ more, list }: ShowMoreProps) {
  const { t } = useTranslation();
  return (
    <>
      <Problems problems={problems(more.error)} />
      {more.hasMore ? (
        <p>
          {/* Not `disabled` while loading: that would take the focus away from the button. */}
          <button type="button" aria-label={t('common.showMoreOf', { list })} aria-busy={more.loading} onClick={more.showMore}>
            {t('common.showMore')}
          </button>
        </p>
      ) : null}
    </>
  );
}

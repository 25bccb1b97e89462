// "Saved": what the organisation and service pages say after a form brought the reader there.
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** The navigation state a form passes when it has saved. */
export const SAVED = { saved: true } as const;

/** A notice when the page was reached by saving a form; nothing otherwise. */
export function SavedNotice() {
  const { t } = useTranslation();
  const state = useLocation().state as { saved?: boolean } | null;
  return (
    <p role="status" className={state?.saved ? 'notice' : 'visually-hidden'}>
      {state?.saved ? t('directoryAdmin.saved') : ''}
    </p>
  );
}

// A new region's onboarding checklist, as progress and a list; those who run the region end
// onboarding here.
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { ConfirmButton } from '@/components/confirm-button';
import { Problems } from '@/components/problems';
import type { OnboardingStep } from '@/gql/graphql';
import { problems } from '@/lib/errors';
import { useFormat } from '@/lib/format';

import { ActivateRegionMutation } from '../api/region';

interface OnboardingChecklistProps {
  regionId: string;
  done: number;
  total: number;
  items: readonly { step: OnboardingStep; done: boolean; doneAt?: string | null }[];
  /** Whether the viewer may activate the region (its coordinators, admins). */
  canActivate: boolean;
  onActivated: () => void;
}

export function OnboardingChecklist({ regionId, done, total, items, canActivate, onActivated }: OnboardingChecklistProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="onboarding" className="onboarding">
      <h2 id="onboarding">{t('region.onboarding.title')}</h2>
      <label htmlFor="onboarding-progress">{t('region.onboarding.progress', { done, total })}</label>
      <progress id="onboarding-progress" max={total} value={done} />
      <ul className="checklist">
        {items.map((item) => (
          <li key={item.step} className={item.done ? 'checklist__done' : 'checklist__open'}>
            <span aria-hidden="true">{item.done ? '✓' : '○'}</span>{' '}
            <span className="visually-hidden">{item.done ? t('region.onboarding.done') : t('region.onboarding.open')}: </span>
            {t(`enums.onboardingStep.${item.step}`)}
            {item.done && item.doneAt ? ` (${format.dateTime(item.doneAt)})` : ''}
          </li>
        ))}
      </ul>
      {canActivate ? <ActivateRegion regionId={regionId} open={total - done} onActivated={onActivated} /> : null}
    </section>
  );
}

/** "Activate the region": asks once more while steps are still open; the API's refusal is shown. */
function ActivateRegion({ regionId, open, onActivated }: { regionId: string; open: number; onActivated: () => void }) {
  const { t } = useTranslation();
  const [result, activate] = useMutation(ActivateRegionMutation);
  return (
    <div className="activate">
      <p>{t('regionAdmin.activateIntro')}</p>
      <Problems problems={problems(result.error)} />
      <ConfirmButton
        className="primary"
        ask={open > 0}
        question={t('regionAdmin.activateConfirm', { count: open })}
        confirm={t('regionAdmin.activateYes')}
        busy={result.fetching}
        onConfirm={() =>
          void activate({ id: regionId }).then((answer) => {
            if (answer.data) onActivated();
          })
        }
      >
        {t('regionAdmin.activate')}
      </ConfirmButton>
    </div>
  );
}

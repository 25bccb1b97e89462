// A new region's onboarding checklist, as progress and a list.
import { useTranslation } from 'react-i18next';

import type { OnboardingStep } from '@/gql/graphql';
import { useFormat } from '@/lib/format';

interface OnboardingChecklistProps {
  done: number;
  total: number;
  items: readonly { step: OnboardingStep; done: boolean; doneAt?: string | null }[];
}

export function OnboardingChecklist({ done, total, items }: OnboardingChecklistProps) {
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
    </section>
  );
}

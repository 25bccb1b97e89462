// "Checked up to date today": a coordinator's routine confirmation that a service's details hold,
// which saves it again with today's date (in its time zone) as the date they were last checked.
// Services not checked for 12 months flag the pathways that use them for review.
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { Problems } from '@/components/problems';
import type { ServiceForm_ServiceFragmentFragment as Service } from '@/gql/graphql';
import { problems } from '@/lib/errors';
import { useFormat } from '@/lib/format';
import { todayIn } from '@/lib/opening-hours';

import { UpdateServiceMutation } from '../api/directory';
import { serviceDraft, serviceInput } from './service-draft';

/** The button, and what came of the click; `named` puts the service's name in the button's name. */
export function AssureTodayButton({ service, named = false }: { service: Service; named?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [result, update] = useMutation(UpdateServiceMutation);
  const assured = result.data?.updateService.assuredOn;
  return (
    <div className="assure">
      <button
        type="button"
        aria-label={named ? t('directoryAdmin.assureTodayNamed', { name: service.name }) : undefined}
        onClick={() => {
          if (result.fetching) return;
          const today = todayIn(service.timeZone);
          void update({ id: service.id, input: { ...serviceInput(serviceDraft(service)), assuredOn: today } });
        }}
      >
        {t('directoryAdmin.assureToday')}
      </button>{' '}
      <span role="status">{assured ? t('directoryAdmin.assured', { date: format.date(assured) }) : ''}</span>
      <Problems problems={problems(result.error)} />
    </div>
  );
}

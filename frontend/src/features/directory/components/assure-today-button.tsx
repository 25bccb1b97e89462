// "Checked up to date today": a coordinator's routine confirmation that a service's details hold.
// The API dates it today in the service's time zone and changes nothing else, so a check never
// undoes a colleague's edit made meanwhile. Services not checked for 12 months flag the pathways
// that use them for review.
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { Problems } from '@/components/problems';
import type { ServiceForm_ServiceFragmentFragment as Service } from '@/gql/graphql';
import { problems } from '@/lib/errors';
import { useFormat } from '@/lib/format';

import { MarkServiceCheckedMutation } from '../api/directory';

/** The button, and what came of the click; `named` puts the service's name in the button's name. */
export function AssureTodayButton({ service, named = false }: { service: Service; named?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [result, markChecked] = useMutation(MarkServiceCheckedMutation);
  const assured = result.data?.markServiceChecked.assuredOn;
  return (
    <div className="assure">
      <button
        type="button"
        aria-label={named ? t('directoryAdmin.assureTodayNamed', { name: service.name }) : undefined}
        onClick={() => {
          if (!result.fetching) void markChecked({ id: service.id });
        }}
      >
        {t('directoryAdmin.assureToday')}
      </button>{' '}
      <span role="status">{assured ? t('directoryAdmin.assured', { date: format.date(assured) }) : ''}</span>
      <Problems problems={problems(result.error)} />
    </div>
  );
}

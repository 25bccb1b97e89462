// Adding a service to an organisation and changing one (coordinators of a region the organisation
// belongs to, admins); both go to the service's page when saved. A change saved by someone else
// since the form opened is refused (the API's conflict, shown above the form), not overwritten.
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { QueryState } from '@/components/query-state';
import { paths } from '@/config/paths';
import { useApiLanguage } from '@/lib/api-language';
import { managesOrganisation } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useOpenedAt } from '@/lib/use-opened-at';

import { CreateServiceMutation, NewServiceQuery, ServiceEditorQuery, UpdateServiceMutation } from '../api/directory';
import { SAVED } from './saved-notice';
import { emptyService, serviceDraft } from './service-draft';
import { ServiceForm } from './service-form';

/** A new service's hours are in its organisation's first region's zone, else in the API's default. */
const DEFAULT_ZONE = 'Europe/Helsinki';

/** `/organisations/:organisationId/services/new`. */
export function NewServicePage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const language = useApiLanguage();
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({ query: NewServiceQuery, variables: { organisationId, language } });
  const [result, create] = useMutation(CreateServiceMutation);
  useDocumentTitle(t('directoryAdmin.newService'));
  const organisation = data?.organisation;
  const allowed = organisation && managesOrganisation(organisation.memberships, data.viewer);
  return (
    <QueryState fetching={fetching} error={error} data={allowed ? organisation : null}>
      {(o) => (
        <>
          <p className="breadcrumb">
            <Link to={paths.organisation(o.id)}>{o.name}</Link>
          </p>
          <h1>{t('directoryAdmin.newService')}</h1>
          <ServiceForm
            initial={emptyService(o.memberships.find((m) => m.region)?.region?.timeZone ?? DEFAULT_ZONE)}
            submitLabel={t('directoryAdmin.createService')}
            cancelTo={paths.organisation(o.id)}
            busy={result.fetching}
            error={result.error}
            onSubmit={async (input) => {
              const answer = await create({ organisationId: o.id, input });
              if (!answer.data) return false;
              void navigate(paths.service(answer.data.createService.id), { state: SAVED });
              return true;
            }}
          />
        </>
      )}
    </QueryState>
  );
}

/** `/services/:serviceId/edit`. */
export function EditServicePage() {
  const { t } = useTranslation();
  const { serviceId = '' } = useParams();
  const language = useApiLanguage();
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({ query: ServiceEditorQuery, variables: { id: serviceId, language } });
  const [result, update] = useMutation(UpdateServiceMutation);
  useDocumentTitle(t('directoryAdmin.editService'));
  const service = data?.service;
  const openedAt = useOpenedAt(service?.updatedAt);
  const allowed = service && managesOrganisation(service.organisation?.memberships, data.viewer);
  return (
    <QueryState fetching={fetching} error={error} data={allowed ? service : null}>
      {(s) => (
        <>
          <p className="breadcrumb">
            {s.organisation ? (
              <>
                <Link to={paths.organisation(s.organisation.id)}>{s.organisation.name}</Link>
                {' › '}
              </>
            ) : null}
            <Link to={paths.service(s.id)}>{s.name}</Link>
          </p>
          <h1>{t('directoryAdmin.editService')}</h1>
          <ServiceForm
            key={s.id}
            initial={serviceDraft(s)}
            submitLabel={t('directoryAdmin.save')}
            cancelTo={paths.service(s.id)}
            busy={result.fetching}
            error={result.error}
            onSubmit={async (input) => {
              const answer = await update({ id: s.id, input, ifUnchangedSince: openedAt });
              if (!answer.data) return false;
              void navigate(paths.service(s.id), { state: SAVED });
              return true;
            }}
          />
        </>
      )}
    </QueryState>
  );
}

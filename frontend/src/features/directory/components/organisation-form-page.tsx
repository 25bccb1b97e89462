// Adding an organisation to a region (its coordinators, admins: one already in Verkosto, or a new
// one) and changing one (coordinators of a region it belongs to, admins); each goes to the
// organisation's page when saved. A change saved by someone else since the form opened is refused
// (the API's conflict, shown above the form), not overwritten.
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { QueryState } from '@/components/query-state';
import { paths } from '@/config/paths';
import { useApiLanguage } from '@/lib/api-language';
import { managesOrganisation, runsRegion } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useOpenedAt } from '@/lib/use-opened-at';

import { CreateOrganisationMutation, NewOrganisationQuery, OrganisationEditorQuery, UpdateOrganisationMutation } from '../api/directory';
import { ExistingOrganisations } from './existing-organisations';
import { EMPTY_ORGANISATION, OrganisationForm, organisationDraft } from './organisation-form';
import { SAVED } from './saved-notice';

/** `/regions/:regionId/organisations/new`: the new organisation is an active member of the region. */
export function NewOrganisationPage() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  const language = useApiLanguage();
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({ query: NewOrganisationQuery, variables: { regionId, language } });
  const [result, create] = useMutation(CreateOrganisationMutation);
  useDocumentTitle(t('directoryAdmin.newOrganisation'));
  const region = data?.region;
  return (
    <QueryState fetching={fetching} error={error} data={region && runsRegion(region, data.viewer) ? region : null}>
      {(r) => (
        <>
          <p className="breadcrumb">
            <Link to={paths.region(r.id)}>{r.name}</Link>
          </p>
          <h1>{t('directoryAdmin.newOrganisation')}</h1>
          <p>{t('directoryAdmin.newOrganisationIntro', { region: r.name })}</p>
          <ExistingOrganisations region={r} />
          <h2>{t('directoryAdmin.existing.newOne')}</h2>
          <OrganisationForm
            initial={EMPTY_ORGANISATION}
            submitLabel={t('directoryAdmin.createOrganisation')}
            cancelTo={paths.region(r.id)}
            busy={result.fetching}
            error={result.error}
            onSubmit={async (input) => {
              const answer = await create({ regionId: r.id, input });
              if (!answer.data) return false;
              void navigate(paths.organisation(answer.data.createOrganisation.id), { state: SAVED });
              return true;
            }}
          />
        </>
      )}
    </QueryState>
  );
}

/** `/organisations/:organisationId/edit`. */
export function EditOrganisationPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const language = useApiLanguage();
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({ query: OrganisationEditorQuery, variables: { id: organisationId, language } });
  const [result, update] = useMutation(UpdateOrganisationMutation);
  useDocumentTitle(t('directoryAdmin.editOrganisation'));
  const organisation = data?.organisation;
  const openedAt = useOpenedAt(organisation?.updatedAt);
  const allowed = organisation && managesOrganisation(organisation.memberships, data.viewer);
  return (
    <QueryState fetching={fetching} error={error} data={allowed ? organisation : null}>
      {(o) => (
        <>
          <p className="breadcrumb">
            <Link to={paths.organisation(o.id)}>{o.name}</Link>
          </p>
          <h1>{t('directoryAdmin.editOrganisation')}</h1>
          <OrganisationForm
            key={o.id}
            initial={organisationDraft(o)}
            submitLabel={t('directoryAdmin.save')}
            cancelTo={paths.organisation(o.id)}
            busy={result.fetching}
            error={result.error}
            onSubmit={async (input) => {
              const answer = await update({ id: o.id, input, ifUnchangedSince: openedAt });
              if (!answer.data) return false;
              void navigate(paths.organisation(o.id), { state: SAVED });
              return true;
            }}
          />
        </>
      )}
    </QueryState>
  );
}

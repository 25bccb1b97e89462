// A coordinator's page for running the region's network: the join-request queue, its people and
// their roles, invite one or many, the invitations and who may see the member list.
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { SelectField } from '@/components/field';
import { Problems } from '@/components/problems';
import { QueryState } from '@/components/query-state';
import { paths } from '@/config/paths';
import type { MemberListVisibility } from '@/gql/graphql';
import { useApiLanguage } from '@/lib/api-language';
import { problems } from '@/lib/errors';
import { OrganisationChoicesQuery } from '@/lib/organisation-choices';
import { LARGEST_PAGE } from '@/lib/pages';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useAllPages } from '@/lib/use-pages';

import { NetworkPageQuery, SetMemberListVisibilityMutation } from '../api/network';
import { CsvImport } from './csv-import';
import { InvitationList } from './invitation-list';
import { InviteForm } from './invite-form';
import { JoinRequestQueue } from './join-request-queue';
import { PeopleList } from './people-list';
import { runsRegion } from '@/lib/roles';

export function NetworkPage() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  const { hash } = useLocation();
  const language = useApiLanguage();
  const [{ data, fetching, error }] = useQuery({ query: NetworkPageQuery, variables: { regionId, language, first: LARGEST_PAGE } });
  const organisations = useAllPages(
    data?.region?.organisations,
    OrganisationChoicesQuery,
    { regionId, first: LARGEST_PAGE },
    (d) => d.region?.organisations,
  );
  const [visibility, setVisibility] = useMutation(SetMemberListVisibilityMutation);
  useDocumentTitle(t('network.title'));
  const region = data?.region;
  const allowed = region && runsRegion(region, data.viewer);

  return (
    <QueryState fetching={fetching} error={error} data={allowed ? region : null}>
      {(r) => (
        <>
          <p className="breadcrumb">
            <Link to={paths.region(r.id)}>{r.name}</Link>
          </p>
          <h1>{t('network.title')}</h1>
          <JoinRequestQueue regionId={r.id} />
          {data?.viewer ? (
            <PeopleList region={r} viewer={data.viewer} coordinators={r.coordinators.length} focus={hash === '#people'} />
          ) : null}
          <Problems problems={problems(organisations.error)} />
          <InviteForm regionId={r.id} organisations={organisations.items} />
          <CsvImport regionId={r.id} />
          <InvitationList regionId={r.id} />
          <section aria-labelledby="member-list">
            <h2 id="member-list">{t('network.memberList')}</h2>
            <Problems problems={problems(visibility.error)} />
            <SelectField
              label={t('network.memberListLabel')}
              value={r.memberListVisibility}
              disabled={visibility.fetching}
              onChange={(e) => {
                void setVisibility({ id: r.id, visibility: e.target.value as MemberListVisibility });
              }}
            >
              <option value="ALL_MEMBERS">{t('enums.memberListVisibility.ALL_MEMBERS')}</option>
              <option value="COORDINATORS">{t('enums.memberListVisibility.COORDINATORS')}</option>
            </SelectField>
          </section>
        </>
      )}
    </QueryState>
  );
}

// Before adding an organisation, a coordinator looks for it among those already in Verkosto (one
// organisation can belong to several regions' networks) and makes it a member of this network
// instead of adding it twice.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { TextField } from '@/components/field';
import { Problems } from '@/components/problems';
import { paths } from '@/config/paths';
import { problems } from '@/lib/errors';

import { AddMembershipMutation, FindOrganisationsQuery, SetMembershipStatusMutation } from '../api/directory';
import { SAVED } from './saved-notice';

/** A search form and the organisations it finds, each with what this network can do with it. */
export function ExistingOrganisations({ region }: { region: { id: string; name: string } }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [found] = useQuery({ query: FindOrganisationsQuery, variables: { query }, pause: !query });
  const [added, add] = useMutation(AddMembershipMutation);
  const [restored, restore] = useMutation(SetMembershipStatusMutation);
  const organisations = (found.data?.search.nodes ?? []).flatMap((hit) => (hit.document?.__typename === 'Organisation' ? [hit.document] : []));

  const search = (e: SyntheticEvent) => {
    e.preventDefault();
    setQuery(text.trim());
  };
  const join = async (organisation: (typeof organisations)[number]) => {
    const earlier = organisation.memberships.find((m) => m.region?.id === region.id);
    const answer = earlier
      ? await restore({ id: earlier.id, status: 'ACTIVE' })
      : await add({ regionId: region.id, organisationId: organisation.id });
    if (answer.data) void navigate(paths.organisation(organisation.id), { state: SAVED });
  };

  return (
    <section aria-labelledby="existing" className="existing-organisations">
      <h2 id="existing">{t('directoryAdmin.existing.title')}</h2>
      <p>{t('directoryAdmin.existing.intro')}</p>
      <form role="search" onSubmit={search} className="inline-form">
        <TextField
          label={t('directoryAdmin.existing.label')}
          type="search"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
          }}
        />
        <button type="submit">{t('directoryAdmin.existing.search')}</button>
      </form>
      <Problems problems={[...problems(found.error), ...problems(added.error), ...problems(restored.error)]} />
      <p role="status">
        {query && found.data
          ? organisations.length
            ? t('directoryAdmin.existing.found', { count: organisations.length })
            : t('directoryAdmin.existing.none', { query })
          : ''}
      </p>
      {query && found.data ? (
        <ul className="plain existing-organisations__list">
            {organisations.map((organisation) => {
              const membership = organisation.memberships.find((m) => m.region?.id === region.id);
              return (
                <li key={organisation.id}>
                  <Link to={paths.organisation(organisation.id)}>{organisation.name}</Link>
                  <span className="meta">
                    {[organisation.kind ? t(`enums.organisationKind.${organisation.kind}`) : null, organisation.municipality]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>{' '}
                  {membership?.status === 'ACTIVE' ? (
                    <span className="badge">{t('directoryAdmin.existing.member', { region: region.name })}</span>
                  ) : (
                    <button
                      type="button"
                      aria-label={t('directoryAdmin.existing.addNamed', { name: organisation.name })}
                      onClick={() => {
                        if (!added.fetching && !restored.fetching) void join(organisation);
                      }}
                    >
                      {t('directoryAdmin.existing.add')}
                    </button>
                  )}
                </li>
              );
            })}
        </ul>
      ) : null}
    </section>
  );
}

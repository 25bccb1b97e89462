// Ask to join a region's network (naming the organisation one works for) and see the outcomes.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { SelectField, TextAreaField } from '@/components/field';
import { OrganisationPicker } from '@/components/organisation-picker';
import { Problems } from '@/components/problems';
import { QueryState } from '@/components/query-state';
import { paths } from '@/config/paths';
import { useApiLanguage } from '@/lib/api-language';
import { problems, splitProblems } from '@/lib/errors';
import { useFormat } from '@/lib/format';
import { AllOrganisationsQuery } from '@/lib/organisation-choices';
import { LARGEST_PAGE } from '@/lib/pages';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useAllPages } from '@/lib/use-pages';
import { useSignedIn } from '@/lib/use-session';

import { AskToJoinQuery, AskToJoinRegionsQuery, RequestToJoinMutation } from '../api/network';

const MY_REQUESTS_CONTEXT = { additionalTypenames: ['JoinRequest'] };

export function AskToJoinPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('askToJoin.title'));
  const signedIn = useSignedIn();
  const language = useApiLanguage();
  const format = useFormat();
  const [{ data, fetching, error }] = useQuery({
    query: AskToJoinQuery,
    variables: { language, first: LARGEST_PAGE },
    pause: !signedIn,
    context: MY_REQUESTS_CONTEXT,
  });
  const allRegions = useAllPages(data?.regions, AskToJoinRegionsQuery, { language, first: LARGEST_PAGE }, (d) => d.regions);
  const organisations = useAllPages(data?.organisations, AllOrganisationsQuery, { first: LARGEST_PAGE }, (d) => d.organisations);
  const [regionId, setRegionId] = useState('');
  // Null until the person picks one: then their own organisation is the choice.
  const [pickedOrganisationId, setOrganisationId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [result, request] = useMutation(RequestToJoinMutation);
  const { byField, general } = splitProblems(result.error, ['regionId', 'organisationId', 'message']);
  const choiceProblems = [...problems(allRegions.error), ...problems(organisations.error)];

  if (!signedIn) {
    return (
      <section className="narrow">
        <h1>{t('askToJoin.title')}</h1>
        <p>
          {t('askToJoin.signInFirst')} <Link to={paths.signIn} state={{ from: paths.askToJoin }}>{t('nav.signIn')}</Link>
        </p>
      </section>
    );
  }

  const organisationId = pickedOrganisationId ?? data?.viewer?.organisation?.id ?? '';

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const answer = await request({ regionId, organisationId, message: message || null });
    if (answer.data) setMessage('');
  };

  return (
    <QueryState fetching={fetching} error={error} data={data}>
      {(d) => {
        const mine = new Set(d.viewer?.roles.map((r) => r.regionId));
        const regions = allRegions.items.filter((r) => !mine.has(r.id) && r.status !== 'ARCHIVED');
        return (
          <section className="narrow">
            <h1>{t('askToJoin.title')}</h1>
            <p>{t('askToJoin.intro')}</p>
            <form onSubmit={(event) => void submit(event)} noValidate>
              <Problems problems={[...choiceProblems, ...general]} />
              {result.data ? <p role="status" className="notice">{t('askToJoin.sent')}</p> : null}
              <SelectField
                label={t('askToJoin.region')}
                value={regionId}
                required
                onChange={(e) => {
                  setRegionId(e.target.value);
                }}
                error={byField.regionId}
              >
                <option value="">{t('askToJoin.choose')}</option>
                {regions.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </SelectField>
              <OrganisationPicker
                organisations={organisations.items}
                label={t('askToJoin.organisation')}
                none={t('askToJoin.choose')}
                value={organisationId}
                required
                onChange={setOrganisationId}
                error={byField.organisationId}
              />
              <TextAreaField
                label={t('askToJoin.message')}
                rows={3}
                value={message}
                onChange={(e) => {
                  setMessage(e.target.value);
                }}
                error={byField.message}
              />
              <button type="submit" className="primary" disabled={result.fetching || !regionId || !organisationId}>
                {t('askToJoin.submit')}
              </button>
            </form>
            <h2>{t('home.myJoinRequests')}</h2>
            {d.myJoinRequests.nodes.length === 0 ? <p>{t('askToJoin.noneYet')}</p> : null}
            <ul className="plain">
              {d.myJoinRequests.nodes.map((r) => (
                <li key={r.id}>
                  {r.region?.name} · {r.organisation?.name} · {format.dateTime(r.createdAt)}:{' '}
                  <strong>{t(`enums.joinRequestStatus.${r.status ?? 'PENDING'}`)}</strong>
                  {r.reason ? ` — ${r.reason}` : ''}
                </li>
              ))}
            </ul>
          </section>
        );
      }}
    </QueryState>
  );
}

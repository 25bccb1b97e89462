// Every regional network, with its status.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import { apiLanguage } from '../../lib/i18n';
import { useQuery } from '../../lib/useQuery';

const RegionsDocument = graphql(`
  query Regions($language: Language) {
    regions(first: 100) { nodes { id name(language: $language) status country } }
  }
`);

export function RegionsPage() {
  const { t } = useTranslation();
  const regions = useQuery(RegionsDocument, { language: apiLanguage() });
  return (
    <section>
      <h1>{t('nav.regions')}</h1>
      {regions.loading && <Loading />}
      {regions.error && <ErrorMessage error={regions.error} />}
      <ul className="regions">
        {regions.data?.regions.nodes.map((r) => (
          <li key={r.id}>
            <Link to={`/regions/${r.id}`}>{r.name}</Link> <span className="tag">{t(`status.${r.status ?? 'ACTIVE'}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

// Who to contact: the named contact persons of each of an organisation's memberships (not of
// networks it has left).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';

interface Membership {
  id: string;
  status?: string | null;
  region?: { id: string; name: string } | null;
  contacts: readonly { id: string; name: string; title: string; email: string }[];
}

export function Contacts({ memberships }: { memberships: readonly Membership[] }) {
  const { t } = useTranslation();
  const withContacts = memberships.filter((m) => m.status !== 'LEFT' && m.contacts.length > 0);
  return (
    <section aria-labelledby="contacts">
      <h2 id="contacts">{t('directory.contacts')}</h2>
      {withContacts.length === 0 ? <p>{t('directory.noContacts')}</p> : null}
      {withContacts.map((membership) => (
        <div key={membership.id}>
          {membership.region ? (
            <h3>
              <Link to={paths.region(membership.region.id)}>{membership.region.name}</Link>
            </h3>
          ) : null}
          <ul className="people">
            {membership.contacts.map((person) => (
              <li key={person.id}>
                <strong>{person.name}</strong>
                {person.title ? `, ${person.title}` : ''} · <a href={`mailto:${person.email}`}>{person.email}</a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

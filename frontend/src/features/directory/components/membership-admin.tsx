// A region's coordinators keep an organisation's membership in their network: its status
// (invited, asked to join, member, left) and the people to contact about it, chosen among those
// with a role in the region. Shown folded, so the organisation page stays a page to read.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { SelectField } from '@/components/field';
import { Problems } from '@/components/problems';
import type { MembershipStatus } from '@/gql/graphql';
import { MEMBERSHIP_STATUSES } from '@/lib/enum-values';
import { problems } from '@/lib/errors';
import { usePendingFocus } from '@/lib/focus';
import { LARGEST_PAGE } from '@/lib/pages';
import { useAllPages } from '@/lib/use-pages';

import { ContactChoicesQuery, SetMembershipContactsMutation, SetMembershipStatusMutation } from '../api/directory';

interface Membership {
  id: string;
  status?: MembershipStatus | null;
  region?: { id: string; name: string } | null;
  contacts: readonly { id: string; name: string }[];
}

interface MembershipAdminProps {
  membership: Membership & { region: { id: string; name: string } };
  organisation: { id: string; name: string };
}

/** A disclosure with the membership's status and contact persons, loaded when opened. */
export function MembershipAdmin({ membership, organisation }: MembershipAdminProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="membership-admin"
      onToggle={(e) => {
        setOpen(e.currentTarget.open);
      }}
    >
      <summary>{t('directoryAdmin.membership.manage', { region: membership.region.name })}</summary>
      {open ? (
        <>
          <StatusForm membership={membership} />
          <ContactsForm membership={membership} organisation={organisation} />
        </>
      ) : null}
    </details>
  );
}

function StatusForm({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<MembershipStatus>(membership.status ?? 'ACTIVE');
  const [result, save] = useMutation(SetMembershipStatusMutation);
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (!result.fetching) void save({ id: membership.id, status });
  };
  return (
    <form onSubmit={submit} className="inline-form">
      <SelectField
        label={t('directoryAdmin.membership.status')}
        value={status}
        onChange={(e) => {
          setStatus(e.target.value as MembershipStatus);
        }}
      >
        {MEMBERSHIP_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`directoryAdmin.membershipStatus.${s}`)}
          </option>
        ))}
      </SelectField>
      {/* Never `disabled`: that would take the focus away from the button just pressed. */}
      <button type="submit">
        {t('directoryAdmin.membership.setStatus')}
      </button>
      <p role="status">{result.data ? t('directoryAdmin.membership.statusSet') : ''}</p>
      <Problems problems={problems(result.error)} />
    </form>
  );
}

/** The contact persons, each removable, and a choice of the region's people to add. */
function ContactsForm({ membership, organisation }: MembershipAdminProps) {
  const { t } = useTranslation();
  const page = { regionId: membership.region.id, first: LARGEST_PAGE };
  const [{ data, error }] = useQuery({ query: ContactChoicesQuery, variables: page });
  const people = useAllPages(data?.region?.people, ContactChoicesQuery, page, (d) => d.region?.people);
  const [result, save] = useMutation(SetMembershipContactsMutation);
  const [chosen, setChosen] = useState('');
  const contactIds = membership.contacts.map((c) => c.id);
  const candidates = people.items.filter((p) => !contactIds.includes(p.id));
  const ours = candidates.filter((p) => p.organisation?.id === organisation.id);
  const others = candidates.filter((p) => p.organisation?.id !== organisation.id);
  const focus = usePendingFocus();
  const setContacts = (personIds: string[]) => {
    if (!result.fetching) void save({ id: membership.id, personIds });
  };
  const add = (e: SyntheticEvent) => {
    e.preventDefault();
    if (!chosen) return;
    setContacts([...contactIds, chosen]);
    setChosen('');
  };
  const option = (person: (typeof candidates)[number]) => (
    <option key={person.id} value={person.id}>
      {person.name}
      {person.title ? `, ${person.title}` : ''}
      {person.organisation && person.organisation.id !== organisation.id ? ` (${person.organisation.name})` : ''}
    </option>
  );
  return (
    <div className="membership-contacts">
      <h3>{t('directoryAdmin.membership.contacts')}</h3>
      {membership.contacts.length === 0 ? <p>{t('directory.noContacts')}</p> : null}
      <ul className="plain">
        {membership.contacts.map((person) => (
          <li key={person.id}>
            {person.name}{' '}
            <button
              type="button"
              aria-label={t('directoryAdmin.membership.removeContact', { name: person.name })}
              onClick={() => {
                focus.focusSoon('add');
                setContacts(contactIds.filter((id) => id !== person.id));
              }}
            >
              {t('directoryAdmin.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="inline-form">
        <SelectField
          ref={focus.target('add')}
          label={t('directoryAdmin.membership.addContact')}
          hint={t('directoryAdmin.membership.addContactHint', { region: membership.region.name })}
          value={chosen}
          onChange={(e) => {
            setChosen(e.target.value);
          }}
        >
          <option value="">{t('directoryAdmin.choose')}</option>
          {ours.length ? <optgroup label={organisation.name}>{ours.map(option)}</optgroup> : null}
          {others.length ? <optgroup label={t('directoryAdmin.membership.othersInRegion')}>{others.map(option)}</optgroup> : null}
        </SelectField>
        <button type="submit">
          {t('directoryAdmin.membership.add')}
        </button>
      </form>
      <p role="status">{result.data ? t('directoryAdmin.membership.contactsSet') : ''}</p>
      <Problems problems={[...problems(error), ...problems(people.error), ...problems(result.error)]} />
    </div>
  );
}

// Invite one person into the region, with an organisation and a role. An empty or malformed
// address and an empty name are told before sending, both at once; the API's errors at their fields.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { SelectField, TextField } from '@/components/field';
import { InvitationLink } from '@/components/invitation-link';
import { Problems } from '@/components/problems';
import type { RoleKind } from '@/gql/graphql';
import { useFocusOnRefusal } from '@/lib/focus';
import { useFormProblems } from '@/lib/use-form-problems';
import { emailRefusal, found, requiredRefusal } from '@/lib/validation';

import { InvitePersonMutation } from '../api/network';

interface InviteFormProps {
  regionId: string;
  organisations: readonly { id: string; name: string }[];
}

export function InviteForm({ regionId, organisations }: InviteFormProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState<RoleKind>('MEMBER');
  const [result, invite] = useMutation(InvitePersonMutation);
  const { byField, general, refuse } = useFormProblems(result.error, ['email', 'name', 'organisationId', 'role']);
  const { form, refused: focusFirstInvalid } = useFocusOnRefusal();
  const issued = result.data?.invitePerson;

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (refuse(found({ email: emailRefusal(email, t), name: requiredRefusal(name, t) }))) {
      focusFirstInvalid();
      return;
    }
    const answer = await invite({ regionId, input: { email: email.trim(), name, role, organisationId: organisationId || null } });
    focusFirstInvalid();
    if (answer.data) {
      setEmail('');
      setName('');
    }
  };

  return (
    <section aria-labelledby="invite">
      <h2 id="invite">{t('invite.title')}</h2>
      <form ref={form} onSubmit={(event) => void submit(event)} noValidate>
        <Problems problems={general} />
        <TextField
          label={t('invite.email')}
          type="email"
          value={email}
          onChange={(e) => {
            setEmail(e.target.value);
          }}
          error={byField.email}
        />
        <TextField
          label={t('invite.name')}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
          }}
          error={byField.name}
        />
        <SelectField
          label={t('invite.organisation')}
          value={organisationId}
          onChange={(e) => {
            setOrganisationId(e.target.value);
          }}
          error={byField.organisationId}
        >
          <option value="">{t('editor.none')}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('invite.role')}
          value={role}
          onChange={(e) => {
            setRole(e.target.value as RoleKind);
          }}
        >
          <option value="MEMBER">{t('enums.role.MEMBER')}</option>
          <option value="COORDINATOR">{t('enums.role.COORDINATOR')}</option>
        </SelectField>
        <button type="submit" className="primary" disabled={result.fetching}>
          {t('invite.submit')}
        </button>
      </form>
      {issued ? (
        <div role="status" className="notice">
          <p>{t(`invite.delivery.${issued.delivery}`, { email: issued.invitation.email })}</p>
          {issued.link ? <InvitationLink link={issued.link} /> : null}
        </div>
      ) : null}
    </section>
  );
}

// The region's invitations with resend and revoke.
import { useState } from 'react';

import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { InvitationLink } from '@/components/invitation-link';
import { Problems } from '@/components/problems';
import { ShowMore } from '@/components/show-more';
import { TableScroll } from '@/components/table-scroll';
import { problems } from '@/lib/errors';
import { useFormat } from '@/lib/format';
import { PAGE_SIZE } from '@/lib/pages';
import { useMoreItems } from '@/lib/use-pages';

import { InvitationsQuery, ResendInvitationMutation, RevokeInvitationMutation } from '../api/network';

// An empty list names no type, so tell the cache which mutations make it stale.
const INVITATION_CONTEXT = { additionalTypenames: ['Invitation'] };

export function InvitationList({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const page = { regionId, first: PAGE_SIZE };
  const [{ data }, refetch] = useQuery({ query: InvitationsQuery, variables: page, context: INVITATION_CONTEXT });
  const more = useMoreItems(data?.invitations, InvitationsQuery, page, (d) => d.invitations);
  const [resent, resend] = useMutation(ResendInvitationMutation);
  const [revoked, revoke] = useMutation(RevokeInvitationMutation);
  const [resentId, setResentId] = useState<string | null>(null);
  const invitations = more.items;
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <section aria-labelledby="invitations">
      <h2 id="invitations">{t('invitations.title')}</h2>
      <Problems problems={[...problems(resent.error), ...problems(revoked.error)]} />
      {resent.data && resentId ? (
        <div role="status" className="notice">
          <p>{t(`invite.delivery.${resent.data.resendInvitation.delivery}`, { email: resent.data.resendInvitation.invitation.email })}</p>
          {resent.data.resendInvitation.link ? <InvitationLink link={resent.data.resendInvitation.link} /> : null}
        </div>
      ) : null}
      {invitations.length === 0 ? <p>{t('invitations.none')}</p> : null}
      {invitations.length ? (
        <TableScroll label={t('invitations.title')}>
          <table className="invitations">
            <caption className="visually-hidden">{t('invitations.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('invite.name')}</th>
                <th scope="col">{t('invite.email')}</th>
                <th scope="col">{t('invite.role')}</th>
                <th scope="col">{t('invitations.status')}</th>
                <th scope="col">{t('invitations.expires')}</th>
                <th scope="col">{t('invitations.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((inv) => (
                <tr key={inv.id} ref={more.focusRef(inv.id)}>
                  <td>{inv.name}</td>
                  <td>{inv.email}</td>
                  <td>{t(`enums.role.${inv.role ?? 'MEMBER'}`)}</td>
                  <td>
                    {t(`enums.invitationStatus.${inv.status}`)}
                    {inv.deliveryError ? <span className="field__error"> {inv.deliveryError}</span> : null}
                  </td>
                  <td>{format.dateTime(inv.expiresAt)}</td>
                  <td className="actions">
                    {inv.status === 'PENDING' || inv.status === 'EXPIRED' ? (
                      <button
                        type="button"
                        aria-label={t('invitations.resendTo', { email: inv.email })}
                        disabled={resent.fetching}
                        onClick={() => {
                          setResentId(inv.id);
                          void resend({ id: inv.id }).then(reload);
                        }}
                      >
                        {t('invitations.resend')}
                      </button>
                    ) : null}
                    {inv.status === 'PENDING' ? (
                      <button
                        type="button"
                        aria-label={t('invitations.revokeFor', { email: inv.email })}
                        disabled={revoked.fetching}
                        onClick={() => {
                          void revoke({ id: inv.id }).then(reload);
                        }}
                      >
                        {t('invitations.revoke')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <ShowMore more={more} list={t('invitations.title')} />
    </section>
  );
}

// Pending join requests: approve, or decline with a reason the requester reads.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { TextField } from '@/components/field';
import { Problems } from '@/components/problems';
import { ShowMore } from '@/components/show-more';
import { splitProblems } from '@/lib/errors';
import { useFormat } from '@/lib/format';
import { PAGE_SIZE } from '@/lib/pages';
import { useMoreItems } from '@/lib/use-pages';

import { ApproveJoinRequestMutation, DeclineJoinRequestMutation, JoinRequestsQuery } from '../api/network';

// An empty list names no type, so tell the cache which mutations make it stale.
const JOIN_REQUEST_CONTEXT = { additionalTypenames: ['JoinRequest'] };

export function JoinRequestQueue({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const page = { regionId, first: PAGE_SIZE };
  const [{ data }, refetch] = useQuery({ query: JoinRequestsQuery, variables: page, context: JOIN_REQUEST_CONTEXT });
  const more = useMoreItems(data?.joinRequests, JoinRequestsQuery, page, (d) => d.joinRequests);
  const [approved, approve] = useMutation(ApproveJoinRequestMutation);
  const [declined, decline] = useMutation(DeclineJoinRequestMutation);
  const [declining, setDeclining] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const { byField, general } = splitProblems(declined.error, ['reason']);
  const requests = more.items;
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <section aria-labelledby="join-requests">
      <h2 id="join-requests">{t('joinRequests.title')}</h2>
      <Problems problems={[...splitProblems(approved.error, []).general, ...general]} />
      {requests.length === 0 ? <p>{t('joinRequests.none')}</p> : null}
      <ul className="card-list">
        {requests.map((request) => (
          <li key={request.id} className="card" ref={more.focusRef(request.id)}>
            <p>
              <strong>{request.requester?.name}</strong>
              {request.requester?.title ? `, ${request.requester.title}` : ''} · {request.requester?.email}
            </p>
            <p>
              {t('joinRequests.for', { organisation: request.organisation?.name ?? '—' })} · {format.dateTime(request.createdAt)}
            </p>
            {request.message ? <blockquote>{request.message}</blockquote> : null}
            {declining === request.id ? (
              <form
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  void decline({ id: request.id, reason }).then((r) => {
                    if (r.data) {
                      setDeclining(null);
                      setReason('');
                      reload();
                    }
                  });
                }}
              >
                <TextField
                  label={t('joinRequests.reason')}
                  value={reason}
                  onChange={(e) => {
                    setReason(e.target.value);
                  }}
                  error={byField.reason}
                />
                <div className="actions">
                  <button type="submit" disabled={declined.fetching}>
                    {t('joinRequests.confirmDecline')}
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      setDeclining(null);
                    }}
                  >
                    {t('common.cancel')}
                  </button>
                </div>
              </form>
            ) : (
              <div className="actions">
                <button
                  type="button"
                  className="primary"
                  aria-label={t('joinRequests.approveFor', { name: request.requester?.name ?? '' })}
                  disabled={approved.fetching}
                  onClick={() => {
                    void approve({ id: request.id }).then(reload);
                  }}
                >
                  {t('joinRequests.approve')}
                </button>
                <button
                  type="button"
                  aria-label={t('joinRequests.declineFor', { name: request.requester?.name ?? '' })}
                  onClick={() => {
                    setDeclining(request.id);
                  }}
                >
                  {t('joinRequests.decline')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <ShowMore more={more} list={t('joinRequests.title')} />
    </section>
  );
}

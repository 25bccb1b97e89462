// The region's people and their roles, for those who run it: make a member coordinator or a
// coordinator member, take someone out of the region (after a question), and, for admins, disable
// or re-enable an account. The region's only coordinator keeps the role: the API would let it go,
// leaving nobody to run the region, so the controls are not offered for them.
import { useEffect, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { ConfirmButton } from '@/components/confirm-button';
import { Problems } from '@/components/problems';
import { ShowMore } from '@/components/show-more';
import { paths } from '@/config/paths';
import type { RegionPeopleQuery as RegionPeopleData, RoleKind } from '@/gql/graphql';
import { problems } from '@/lib/errors';
import { PAGE_SIZE } from '@/lib/pages';
import { useFocusOnShow } from '@/lib/use-focus-on-show';
import { useMoreItems } from '@/lib/use-pages';

import { RegionPeopleQuery, RemoveRoleMutation, SetPersonDisabledMutation, SetRoleMutation } from '../api/network';

type Person = NonNullable<RegionPeopleData['region']>['people']['nodes'][number];

// An empty list names no type, so tell the cache which mutations make it stale.
const PEOPLE_CONTEXT = { additionalTypenames: ['Person'] };

interface PeopleListProps {
  region: { id: string; name: string };
  viewer: { id: string; isAdmin: boolean };
  /** How many coordinators the region has. */
  coordinators: number;
  /** Whether the heading takes the focus once the list is there (the page was opened at it). */
  focus: boolean;
}

export function PeopleList({ region, viewer, coordinators, focus }: PeopleListProps) {
  const { t } = useTranslation();
  const page = { regionId: region.id, first: PAGE_SIZE };
  const [{ data, error }] = useQuery({ query: RegionPeopleQuery, variables: page, context: PEOPLE_CONTEXT });
  const more = useMoreItems(data?.region?.people, RegionPeopleQuery, page, (d) => d.region?.people);
  const heading = useFocusOnShow<HTMLHeadingElement>(focus && data !== undefined);
  const [notice, setNotice] = useState<{ text: string; focus: boolean } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice?.focus) noticeRef.current?.focus();
  }, [notice]);

  return (
    <section aria-labelledby="people">
      <h2 id="people" ref={heading} tabIndex={-1}>
        {t('regionAdmin.people')}
      </h2>
      <p>{t('regionAdmin.peopleIntro')}</p>
      <Problems problems={problems(error)} />
      {/* Always there, so that what it says is announced. */}
      <div role="status" ref={noticeRef} tabIndex={-1} className={notice ? 'notice' : undefined}>
        {notice?.text}
      </div>
      <ul className="people-list">
        {more.items.map((person) => (
          <PersonEntry
            key={person.id}
            ref={more.focusRef(person.id)}
            person={person}
            region={region}
            viewer={viewer}
            onlyCoordinator={coordinators <= 1 && roleIn(person, region.id) === 'COORDINATOR'}
            onDone={(text, left) => {
              setNotice({ text, focus: left });
            }}
          />
        ))}
      </ul>
      <ShowMore more={more} list={t('regionAdmin.people')} />
    </section>
  );
}

function roleIn(person: Person, regionId: string): RoleKind {
  return person.roles.find((r) => r.regionId === regionId)?.kind ?? 'MEMBER';
}

interface PersonEntryProps {
  ref: Ref<HTMLLIElement> | undefined;
  person: Person;
  region: { id: string; name: string };
  viewer: { id: string; isAdmin: boolean };
  onlyCoordinator: boolean;
  /** Says what was done; `left` when the person left the list. */
  onDone: (text: string, left: boolean) => void;
}

/** One person: who they are, their role, and what the viewer may change. */
function PersonEntry({ ref, person, region, viewer, onlyCoordinator, onDone }: PersonEntryProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [roleSet, setRole] = useMutation(SetRoleMutation);
  const [removed, removeRole] = useMutation(RemoveRoleMutation);
  const [disabledSet, setDisabled] = useMutation(SetPersonDisabledMutation);
  const role = roleIn(person, region.id);
  const next: RoleKind = role === 'COORDINATOR' ? 'MEMBER' : 'COORDINATOR';
  const self = person.id === viewer.id;
  const names = { name: person.name, region: region.name };
  const busy = roleSet.fetching || removed.fetching || disabledSet.fetching;

  /** After a change: one who gave up running the region goes to its page, which they may still read. */
  const done = (ok: boolean, text: string, left: boolean) => {
    if (!ok) return;
    if (self && (left || next === 'MEMBER')) void navigate(paths.region(region.id));
    else onDone(text, left);
  };

  return (
    <li className="person" ref={ref}>
      <div>
        <p className="person__name">
          <strong>{person.name}</strong>
          {self ? ` (${t('regionAdmin.you')})` : ''}
          <span className={role === 'COORDINATOR' ? 'badge badge--open' : 'badge'}>{t(`enums.role.${role}`)}</span>
          {person.disabled ? <span className="badge badge--warn">{t('regionAdmin.accountDisabled')}</span> : null}
        </p>
        <p className="meta">{[person.title, person.organisation?.name].filter(Boolean).join(' · ')}</p>
        <p className="meta">
          <a href={`mailto:${person.email}`}>{person.email}</a>
        </p>
      </div>
      <div className="person__actions">
        {onlyCoordinator ? (
          <p className="meta">{t('regionAdmin.onlyCoordinator')}</p>
        ) : (
          <>
            <ConfirmButton
              label={t(next === 'COORDINATOR' ? 'regionAdmin.makeCoordinatorFor' : 'regionAdmin.makeMemberFor', names)}
              ask={self}
              question={t('regionAdmin.demoteSelfConfirm', names)}
              confirm={t('regionAdmin.makeMember')}
              busy={busy}
              onConfirm={() =>
                void setRole({ personId: person.id, regionId: region.id, role: next }).then((answer) => {
                  done(Boolean(answer.data), t(next === 'COORDINATOR' ? 'regionAdmin.nowCoordinator' : 'regionAdmin.nowMember', names), false);
                })
              }
            >
              {t(next === 'COORDINATOR' ? 'regionAdmin.makeCoordinator' : 'regionAdmin.makeMember')}
            </ConfirmButton>
            <ConfirmButton
              label={t('regionAdmin.removeFor', names)}
              question={t(self ? 'regionAdmin.removeSelfConfirm' : 'regionAdmin.removeConfirm', names)}
              confirm={t('regionAdmin.removeYes')}
              busy={busy}
              onConfirm={() =>
                void removeRole({ personId: person.id, regionId: region.id }).then((answer) => {
                  done(Boolean(answer.data), t('regionAdmin.removed', names), true);
                })
              }
            >
              {t('regionAdmin.remove')}
            </ConfirmButton>
          </>
        )}
        {viewer.isAdmin && !self ? (
          <ConfirmButton
            label={t(person.disabled ? 'regionAdmin.enableFor' : 'regionAdmin.disableFor', names)}
            ask={!person.disabled}
            question={t('regionAdmin.disableConfirm', names)}
            confirm={t('regionAdmin.disableYes')}
            busy={busy}
            onConfirm={() =>
              void setDisabled({ id: person.id, disabled: !person.disabled }).then((answer) => {
                done(Boolean(answer.data), t(person.disabled ? 'regionAdmin.enabled' : 'regionAdmin.disabled', names), false);
              })
            }
          >
            {t(person.disabled ? 'regionAdmin.enable' : 'regionAdmin.disable')}
          </ConfirmButton>
        ) : null}
        <Problems problems={[...problems(roleSet.error), ...problems(removed.error), ...problems(disabledSet.error)]} />
      </div>
    </li>
  );
}

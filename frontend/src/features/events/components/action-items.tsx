// The action items agreed at an event: what, who, by when, the pathway it is about, open or done.
// Coordinators add items (optionally pointing at one of the region's pathways) and tick them done.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { SelectField, TextField } from '@/components/field';
import { Problems } from '@/components/problems';
import { paths } from '@/config/paths';
import type { EventPage_ActionItemFragmentFragment as ActionItem } from '@/gql/graphql';
import { problems, splitProblems } from '@/lib/errors';
import { useFormat } from '@/lib/format';
import { OrganisationChoicesQuery } from '@/lib/organisation-choices';
import { LARGEST_PAGE } from '@/lib/pages';
import { useAllPages } from '@/lib/use-pages';

import {
  ActionItemChoicesQuery,
  ActionItemPathwaysQuery,
  AddActionItemMutation,
  SetActionItemDoneMutation,
} from '../api/event';

interface ActionItemsProps {
  eventId: string;
  regionId: string;
  items: readonly ActionItem[];
  manages: boolean;
}

export function ActionItems({ eventId, regionId, items, manages }: ActionItemsProps) {
  const { t } = useTranslation();
  if (items.length === 0 && !manages) return null;
  return (
    <section aria-labelledby="action-items">
      <h2 id="action-items">{t('actionItems.title')}</h2>
      {items.length === 0 ? <p>{t('actionItems.none')}</p> : null}
      <ul className="card-list action-items">
        {items.map((item) => (
          <Item key={item.id} item={item} manages={manages} />
        ))}
      </ul>
      {manages ? <AddActionItem eventId={eventId} regionId={regionId} /> : null}
    </section>
  );
}

function Item({ item, manages }: { item: ActionItem; manages: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [result, setDone] = useMutation(SetActionItemDoneMutation);
  const done = item.status === 'DONE';
  // The box follows the click at once, until the reloaded item brings its new status.
  const [ticked, setTicked] = useState<{ value: boolean; from: boolean } | null>(null);
  const checked = ticked && ticked.from === done ? ticked.value : done;
  return (
    <li className="card action-item">
      <p>
        <strong>{item.title}</strong>{' '}
        <span className={done ? 'badge badge--open' : 'badge'}>{t(`enums.actionItemStatus.${item.status ?? 'OPEN'}`)}</span>
      </p>
      {item.pathway ? (
        <p>
          {t('actionItems.pathway')}:{' '}
          <Link to={paths.pathway(item.pathway.id)}>{item.pathway.currentVersion?.title ?? t('pathway.untitled')}</Link>
        </p>
      ) : null}
      {item.responsibleOrganisation || item.responsiblePerson ? (
        <p>
          {t('actionItems.responsible')}:{' '}
          {[item.responsiblePerson?.name, item.responsibleOrganisation?.name].filter(Boolean).join(', ')}
        </p>
      ) : null}
      {item.dueOn ? <p>{t('actionItems.due', { date: format.date(item.dueOn) })}</p> : null}
      {item.doneAt ? <p>{t('actionItems.doneOn', { date: format.dateOf(item.doneAt) })}</p> : null}
      {manages ? (
        <label className="check">
          <input
            type="checkbox"
            checked={checked}
            disabled={result.fetching}
            onChange={(e) => {
              setTicked({ value: e.target.checked, from: done });
              void setDone({ id: item.id, done: e.target.checked }).then((r) => {
                if (r.error) setTicked(null);
              });
            }}
          />{' '}
          {t('actionItems.done')}
          <span className="visually-hidden">: {item.title}</span>
        </label>
      ) : null}
      <Problems problems={problems(result.error)} />
    </li>
  );
}

const FIELDS = ['title', 'pathwayId', 'responsibleOrganisationId', 'dueOn'];

function AddActionItem({ eventId, regionId }: { eventId: string; regionId: string }) {
  const { t } = useTranslation();
  const choicePage = { regionId, first: LARGEST_PAGE };
  const [{ data }] = useQuery({ query: ActionItemChoicesQuery, variables: choicePage });
  const pathways = useAllPages(data?.region?.pathways, ActionItemPathwaysQuery, choicePage, (d) => d.region?.pathways);
  const organisations = useAllPages(data?.region?.organisations, OrganisationChoicesQuery, choicePage, (d) => d.region?.organisations);
  const [result, add] = useMutation(AddActionItemMutation);
  const [title, setTitle] = useState('');
  const [pathwayId, setPathwayId] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [added, setAdded] = useState(false);
  const { byField, general } = splitProblems(result.error, FIELDS);

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    setAdded(false);
    const answer = await add({
      eventId,
      input: {
        title,
        pathwayId: pathwayId || null,
        responsibleOrganisationId: organisationId || null,
        dueOn: dueOn || null,
      },
    });
    if (!answer.error) {
      setTitle('');
      setPathwayId('');
      setOrganisationId('');
      setDueOn('');
      setAdded(true);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="action-item-form">
      <h3>{t('actionItems.add')}</h3>
      {added ? <p role="status">{t('actionItems.added')}</p> : null}
      <Problems problems={[...problems(pathways.error), ...problems(organisations.error), ...general]} />
      <TextField
        label={t('actionItems.what')}
        value={title}
        onChange={(e) => {
          setTitle(e.target.value);
        }}
        error={byField.title}
      />
      <SelectField
        label={t('actionItems.pathway')}
        value={pathwayId}
        onChange={(e) => {
          setPathwayId(e.target.value);
        }}
        error={byField.pathwayId}
      >
        <option value="">{t('actionItems.noPathway')}</option>
        {pathways.items.map((pathway) => (
          <option key={pathway.id} value={pathway.id}>
            {pathway.currentVersion?.title ?? t('pathway.untitled')}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('actionItems.responsible')}
        value={organisationId}
        onChange={(e) => {
          setOrganisationId(e.target.value);
        }}
        error={byField.responsibleOrganisationId}
      >
        <option value="">{t('actionItems.noOrganisation')}</option>
        {organisations.items.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('actionItems.dueLabel')}
        type="date"
        value={dueOn}
        onChange={(e) => {
          setDueOn(e.target.value);
        }}
        error={byField.dueOn}
      />
      <button type="submit" className="primary" disabled={result.fetching}>
        {t('actionItems.addButton')}
      </button>
    </form>
  );
}

// Choosing an organisation from the national list, which a search box narrows by name or
// municipality (case and diacritics ignored); the chosen one always stays in the list.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SelectField, TextField } from '@/components/field';
import { matchesWords } from '@/lib/text-filter';

interface OrganisationPickerProps {
  organisations: readonly { id: string; name: string; municipality?: string | null }[];
  /** The chosen organisation's id, or '' for none. */
  value: string;
  onChange: (id: string) => void;
  label: string;
  /** The text of the empty choice. */
  none: string;
  error?: string | undefined;
  required?: boolean;
}

/** A search box and the select it narrows. */
export function OrganisationPicker({ organisations, value, onChange, label, none, error, required }: OrganisationPickerProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const shown = organisations.filter((o) => o.id === value || matchesWords(`${o.name} ${o.municipality ?? ''}`, filter));
  return (
    <>
      <TextField
        type="search"
        label={t('askToJoin.findOrganisation')}
        hint={t('askToJoin.matches', { count: shown.length })}
        value={filter}
        onChange={(e) => {
          setFilter(e.target.value);
        }}
      />
      <SelectField
        label={label}
        value={value}
        required={required}
        onChange={(e) => {
          onChange(e.target.value);
        }}
        error={error}
      >
        <option value="">{none}</option>
        {shown.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
            {o.municipality ? `, ${o.municipality}` : ''}
          </option>
        ))}
      </SelectField>
    </>
  );
}

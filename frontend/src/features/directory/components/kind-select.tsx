// The required kind of an organisation or a service: a choice that asks to be made while nothing
// is chosen (a new entry), with each kind's name from the `enums` translations.
import { useTranslation } from 'react-i18next';

import { SelectField } from '@/components/field';

interface KindSelectProps<Kind extends string> {
  label: string;
  /** The kinds in the order offered. */
  kinds: readonly Kind[];
  /** Where their names are under `enums` (`organisationKind`). */
  names: string;
  value: Kind | '';
  onChange: (kind: Kind) => void;
  error?: string | undefined;
}

export function KindSelect<Kind extends string>({ label, kinds, names, value, onChange, error }: KindSelectProps<Kind>) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={label}
      required
      value={value}
      onChange={(e) => {
        onChange(e.target.value as Kind);
      }}
      error={error}
    >
      {value ? null : <option value="">{t('directoryAdmin.choose')}</option>}
      {kinds.map((kind) => (
        <option key={kind} value={kind}>
          {t(`enums.${names}.${kind}`)}
        </option>
      ))}
    </SelectField>
  );
}

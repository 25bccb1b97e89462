// A region's names, country, area and time zone as form fields: shared by the wizard that opens a
// region and the page that edits one, with the draft they fill and its `RegionInput`.
import { useTranslation } from 'react-i18next';

import { SelectField, TextAreaField, TextField } from '@/components/field';
import type { Country, RegionInput } from '@/gql/graphql';
import { LANGUAGES, type AppLanguage } from '@/lib/i18n';

/** The time zone a region of each country gets when none is given. */
export const DEFAULT_ZONE: Record<Country, string> = { FI: 'Europe/Helsinki', NO: 'Europe/Oslo' };

/** What the fields hold: the area as typed (one per line or comma-separated). */
export interface RegionDraft {
  names: Record<AppLanguage, string>;
  country: Country;
  area: string;
  timeZone: string;
}

export const EMPTY_REGION: RegionDraft = { names: { fi: '', sv: '', nb: '', en: '' }, country: 'FI', area: '', timeZone: '' };

/** The area's municipalities or counties, one each. */
export function areaList(area: string): string[] {
  return area
    .split(/[\n,]/)
    .map((a) => a.trim())
    .filter(Boolean);
}

/** The time zone to send: the one typed, or the country's. */
export function zoneOf(draft: RegionDraft): string {
  return draft.timeZone.trim() || DEFAULT_ZONE[draft.country];
}

/** The draft as the API's input; `slug` keeps a region's address when it is renamed. */
export function toRegionInput(draft: RegionDraft, slug?: string): RegionInput {
  return {
    slug: slug ?? null,
    name: Object.fromEntries(LANGUAGES.map((l) => [l, draft.names[l].trim() || null])),
    country: draft.country,
    area: areaList(draft.area),
    timeZone: zoneOf(draft),
  };
}

interface RegionFieldsProps {
  draft: RegionDraft;
  onChange: (draft: RegionDraft) => void;
  /** The error at an API field of `RegionInput` (`name.fi`, `area.0`, `timeZone`…), if any. */
  errorAt: (field: string) => string | undefined;
}

/** The name in each language, in a fieldset (at least one is needed). */
export function RegionNameFields({ draft, onChange, errorAt }: RegionFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('openRegion.namesLegend')}</legend>
      {LANGUAGES.map((l) => (
        <TextField
          key={l}
          label={t(`openRegion.nameIn.${l}`)}
          lang={l}
          value={draft.names[l]}
          onChange={(e) => {
            onChange({ ...draft, names: { ...draft.names, [l]: e.target.value } });
          }}
          error={errorAt(`name.${l}`) ?? (l === 'fi' ? errorAt('name') : undefined)}
        />
      ))}
    </fieldset>
  );
}

/** Country, the area it covers and the time zone of its meetings. */
export function RegionAreaFields({ draft, onChange, errorAt }: RegionFieldsProps) {
  const { t } = useTranslation();
  const areaError = areaList(draft.area)
    .map((_, i) => errorAt(`area.${i}`))
    .find(Boolean);
  return (
    <>
      <SelectField
        label={t('openRegion.country')}
        value={draft.country}
        onChange={(e) => {
          onChange({ ...draft, country: e.target.value as Country });
        }}
        error={errorAt('country')}
      >
        <option value="FI">{t('enums.country.FI')}</option>
        <option value="NO">{t('enums.country.NO')}</option>
      </SelectField>
      <TextAreaField
        label={t('openRegion.area')}
        hint={t('openRegion.areaHint')}
        rows={Math.min(12, Math.max(4, draft.area.split('\n').length + 1))}
        value={draft.area}
        onChange={(e) => {
          onChange({ ...draft, area: e.target.value });
        }}
        error={areaError ?? errorAt('area')}
      />
      <TextField
        label={t('openRegion.timeZone')}
        placeholder={DEFAULT_ZONE[draft.country]}
        hint={t('openRegion.timeZoneHint', { zone: DEFAULT_ZONE[draft.country] })}
        value={draft.timeZone}
        onChange={(e) => {
          onChange({ ...draft, timeZone: e.target.value });
        }}
        error={errorAt('timeZone') ?? errorAt('slug')}
      />
    </>
  );
}

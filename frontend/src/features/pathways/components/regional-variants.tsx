// A national pathway's regional variants that the viewer may read, each under its region's name;
// on a published national pathway, coordinators (for the regions they run) and admins (for every
// active region) create a variant for a region that has none yet, then go to it.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';

import { SelectField } from '@/components/field';
import { Problems } from '@/components/problems';
import { paths } from '@/config/paths';
import type { Language, Visibility } from '@/gql/graphql';
import { useApiLanguage } from '@/lib/api-language';
import { problems, splitProblems } from '@/lib/errors';
import { LARGEST_PAGE } from '@/lib/pages';
import { useAllPages } from '@/lib/use-pages';

import { ActiveRegionsQuery, CreatePathwayVariantMutation, MoreVariantsQuery, RegionalVariantsQuery } from '../api/manage';
import { VISIBILITIES } from './manage-pathway';

interface Region {
  id: string;
  name: string;
}

/** The variants of the national pathway `pathwayId`; `published`: variants can be made of it. */
export function RegionalVariants({ pathwayId, published }: { pathwayId: string; published: boolean }) {
  const { t } = useTranslation();
  const language = useApiLanguage();
  const page = { id: pathwayId, language, first: LARGEST_PAGE };
  const [{ data }] = useQuery({ query: RegionalVariantsQuery, variables: page });
  const variants = useAllPages(data?.pathway?.variants, MoreVariantsQuery, page, (d) => d.pathway?.variants);
  const regions = useVariantRegions(data?.viewer, language);
  if (!data) return null;
  // A region whose variant is archived may make a new one.
  const taken = new Set(variants.items.filter((v) => v.status !== 'ARCHIVED').flatMap((v) => (v.region ? [v.region.id] : [])));
  const choices = regions.items.filter((r) => !taken.has(r.id));

  return (
    <section aria-labelledby="variants" className="no-print" data-slot="variants">
      <h2 id="variants">{t('pathwayAdmin.variants')}</h2>
      <Problems problems={[...problems(variants.error), ...problems(regions.error)]} />
      {variants.items.length ? (
        <ul className="entries">
          {variants.items.map((variant) => (
            <li key={variant.id}>
              <Link to={paths.pathway(variant.id)}>{variant.region?.name ?? variant.currentVersion?.title ?? t('pathway.untitled')}</Link>
              {variant.status && variant.status !== 'PUBLISHED' ? (
                <span className="badge">{t(`enums.pathwayStatus.${variant.status}`)}</span>
              ) : null}
              {variant.currentVersion ? <p className="meta">{variant.currentVersion.title}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('pathwayAdmin.noVariants')}</p>
      )}
      {published && regions.items.length ? (
        choices.length ? (
          <CreateVariant pathwayId={pathwayId} regions={choices} />
        ) : (
          <p className="note">{t('pathwayAdmin.allRegionsHaveVariant')}</p>
        )
      ) : null}
    </section>
  );
}

interface Viewer {
  isAdmin: boolean;
  roles: readonly { kind?: string | null; region?: { id: string; name: string; status?: string | null } | null }[];
}

/** The regions the viewer may make a variant for: those they coordinate (not archived); admins every active one. */
function useVariantRegions(viewer: Viewer | null | undefined, language: Language): { items: Region[]; error: CombinedError | undefined } {
  const admin = viewer?.isAdmin === true;
  const page = { language, first: LARGEST_PAGE };
  const [{ data }] = useQuery({ query: ActiveRegionsQuery, variables: page, pause: !admin });
  const active = useAllPages(admin ? data?.regions : null, ActiveRegionsQuery, page, (d) => d.regions);
  const regions: Region[] = admin
    ? [...active.items]
    : (viewer?.roles ?? []).flatMap((role) =>
        role.kind === 'COORDINATOR' && role.region && role.region.status !== 'ARCHIVED' ? [role.region] : [],
      );
  return { items: regions.sort((a, b) => a.name.localeCompare(b.name, language.toLowerCase())), error: admin ? active.error : undefined };
}

/** Region and visibility → `createPathwayVariant`, then on to the new variant. */
function CreateVariant({ pathwayId, regions }: { pathwayId: string; regions: readonly Region[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [regionId, setRegionId] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('NETWORK');
  const [result, create] = useMutation(CreatePathwayVariantMutation);
  const { byField, general } = splitProblems(result.error, ['regionId', 'visibility']);
  const chosen = regions.some((r) => r.id === regionId) ? regionId : (regions[0]?.id ?? '');

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const answer = await create({ pathwayId, regionId: chosen, visibility });
    const id = answer.data?.createPathwayVariant.id;
    if (id) void navigate(paths.pathway(id));
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="create-variant" className="panel variant-form">
      <h3 id="create-variant">{t('pathwayAdmin.createVariant')}</h3>
      <p>{t('pathwayAdmin.createVariantIntro')}</p>
      <Problems problems={general} />
      <SelectField
        label={t('pathwayAdmin.region')}
        value={chosen}
        onChange={(e) => {
          setRegionId(e.target.value);
        }}
        error={byField.regionId}
      >
        {regions.map((region) => (
          <option key={region.id} value={region.id}>
            {region.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('pathwayAdmin.variantVisibility')}
        value={visibility}
        onChange={(e) => {
          setVisibility(e.target.value as Visibility);
        }}
        error={byField.visibility}
      >
        {VISIBILITIES.map((v) => (
          <option key={v} value={v}>
            {t(`enums.visibility.${v}`)}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="primary" disabled={result.fetching}>
        {t('pathwayAdmin.createVariantButton')}
      </button>
    </form>
  );
}

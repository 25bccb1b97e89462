// A regional variant's national base: "Based on <national pathway, version n>", and when the
// national pathway has published a newer version, a "Base updated" notice with what changed and,
// for the variant's coordinators, taking the change into a new draft (then on to the editor).
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';

import { Problems } from '@/components/problems';
import { paths } from '@/config/paths';
import type { PathwayPage_VariantBaseFragmentFragment as VariantBase } from '@/gql/graphql';
import { problems } from '@/lib/errors';

import { TakePathwayBaseUpdateMutation } from '../api/pathway';
import { DiffView } from './diff-view';

interface VariantBaseProps {
  pathwayId: string;
  base: VariantBase;
  /** May take the update (the variant's coordinators, admins). */
  canTake: boolean;
}

/** The "Based on" line under the title. */
export function BasedOn({ base }: { base: VariantBase }) {
  const { t } = useTranslation();
  return (
    <p className="based-on" data-testid="based-on">
      {t('variant.basedOn')}{' '}
      <Link to={paths.pathway(base.pathway.id)}>{base.pathway.currentVersion?.title ?? t('pathway.untitled')}</Link>,{' '}
      {t('pathway.versionN', { n: base.versionNumber })}
    </p>
  );
}

/** The "Base updated" notice, when there is one. */
export function BaseUpdated({ pathwayId, base, canTake }: VariantBaseProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [taken, take] = useMutation(TakePathwayBaseUpdateMutation);
  if (!base.updated) return null;
  const latest = base.latestVersionNumber ?? base.versionNumber;
  const inDraft = base.draftVersionNumber === latest;
  return (
    <section aria-labelledby="base-updated" className="notice base-updated no-print">
      <h2 id="base-updated">{t('variant.baseUpdated')}</h2>
      <p>
        {t('variant.baseUpdatedText', { from: base.versionNumber, to: latest })}
      </p>
      {inDraft ? (
        <p>
          {t('variant.inDraft', { n: latest })}{' '}
          {canTake ? <Link to={paths.pathwayEdit(pathwayId)}>{t('pathway.editDraft')}</Link> : null}
        </p>
      ) : canTake ? (
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={taken.fetching}
            onClick={() => {
              void take({ pathwayId }).then((r) => {
                if (r.data) void navigate(paths.pathwayEdit(pathwayId));
              });
            }}
          >
            {t('variant.take')}
          </button>
        </div>
      ) : null}
      <Problems problems={problems(taken.error)} />
      {base.diff?.changed ? (
        <>
          <h3>{t('variant.whatChanged', { from: base.diff.from, to: base.diff.to })}</h3>
          <DiffView diff={base.diff} />
        </>
      ) : null}
    </section>
  );
}

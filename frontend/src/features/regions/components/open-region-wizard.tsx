// Admin: open a new region in four steps (names and address name, area, first coordinator,
// confirm); the answer names the invitation link to pass on when no mail server sent it. The step
// is in the address (`?step=2`), so the browser's Back and Forward move between steps, and what
// was typed stays in this tab's session storage until the region is opened. An error the API
// answers with takes the wizard to the step that holds its field; a taken address name (the API's
// CONFLICT) shows at the address name.
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';

import { TextField } from '@/components/field';
import { InvitationLink } from '@/components/invitation-link';
import { Problems } from '@/components/problems';
import { paths } from '@/config/paths';
import { useApiLanguage } from '@/lib/api-language';
import { problems as allProblems, type Problem } from '@/lib/errors';
import { LANGUAGES } from '@/lib/i18n';
import { useFocusOnRefusal } from '@/lib/focus';
import { useDocumentTitle } from '@/lib/use-document-title';
import { emailRefusal, found, requiredRefusal } from '@/lib/validation';

import { OpenRegionMutation } from '../api/region';
import { EMPTY_REGION, RegionAreaFields, RegionNameFields, areaList, toRegionInput, zoneOf, type RegionDraft } from './region-fields';
import { slugProblem, suggestedSlug } from './slug';

const STEPS = ['names', 'area', 'coordinator', 'confirm'] as const;
type Step = (typeof STEPS)[number];

/** What the wizard holds between steps; `slug` is null while it follows the name. */
interface WizardDraft {
  region: RegionDraft;
  slug: string | null;
  email: string;
  coordinatorName: string;
}

const EMPTY: WizardDraft = { region: EMPTY_REGION, slug: null, email: '', coordinatorName: '' };
const STORAGE_KEY = 'verkosto.openRegion';

function storedDraft(): WizardDraft {
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    return stored ? { ...EMPTY, ...(JSON.parse(stored) as Partial<WizardDraft>) } : EMPTY;
  } catch {
    return EMPTY;
  }
}

function storeDraft(draft: WizardDraft | null): void {
  try {
    if (draft) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(draft));
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Private mode without storage: the values last while the page is open.
  }
}

/** The step in the address (`?step=2`), the first when it names none. */
function stepIn(params: URLSearchParams): Step {
  return STEPS[Number(params.get('step') ?? '1') - 1] ?? 'names';
}

/** The address name sent: the one typed, or the one made from the name. */
function slugOf(draft: WizardDraft): string {
  return (draft.slug ?? suggestedSlug(draft.region.names, draft.region.country)).trim();
}

/** The wizard step that holds an API field (`region.…` or `coordinator.…`, after the argument). */
function stepOf(field: string): Step {
  if (field.startsWith('coordinator.')) return 'coordinator';
  if (field.startsWith('region.name') || field === 'region.slug') return 'names';
  return 'area';
}

export function OpenRegionWizard() {
  const { t } = useTranslation();
  useDocumentTitle(t('openRegion.title'));
  const language = useApiLanguage();
  const [params, setParams] = useSearchParams();
  const step = stepIn(params);
  const index = STEPS.indexOf(step);
  const [draft, setDraft] = useState(storedDraft);
  const [localError, setLocalError] = useState<Record<string, string>>({});
  const [result, openRegion] = useMutation(OpenRegionMutation);
  const heading = useRef<HTMLHeadingElement>(null);
  const { form, refused: focusFirstInvalid } = useFocusOnRefusal();

  const update = (change: Partial<WizardDraft>) => {
    setDraft((d) => {
      const next = { ...d, ...change };
      storeDraft(next);
      return next;
    });
  };

  // A new step (Next, Back, or the browser's buttons) starts at its heading; one the API's
  // error led to, at the first field refused.
  const shownStep = useRef(step);
  const toInvalid = useRef(false);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    const invalid = toInvalid.current ? form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') : null;
    toInvalid.current = false;
    (invalid ?? heading.current)?.focus();
  }, [step, form]);

  // The API's taken address name comes as a CONFLICT naming no field: it is the address name's.
  const apiProblems = allProblems(result.error).map((p) => (p.code === 'CONFLICT' && p.field === undefined ? { ...p, field: 'region.slug' } : p));
  const fieldError = (field: string) => localError[field] ?? apiProblems.find((p) => p.field === field)?.reason;
  const regionError = (field: string) => fieldError(`region.${field}`);
  const general: Problem[] = apiProblems.filter((p) => p.field === undefined);

  /** Every refusal of a step's fields, at once. */
  const refusalsOf = (current: Step): Record<string, string> => {
    if (current === 'names') {
      const slug = slugProblem(draft.slug ?? '');
      return found({
        'region.name.fi': LANGUAGES.every((l) => draft.region.names[l].trim() === '') ? t('openRegion.nameRequired') : undefined,
        'region.slug':
          slug?.kind === 'invalid'
            ? t('openRegion.slugInvalid', { suggestion: slug.suggestion })
            : slug?.kind === 'tooLong'
              ? t('openRegion.slugTooLong')
              : undefined,
      });
    }
    if (current === 'coordinator') {
      return found({ 'coordinator.email': emailRefusal(draft.email, t), 'coordinator.name': requiredRefusal(draft.coordinatorName, t) });
    }
    return {};
  };

  const go = (next: Step) => {
    setParams({ step: String(STEPS.indexOf(next) + 1) });
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const refused = refusalsOf(step);
    setLocalError(refused);
    if (Object.keys(refused).length > 0) {
      focusFirstInvalid();
      return;
    }
    if (step !== 'confirm') {
      go(STEPS[index + 1] ?? 'confirm');
      return;
    }
    const answer = await openRegion({
      language,
      region: toRegionInput(draft.region, slugOf(draft) || undefined),
      coordinator: { email: draft.email.trim(), name: draft.coordinatorName, role: 'COORDINATOR' },
    });
    if (answer.data) {
      storeDraft(null);
      return;
    }
    const wrong = allProblems(answer.error).find((p) => p.field !== undefined || p.code === 'CONFLICT');
    if (wrong) {
      const at = stepOf(wrong.field ?? 'region.slug');
      if (at === step) {
        focusFirstInvalid();
      } else {
        toInvalid.current = true;
        go(at);
      }
    }
  };

  const opened = result.data?.openRegion;
  if (opened) {
    return (
      <section className="narrow">
        <h1>{t('openRegion.done', { name: opened.region.name })}</h1>
        <p>
          {opened.invitation.delivery === 'SENT'
            ? t('openRegion.mailSent', { email: opened.invitation.invitation.email })
            : t('openRegion.passLink', { email: opened.invitation.invitation.email })}
        </p>
        {opened.invitation.link ? <InvitationLink link={opened.invitation.link} /> : null}
        <p>
          <Link to={paths.region(opened.region.id)}>{t('openRegion.toRegion', { name: opened.region.name })}</Link>
        </p>
      </section>
    );
  }

  // A later step opened before the earlier ones are filled in (a bookmark, a new tab) starts at
  // the first step that is not.
  const firstUnfilled = STEPS.slice(0, index).find((s) => Object.keys(refusalsOf(s)).length > 0);
  if (firstUnfilled) return <Navigate replace to={{ search: `?step=${String(STEPS.indexOf(firstUnfilled) + 1)}` }} />;

  return (
    <section className="narrow">
      <h1>{t('openRegion.title')}</h1>
      <WizardSteps current={index} />
      <form ref={form} onSubmit={(event) => void submit(event)} noValidate>
        <h2 ref={heading} tabIndex={-1}>
          {t('openRegion.stepOf', { n: index + 1, total: STEPS.length })}: {t(`openRegion.step.${step}`)}
        </h2>
        <Problems problems={general} />
        {step === 'names' ? (
          <>
            <RegionNameFields
              draft={draft.region}
              onChange={(region) => {
                update({ region });
              }}
              errorAt={regionError}
            />
            <TextField
              label={t('openRegion.slug')}
              hint={t('openRegion.slugHint')}
              autoCapitalize="none"
              spellCheck={false}
              value={draft.slug ?? suggestedSlug(draft.region.names, draft.region.country)}
              onChange={(e) => {
                update({ slug: e.target.value });
              }}
              error={regionError('slug')}
            />
          </>
        ) : null}
        {step === 'area' ? (
          <RegionAreaFields
            draft={draft.region}
            onChange={(region) => {
              update({ region });
            }}
            errorAt={(field) => (field === 'slug' ? undefined : regionError(field))}
          />
        ) : null}
        {step === 'coordinator' ? (
          <>
            <p>{t('openRegion.coordinatorIntro')}</p>
            <TextField
              label={t('invite.email')}
              type="email"
              autoComplete="off"
              value={draft.email}
              onChange={(e) => {
                update({ email: e.target.value });
              }}
              error={fieldError('coordinator.email')}
            />
            <TextField
              label={t('invite.name')}
              value={draft.coordinatorName}
              onChange={(e) => {
                update({ coordinatorName: e.target.value });
              }}
              error={fieldError('coordinator.name')}
            />
          </>
        ) : null}
        {step === 'confirm' ? <Summary draft={draft} /> : null}
        <div className="actions">
          {index > 0 ? (
            <button
              type="button"
              onClick={() => {
                setLocalError({});
                go(STEPS[index - 1] ?? 'names');
              }}
            >
              {t('common.back')}
            </button>
          ) : null}
          <button type="submit" className="primary" disabled={result.fetching}>
            {step === 'confirm' ? t('openRegion.submit') : t('common.next')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The steps as a numbered list: those done, the current one (`aria-current="step"`), those ahead. */
function WizardSteps({ current }: { current: number }) {
  const { t } = useTranslation();
  return (
    <ol className="wizard-steps" aria-label={t('openRegion.steps')}>
      {STEPS.map((s, i) => (
        <li key={s} aria-current={i === current ? 'step' : undefined} className={i < current ? 'wizard-steps__done' : undefined}>
          {t(`openRegion.step.${s}`)}
          {i < current ? <span className="visually-hidden"> ({t('openRegion.stepDone')})</span> : null}
        </li>
      ))}
    </ol>
  );
}

/** What is about to be opened, the names labelled by their language. */
function Summary({ draft }: { draft: WizardDraft }) {
  const { t } = useTranslation();
  const { region } = draft;
  return (
    <dl className="summary">
      <dt>{t('openRegion.step.names')}</dt>
      <dd>
        <ul className="plain">
          {LANGUAGES.filter((l) => region.names[l].trim()).map((l) => (
            <li key={l}>
              {t(`openRegion.nameIn.${l}`)}: <span lang={l}>{region.names[l].trim()}</span>
            </li>
          ))}
        </ul>
      </dd>
      <dt>{t('openRegion.slug')}</dt>
      <dd>{slugOf(draft)}</dd>
      <dt>{t('openRegion.country')}</dt>
      <dd>{t(`enums.country.${region.country}`)}</dd>
      <dt>{t('openRegion.area')}</dt>
      <dd>{areaList(region.area).join(', ') || '—'}</dd>
      <dt>{t('openRegion.timeZone')}</dt>
      <dd>{zoneOf(region)}</dd>
      <dt>{t('openRegion.step.coordinator')}</dt>
      <dd>
        {draft.coordinatorName} &lt;{draft.email.trim()}&gt;
      </dd>
    </dl>
  );
}

// Admin: open a new region in four steps (names, area, first coordinator, confirm); the answer
// names the invitation link to pass on when no mail server sent it.
import { useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';

import { TextField } from '@/components/field';
import { InvitationLink } from '@/components/invitation-link';
import { Problems } from '@/components/problems';
import { paths } from '@/config/paths';
import { useApiLanguage } from '@/lib/api-language';
import { problems as allProblems, type Problem } from '@/lib/errors';
import { LANGUAGES } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

import { OpenRegionMutation } from '../api/region';
import { EMPTY_REGION, RegionAreaFields, RegionNameFields, areaList, toRegionInput, zoneOf } from './region-fields';

const STEPS = ['names', 'area', 'coordinator', 'confirm'] as const;
type Step = (typeof STEPS)[number];

/** The wizard step that holds an API field (`region.…` or `coordinator.…`, after the argument). */
function stepOf(field: string): Step {
  if (field.startsWith('coordinator.')) return 'coordinator';
  if (field.startsWith('region.name')) return 'names';
  return 'area';
}

export function OpenRegionWizard() {
  const { t } = useTranslation();
  useDocumentTitle(t('openRegion.title'));
  const language = useApiLanguage();
  const [step, setStep] = useState<Step>('names');
  const [region, setRegion] = useState(EMPTY_REGION);
  const [email, setEmail] = useState('');
  const [coordinatorName, setCoordinatorName] = useState('');
  const [localError, setLocalError] = useState<Record<string, string>>({});
  const [result, openRegion] = useMutation(OpenRegionMutation);
  const heading = useRef<HTMLHeadingElement>(null);

  const apiProblems = allProblems(result.error);
  const fieldError = (field: string) =>
    localError[field] ?? apiProblems.find((p) => p.field === field)?.reason;
  const regionError = (field: string) => fieldError(`region.${field}`);
  const general: Problem[] = apiProblems.filter((p) => p.field === undefined);
  const index = STEPS.indexOf(step);

  const go = (next: Step) => {
    setStep(next);
    requestAnimationFrame(() => heading.current?.focus());
  };

  const validate = (current: Step): boolean => {
    const errors: Record<string, string> = {};
    if (current === 'names' && LANGUAGES.every((l) => region.names[l].trim() === '')) errors['region.name.fi'] = t('openRegion.nameRequired');
    if (current === 'coordinator') {
      if (!email.trim()) errors['coordinator.email'] = t('common.required');
      if (!coordinatorName.trim()) errors['coordinator.name'] = t('common.required');
    }
    setLocalError(errors);
    return Object.keys(errors).length === 0;
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (step !== 'confirm') {
      if (validate(step)) go(STEPS[index + 1] ?? 'confirm');
      return;
    }
    const answer = await openRegion({
      language,
      region: toRegionInput(region),
      coordinator: { email, name: coordinatorName, role: 'COORDINATOR' },
    });
    const wrong = allProblems(answer.error).find((p) => p.field !== undefined);
    if (wrong?.field) go(stepOf(wrong.field));
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

  return (
    <section className="narrow">
      <h1>{t('openRegion.title')}</h1>
      <ol className="wizard-steps" aria-label={t('openRegion.steps')}>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined} className={i < index ? 'wizard-steps__done' : undefined}>
            {t(`openRegion.step.${s}`)}
          </li>
        ))}
      </ol>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 ref={heading} tabIndex={-1}>
          {t('openRegion.stepOf', { n: index + 1, total: STEPS.length })}: {t(`openRegion.step.${step}`)}
        </h2>
        <Problems problems={general} />
        {step === 'names' ? <RegionNameFields draft={region} onChange={setRegion} errorAt={regionError} /> : null}
        {step === 'area' ? <RegionAreaFields draft={region} onChange={setRegion} errorAt={regionError} /> : null}
        {step === 'coordinator' ? (
          <>
            <p>{t('openRegion.coordinatorIntro')}</p>
            <TextField
              label={t('invite.email')}
              type="email"
              value={email}
              onChange={(e) => {
                setEmail(e.target.value);
              }}
              error={fieldError('coordinator.email')}
            />
            <TextField
              label={t('invite.name')}
              value={coordinatorName}
              onChange={(e) => {
                setCoordinatorName(e.target.value);
              }}
              error={fieldError('coordinator.name')}
            />
          </>
        ) : null}
        {step === 'confirm' ? (
          <dl className="summary">
            <dt>{t('openRegion.step.names')}</dt>
            <dd>
              {LANGUAGES.filter((l) => region.names[l].trim())
                .map((l) => `${region.names[l].trim()} (${l})`)
                .join(', ')}
            </dd>
            <dt>{t('openRegion.country')}</dt>
            <dd>{t(`enums.country.${region.country}`)}</dd>
            <dt>{t('openRegion.area')}</dt>
            <dd>{areaList(region.area).join(', ') || '—'}</dd>
            <dt>{t('openRegion.timeZone')}</dt>
            <dd>{zoneOf(region)}</dd>
            <dt>{t('openRegion.step.coordinator')}</dt>
            <dd>
              {coordinatorName} &lt;{email}&gt;
            </dd>
          </dl>
        ) : null}
        <div className="actions">
          {index > 0 ? (
            <button
              type="button"
              onClick={() => {
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

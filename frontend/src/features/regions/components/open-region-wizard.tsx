// Admin: open a new region in four steps (names, area, first coordinator, confirm); the answer
// names the invitation link to pass on when no mail server sent it.
import { useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';

import { SelectField, TextAreaField, TextField } from '@/components/field';
import { InvitationLink } from '@/components/invitation-link';
import { Problems } from '@/components/problems';
import { paths } from '@/config/paths';
import type { Country } from '@/gql/graphql';
import { useApiLanguage } from '@/lib/api-language';
import { problems as allProblems, type Problem } from '@/lib/errors';
import { LANGUAGES } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

import { OpenRegionMutation } from '../api/region';

const STEPS = ['names', 'area', 'coordinator', 'confirm'] as const;
type Step = (typeof STEPS)[number];

const DEFAULT_ZONE: Record<Country, string> = { FI: 'Europe/Helsinki', NO: 'Europe/Oslo' };

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
  const [names, setNames] = useState<Record<(typeof LANGUAGES)[number], string>>({ fi: '', sv: '', nb: '', en: '' });
  const [country, setCountry] = useState<Country>('FI');
  const [area, setArea] = useState('');
  const [timeZone, setTimeZone] = useState('');
  const [email, setEmail] = useState('');
  const [coordinatorName, setCoordinatorName] = useState('');
  const [localError, setLocalError] = useState<Record<string, string>>({});
  const [result, openRegion] = useMutation(OpenRegionMutation);
  const heading = useRef<HTMLHeadingElement>(null);

  const apiProblems = allProblems(result.error);
  const fieldError = (field: string) =>
    localError[field] ?? apiProblems.find((p) => p.field === field)?.reason;
  const general: Problem[] = apiProblems.filter((p) => p.field === undefined);
  const index = STEPS.indexOf(step);

  const go = (next: Step) => {
    setStep(next);
    requestAnimationFrame(() => heading.current?.focus());
  };

  const validate = (current: Step): boolean => {
    const errors: Record<string, string> = {};
    if (current === 'names' && LANGUAGES.every((l) => names[l].trim() === '')) errors['region.name.fi'] = t('openRegion.nameRequired');
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
      region: {
        name: Object.fromEntries(LANGUAGES.map((l) => [l, names[l].trim() || null])),
        country,
        area: area
          .split(/[\n,]/)
          .map((a) => a.trim())
          .filter(Boolean),
        timeZone: timeZone.trim() || DEFAULT_ZONE[country],
      },
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
        {step === 'names' ? (
          <fieldset>
            <legend>{t('openRegion.namesLegend')}</legend>
            {LANGUAGES.map((l) => (
              <TextField
                key={l}
                label={t(`openRegion.nameIn.${l}`)}
                lang={l}
                value={names[l]}
                onChange={(e) => {
                  setNames({ ...names, [l]: e.target.value });
                }}
                error={fieldError(`region.name.${l}`) ?? (l === 'fi' ? fieldError('region.name') : undefined)}
              />
            ))}
          </fieldset>
        ) : null}
        {step === 'area' ? (
          <>
            <SelectField
              label={t('openRegion.country')}
              value={country}
              onChange={(e) => {
                setCountry(e.target.value as Country);
              }}
              error={fieldError('region.country')}
            >
              <option value="FI">{t('enums.country.FI')}</option>
              <option value="NO">{t('enums.country.NO')}</option>
            </SelectField>
            <TextAreaField
              label={t('openRegion.area')}
              hint={t('openRegion.areaHint')}
              rows={4}
              value={area}
              onChange={(e) => {
                setArea(e.target.value);
              }}
              error={apiProblems.find((p) => p.field?.startsWith('region.area'))?.reason}
            />
            <TextField
              label={t('openRegion.timeZone')}
              placeholder={DEFAULT_ZONE[country]}
              hint={t('openRegion.timeZoneHint', { zone: DEFAULT_ZONE[country] })}
              value={timeZone}
              onChange={(e) => {
                setTimeZone(e.target.value);
              }}
              error={fieldError('region.timeZone') ?? fieldError('region.slug')}
            />
          </>
        ) : null}
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
              {LANGUAGES.filter((l) => names[l].trim())
                .map((l) => `${names[l].trim()} (${l})`)
                .join(', ')}
            </dd>
            <dt>{t('openRegion.country')}</dt>
            <dd>{t(`enums.country.${country}`)}</dd>
            <dt>{t('openRegion.area')}</dt>
            <dd>{area.split(/[\n,]/).map((a) => a.trim()).filter(Boolean).join(', ') || '—'}</dd>
            <dt>{t('openRegion.timeZone')}</dt>
            <dd>{timeZone.trim() || DEFAULT_ZONE[country]}</dd>
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

// The steps as a flow diagram: numbered boxes joined by arrows, each naming the responsible
// organisation and linking to the service used. It is an ordered list, so it reads in order
// without the drawing.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';

export interface FlowStep {
  id: string;
  position: number;
  title: string;
  description: string;
  referralCriteria: string;
  responsibleOrganisation?: { id: string; name: string } | null;
  service?: { id: string; name: string } | null;
}

export function StepFlow({ steps, links = true }: { steps: readonly FlowStep[]; links?: boolean }) {
  const { t } = useTranslation();
  if (steps.length === 0) return <p>{t('pathway.noSteps')}</p>;
  return (
    <ol className="flow" aria-label={t('pathway.steps')}>
      {steps.map((step) => (
        <li key={step.id} className="flow__step">
          <div className="flow__box">
            <h3>
              <span className="flow__number" aria-hidden="true">
                {step.position}
              </span>
              <span className="visually-hidden">{t('pathway.stepN', { n: step.position })}: </span>
              {step.title}
            </h3>
            {step.responsibleOrganisation ? (
              <p className="flow__who">
                <span className="flow__label">{t('pathway.responsible')}:</span>{' '}
                {links ? (
                  <Link to={paths.organisation(step.responsibleOrganisation.id)}>{step.responsibleOrganisation.name}</Link>
                ) : (
                  step.responsibleOrganisation.name
                )}
              </p>
            ) : null}
            {step.description ? <p>{step.description}</p> : null}
            {step.service ? (
              <p className="flow__service">
                <span className="flow__label">{t('pathway.service')}:</span>{' '}
                {links ? <Link to={paths.service(step.service.id)}>{step.service.name}</Link> : step.service.name}
              </p>
            ) : null}
            {step.referralCriteria ? (
              <p className="flow__criteria">
                <span className="flow__label">{t('pathway.referralCriteria')}:</span> {step.referralCriteria}
              </p>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}

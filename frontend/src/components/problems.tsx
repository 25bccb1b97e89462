// Errors that belong to no single field, announced when they appear; a failure on the server's
// side names its request, for whoever reads the server's log.
import { useTranslation } from 'react-i18next';

import type { Problem } from '@/lib/errors';

/** A list of API problems with a localized lead for each code. */
export function Problems({ problems }: { problems: readonly Problem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <div className="problems" role="alert">
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>
            <strong>{t(`errors.${problem.code}`)}</strong> {problem.field === undefined ? problem.reason : problem.message}
            {problem.reference && <> {t('errors.reference', { id: problem.reference })}</>}
          </li>
        ))}
      </ul>
    </div>
  );
}

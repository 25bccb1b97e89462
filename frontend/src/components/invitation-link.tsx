// An invitation link to pass on, selectable and copyable.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { TextField } from '@/components/field';

export function InvitationLink({ link }: { link: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <div className="invitation-link">
      <TextField label={t('invite.link')} readOnly value={link} onFocus={(e) => { e.target.select(); }} />
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard.writeText(link).then(() => {
            setCopied(true);
          });
        }}
      >
        {t('invite.copy')}
      </button>
      <span role="status">{copied ? t('invite.copied') : ''}</span>
    </div>
  );
}

// Which notification mails one receives: a checkbox for each kind that can reach one, saved as
// soon as it changes. Mail one asked for (invitations, password links, join request outcomes)
// always comes, and the section says so.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { CheckboxField } from '@/components/field';
import { Problems } from '@/components/problems';
import type { MailNotificationsQuery as Settings, NotificationMail } from '@/gql/graphql';
import { problems } from '@/lib/errors';

import { MailNotificationsQuery, SetMailNotificationMutation } from '../api/mail-notifications';

type Setting = Settings['myMailNotifications'][number];

export function MailNotificationsForm() {
  const { t } = useTranslation();
  const [{ data, error }] = useQuery({ query: MailNotificationsQuery });
  return (
    <section aria-labelledby="mail-notifications">
      <h2 id="mail-notifications">{t('mailNotifications.title')}</h2>
      <p>{t('mailNotifications.intro')}</p>
      <Problems problems={problems(error)} />
      {data ? <MailChoices settings={data.myMailNotifications} /> : null}
    </section>
  );
}

/**
 * The checkboxes, each showing what was last saved: a change is sent at once and said in the
 * status; a refused one goes back, with the error at its checkbox. A click on a kind still being
 * saved is ignored.
 */
function MailChoices({ settings }: { settings: readonly Setting[] }) {
  const { t } = useTranslation();
  const [enabled, setEnabled] = useState(() => new Map(settings.map((s) => [s.kind, s.enabled])));
  const [saving, setSaving] = useState<ReadonlySet<NotificationMail>>(new Set());
  const [errors, setErrors] = useState<Partial<Record<NotificationMail, string>>>({});
  const [saved, setSaved] = useState<Setting | null>(null);
  const [, save] = useMutation(SetMailNotificationMutation);

  const show = (kind: NotificationMail, on: boolean) => {
    setEnabled((m) => new Map(m).set(kind, on));
  };
  const change = async (kind: NotificationMail, on: boolean) => {
    if (saving.has(kind)) return;
    show(kind, on);
    setSaving((s) => new Set(s).add(kind));
    setErrors((e) => ({ ...e, [kind]: undefined }));
    setSaved(null);
    const answer = await save({ kind, enabled: on });
    setSaving((s) => new Set([...s].filter((k) => k !== kind)));
    const setting = answer.data?.setMailNotification;
    if (setting) {
      show(kind, setting.enabled);
      setSaved(setting);
    } else {
      show(kind, !on);
      const reasons = problems(answer.error).map((p) => `${t(`errors.${p.code}`)} ${p.reason}`);
      setErrors((e) => ({ ...e, [kind]: reasons.join(' ') }));
    }
  };

  const label = (kind: NotificationMail) => t(`mailNotifications.kinds.${kind}`);
  return (
    <>
      <fieldset className="checkbox-group">
        <legend>{t('mailNotifications.legend')}</legend>
        {settings.map(({ kind }) => (
          <CheckboxField
            key={kind}
            label={label(kind)}
            hint={t(`mailNotifications.when.${kind}`)}
            checked={enabled.get(kind) ?? true}
            onChange={(e) => void change(kind, e.target.checked)}
            error={errors[kind]}
          />
        ))}
      </fieldset>
      <div role="status">
        {saved ? (
          <p className="notice">
            {saved.enabled
              ? t('mailNotifications.savedOn', { kind: label(saved.kind) })
              : t('mailNotifications.savedOff', { kind: label(saved.kind) })}
          </p>
        ) : null}
      </div>
    </>
  );
}

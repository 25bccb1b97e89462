// Contact channels (phone, e-mail, web, chat, address, video) as links where they can be.
import { useTranslation } from 'react-i18next';

import type { ChannelKind } from '@/gql/graphql';

interface Channel {
  kind: ChannelKind;
  value: string;
  label?: string | null;
}

function href(channel: Channel): string | undefined {
  switch (channel.kind) {
    case 'PHONE':
      return `tel:${channel.value.replace(/[^+\d]/g, '')}`;
    case 'EMAIL':
      return `mailto:${channel.value}`;
    case 'WEB':
    case 'CHAT':
    case 'VIDEO':
      return /^https?:\/\//i.test(channel.value) ? channel.value : undefined;
    case 'ADDRESS':
      return undefined;
  }
}

/** A definition list of channels; nothing when there are none. */
export function ChannelList({ channels }: { channels: readonly Channel[] }) {
  const { t } = useTranslation();
  if (channels.length === 0) return <p>{t('common.noChannels')}</p>;
  return (
    <dl className="channels">
      {channels.map((channel, i) => {
        const link = href(channel);
        return (
          <div key={i}>
            <dt>{channel.label ?? t(`enums.channel.${channel.kind}`)}</dt>
            <dd>{link ? <a href={link}>{channel.value}</a> : channel.value}</dd>
          </div>
        );
      })}
    </dl>
  );
}

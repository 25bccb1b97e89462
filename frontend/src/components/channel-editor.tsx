// Editing a list of contact channels (an organisation's or a service's): each channel's kind, its
// number, address or link, and what it is for; add, move and remove. Errors from the API show at
// the channel and field they name (`channels.1.value`).
import { useTranslation } from 'react-i18next';

import { SelectField, TextField } from '@/components/field';
import type { ChannelInput, ChannelKind } from '@/gql/graphql';
import { CHANNEL_KINDS } from '@/lib/enum-values';
import { usePendingFocus } from '@/lib/focus';

/** One channel as the form holds it; `key` tells the rows apart while they move. */
export interface ChannelDraft {
  key: string;
  kind: ChannelKind;
  value: string;
  label: string;
}

let nextKey = 0;
const newKey = () => `channel-${++nextKey}`;

/** The form's rows for the channels an organisation or service has. */
export function channelDrafts(channels: readonly { kind: ChannelKind; value: string; label?: string | null }[]): ChannelDraft[] {
  return channels.map((c) => ({ key: newKey(), kind: c.kind, value: c.value, label: c.label ?? '' }));
}

/** The rows as the API takes them (an empty label is none). */
export function channelInputs(drafts: readonly ChannelDraft[]): ChannelInput[] {
  return drafts.map((d) => ({ kind: d.kind, value: d.value, label: d.label.trim() ? d.label : null }));
}

const VALUE_TYPE: Record<ChannelKind, 'tel' | 'email' | 'url' | 'text'> = {
  PHONE: 'tel',
  EMAIL: 'email',
  WEB: 'url',
  CHAT: 'url',
  VIDEO: 'url',
  ADDRESS: 'text',
};

interface ChannelEditorProps {
  channels: readonly ChannelDraft[];
  onChange: (channels: ChannelDraft[]) => void;
  /** The API's error at an input field (`channels.0.value`), if any. */
  errorAt: (field: string) => string | undefined;
  /** The input's name for the list, which the API's errors start with. */
  field?: string;
}

/** A fieldset with a row per channel and a button that adds one. */
export function ChannelEditor({ channels, onChange, errorAt, field = 'channels' }: ChannelEditorProps) {
  const { t } = useTranslation();
  const focus = usePendingFocus();
  const change = (index: number, patch: Partial<ChannelDraft>) => {
    onChange(channels.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...channels];
    const [channel] = next.splice(index, 1);
    if (!channel) return;
    const to = index + by;
    next.splice(to, 0, channel);
    // The focus stays on the moved row's button, or its other one at the list's end.
    const edge = by < 0 ? to === 0 : to === next.length - 1;
    focus.focusSoon(`${channel.key}:${(by < 0) !== edge ? 'up' : 'down'}`);
    onChange(next);
  };
  return (
    <fieldset className="channel-editor">
      <legend>{t('directory.channels')}</legend>
      {channels.length === 0 ? <p>{t('common.noChannels')}</p> : null}
      <ol className="plain">
        {channels.map((channel, i) => {
          const at = `${field}.${i}`;
          const n = i + 1;
          return (
            <li key={channel.key}>
              <fieldset className="channel-editor__row">
                <legend>{t('directoryAdmin.channels.channelN', { n })}</legend>
                {errorAt(at) ? <p className="field__error">{errorAt(at)}</p> : null}
                <SelectField
                  ref={focus.target(channel.key)}
                  label={t('directoryAdmin.channels.kind')}
                  value={channel.kind}
                  onChange={(e) => {
                    change(i, { kind: e.target.value as ChannelKind });
                  }}
                  error={errorAt(`${at}.kind`)}
                >
                  {CHANNEL_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`enums.channel.${kind}`)}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  label={t(`directoryAdmin.channels.value.${channel.kind}`)}
                  hint={t(`directoryAdmin.channels.hint.${channel.kind}`)}
                  type={VALUE_TYPE[channel.kind]}
                  value={channel.value}
                  onChange={(e) => {
                    change(i, { value: e.target.value });
                  }}
                  error={errorAt(`${at}.value`)}
                />
                <TextField
                  label={t('directoryAdmin.channels.label')}
                  hint={t('directoryAdmin.channels.labelHint')}
                  value={channel.label}
                  onChange={(e) => {
                    change(i, { label: e.target.value });
                  }}
                  error={errorAt(`${at}.label`)}
                />
                <div className="actions">
                  {i > 0 ? (
                    <button
                      type="button"
                      ref={focus.target(`${channel.key}:up`)}
                      aria-label={t('directoryAdmin.channels.moveUpN', { n })}
                      onClick={() => {
                        move(i, -1);
                      }}
                    >
                      {t('directoryAdmin.moveUp')}
                    </button>
                  ) : null}
                  {i < channels.length - 1 ? (
                    <button
                      type="button"
                      ref={focus.target(`${channel.key}:down`)}
                      aria-label={t('directoryAdmin.channels.moveDownN', { n })}
                      onClick={() => {
                        move(i, 1);
                      }}
                    >
                      {t('directoryAdmin.moveDown')}
                    </button>
                  ) : null}
                  <button
                    type="button"
                    aria-label={t('directoryAdmin.channels.removeN', { n })}
                    onClick={() => {
                      focus.focusSoon('add');
                      onChange(channels.filter((_, j) => j !== i));
                    }}
                  >
                    {t('directoryAdmin.remove')}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {errorAt(field) ? <p className="field__error">{errorAt(field)}</p> : null}
      <button
        type="button"
        ref={focus.target('add')}
        onClick={() => {
          const channel: ChannelDraft = { key: newKey(), kind: 'PHONE', value: '', label: '' };
          focus.focusSoon(channel.key);
          onChange([...channels, channel]);
        }}
      >
        {t('directoryAdmin.channels.add')}
      </button>
    </fieldset>
  );
}

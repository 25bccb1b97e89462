// A service as its form holds it (every field a string or list the controls edit), and the way
// between that and the API: `serviceDraft` from a loaded service, `serviceInput` for a mutation.
import { channelDrafts, channelInputs, type ChannelDraft } from '@/components/channel-editor';
import type {
  OpeningHoursInput,
  ServiceForm_ServiceFragmentFragment as Service,
  ServiceInput,
  ServiceKind,
  ServiceStatus,
  TargetGroup,
  Weekday,
} from '@/gql/graphql';
import { WEEKDAYS } from '@/lib/opening-hours';

/** Languages offered as checkboxes (ISO 639-1); others are typed as codes. */
export const OFFERED_LANGUAGES: readonly string[] = ['fi', 'sv', 'se', 'nb', 'nn', 'en', 'ru', 'et', 'uk', 'ar', 'so', 'fa'];

/** One weekly period; `key` tells the rows apart. */
export interface PeriodDraft {
  key: string;
  day: Weekday;
  opens: string;
  closes: string;
}

/** One dated exception; `key` tells the rows apart. */
export interface ExceptionDraft {
  key: string;
  date: string;
  closed: boolean;
  opens: string;
  closes: string;
  note: string;
}

/** Weekly periods grouped by day, Monday first (the API's errors name them by this order). */
export interface HoursDraft {
  weekly: PeriodDraft[];
  exceptions: ExceptionDraft[];
}

/** A service as its form holds it. */
export interface ServiceDraft {
  name: string;
  /** Empty until chosen for a new service. */
  kind: ServiceKind | '';
  description: string;
  status: ServiceStatus;
  public: boolean;
  channels: ChannelDraft[];
  /** The offered languages ticked. */
  languages: string[];
  /** Other language codes, separated by commas. */
  otherLanguages: string;
  targetGroups: TargetGroup[];
  eligibility: string;
  isFree: boolean;
  isAnonymous: boolean;
  referralRequired: boolean;
  /** `YYYY-MM-DD`, or empty. */
  assuredOn: string;
  hours: HoursDraft;
  timeZone: string;
}

let nextKey = 0;
/** A key for a new period or exception row. */
export const rowKey = () => `row-${++nextKey}`;

const hm = (time: string | null | undefined) => (time ?? '').slice(0, 5);
const dayIndex = (day: Weekday) => WEEKDAYS.indexOf(day);

/** A new service's draft; its hours in `timeZone`. */
export function emptyService(timeZone: string): ServiceDraft {
  return {
    name: '',
    kind: '',
    description: '',
    status: 'ACTIVE',
    public: false,
    channels: [],
    languages: [],
    otherLanguages: '',
    targetGroups: [],
    eligibility: '',
    isFree: false,
    isAnonymous: false,
    referralRequired: false,
    assuredOn: '',
    hours: { weekly: [], exceptions: [] },
    timeZone,
  };
}

/** The draft of a loaded service, its weekly periods in week order. */
export function serviceDraft(service: Service): ServiceDraft {
  const weekly = (service.hours?.weekly ?? [])
    .map((p) => ({ key: rowKey(), day: p.day, opens: hm(p.opens), closes: hm(p.closes) }))
    // Stable: a day's periods keep their order.
    .sort((a, b) => dayIndex(a.day) - dayIndex(b.day));
  const exceptions = (service.hours?.exceptions ?? []).map((e) => ({
    key: rowKey(),
    date: e.date,
    closed: e.closed,
    opens: hm(e.opens),
    closes: hm(e.closes),
    note: e.note ?? '',
  }));
  return {
    name: service.name,
    kind: service.kind ?? 'OTHER',
    description: service.description,
    status: service.status ?? 'ACTIVE',
    public: service.public,
    channels: channelDrafts(service.channels),
    languages: service.languages.filter((l) => OFFERED_LANGUAGES.includes(l)),
    otherLanguages: service.languages.filter((l) => !OFFERED_LANGUAGES.includes(l)).join(', '),
    targetGroups: [...service.targetGroups],
    eligibility: service.eligibility,
    isFree: service.isFree,
    isAnonymous: service.isAnonymous,
    referralRequired: service.referralRequired,
    assuredOn: service.assuredOn ?? '',
    hours: { weekly, exceptions },
    timeZone: service.timeZone,
  };
}

/** Every language code: the offered ones ticked, then the others typed. */
export function languageCodes(draft: Pick<ServiceDraft, 'languages' | 'otherLanguages'>): string[] {
  const others = draft.otherLanguages
    .split(/[,;\s]+/)
    .map((code) => code.trim())
    .filter(Boolean);
  return [...new Set([...OFFERED_LANGUAGES.filter((l) => draft.languages.includes(l)), ...others])];
}

/** The hours as the API takes them; none when the service has neither periods nor exceptions. */
export function hoursInput(hours: HoursDraft): OpeningHoursInput | null {
  if (hours.weekly.length === 0 && hours.exceptions.length === 0) return null;
  return {
    weekly: hours.weekly.map((p) => ({ day: p.day, opens: p.opens, closes: p.closes })),
    exceptions: hours.exceptions.map((e) => ({
      date: e.date,
      closed: e.closed,
      opens: e.closed || !e.opens ? null : e.opens,
      closes: e.closed || !e.closes ? null : e.closes,
      note: e.note.trim() ? e.note : null,
    })),
  };
}

/** The draft as the API takes it; `kind` must have been chosen. */
export function serviceInput(draft: ServiceDraft): ServiceInput {
  return {
    name: draft.name,
    kind: draft.kind || 'OTHER',
    description: draft.description,
    status: draft.status,
    public: draft.public,
    channels: channelInputs(draft.channels),
    languages: languageCodes(draft),
    targetGroups: draft.targetGroups,
    eligibility: draft.eligibility,
    isFree: draft.isFree,
    isAnonymous: draft.isAnonymous,
    referralRequired: draft.referralRequired,
    assuredOn: draft.assuredOn || null,
    hours: hoursInput(draft.hours),
    timeZone: draft.timeZone.trim() || null,
  };
}

/** Adds a period on `day` after the day's last one (copying its times, else 9–16). */
export function addPeriod(weekly: readonly PeriodDraft[], day: Weekday, key: string): PeriodDraft[] {
  const sameDay = weekly.filter((p) => p.day === day);
  const last = sameDay.at(-1);
  const period = { key, day, opens: last ? last.closes : '09:00', closes: last ? '' : '16:00' };
  const at = weekly.findIndex((p) => dayIndex(p.day) > dayIndex(day));
  return at < 0 ? [...weekly, period] : [...weekly.slice(0, at), period, ...weekly.slice(at)];
}

/** Gives every day in `days` the periods of `from`, replacing their own. */
export function copyDay(weekly: readonly PeriodDraft[], from: Weekday, days: readonly Weekday[]): PeriodDraft[] {
  const source = weekly.filter((p) => p.day === from);
  const copies = days.flatMap((day) => source.map((p) => ({ ...p, key: rowKey(), day })));
  return [...weekly.filter((p) => !days.includes(p.day)), ...copies].sort((a, b) => dayIndex(a.day) - dayIndex(b.day));
}

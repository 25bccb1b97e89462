import { describe, expect, it } from 'vitest';

import type { ServiceForm_ServiceFragmentFragment as Service } from '@/gql/graphql';

import { addPeriod, copyDay, emptyService, hoursInput, languageCodes, serviceDraft, serviceInput } from './service-draft';

const service: Service = {
  id: 's1',
  updatedAt: '2026-11-20T10:00:00Z',
  name: 'Auttava puhelin',
  kind: 'PHONE_LINE',
  description: 'Neuvontaa',
  status: 'TEMPORARILY_CLOSED',
  public: true,
  channels: [{ kind: 'PHONE', value: '+358 40 000 0000', label: null }],
  languages: ['sv', 'fi', 'de'],
  targetGroups: ['VICTIMS'],
  eligibility: '',
  isFree: true,
  isAnonymous: true,
  referralRequired: false,
  assuredOn: '2024-05-02',
  isStale: true,
  timeZone: 'Europe/Oslo',
  hours: {
    weekly: [
      { day: 'WED', opens: '12:00', closes: '14:00' },
      { day: 'MON', opens: '09:00', closes: '11:00' },
      { day: 'MON', opens: '12:00', closes: '16:00' },
    ],
    exceptions: [{ date: '2026-06-19', closed: true, opens: null, closes: null, note: null }],
  },
};

describe('the service draft', () => {
  it('goes back to the API as it came, days in week order', () => {
    const input = serviceInput(serviceDraft(service));
    expect(input).toMatchObject({
      name: 'Auttava puhelin',
      kind: 'PHONE_LINE',
      status: 'TEMPORARILY_CLOSED',
      public: true,
      channels: [{ kind: 'PHONE', value: '+358 40 000 0000', label: null }],
      languages: ['fi', 'sv', 'de'],
      targetGroups: ['VICTIMS'],
      isFree: true,
      isAnonymous: true,
      assuredOn: '2024-05-02',
      timeZone: 'Europe/Oslo',
    });
    expect(input.hours?.weekly?.map((p) => `${p.day} ${p.opens}`)).toEqual(['MON 09:00', 'MON 12:00', 'WED 12:00']);
    expect(input.hours?.exceptions).toEqual([{ date: '2026-06-19', closed: true, opens: null, closes: null, note: null }]);
  });

  it('sends no hours when there are neither periods nor exceptions, and no date when none is given', () => {
    const input = serviceInput({ ...emptyService('Europe/Helsinki'), kind: 'CHAT' });
    expect(input.hours).toBeNull();
    expect(input.assuredOn).toBeNull();
  });

  it('drops the times of an exception closed all day', () => {
    const hours = hoursInput({ weekly: [], exceptions: [{ key: 'x', date: '2026-12-24', closed: true, opens: '10:00', closes: '12:00', note: ' ' }] });
    expect(hours?.exceptions).toEqual([{ date: '2026-12-24', closed: true, opens: null, closes: null, note: null }]);
  });

  it('reads other language codes separated by commas or spaces, each once', () => {
    expect(languageCodes({ languages: ['en', 'fi'], otherLanguages: 'de, fr;  de se' })).toEqual(['fi', 'en', 'de', 'fr', 'se']);
  });
});

describe('weekly periods', () => {
  const weekly = serviceDraft(service).hours.weekly;

  it('adds a period after the day’s last one, before the later days', () => {
    const next = addPeriod(weekly, 'MON', 'new');
    expect(next.map((p) => `${p.day} ${p.opens}-${p.closes}`)).toEqual(['MON 09:00-11:00', 'MON 12:00-16:00', 'MON 16:00-', 'WED 12:00-14:00']);
    expect(addPeriod([], 'TUE', 'k')).toEqual([{ key: 'k', day: 'TUE', opens: '09:00', closes: '16:00' }]);
  });

  it('copies Monday to Tuesday–Friday, replacing their own periods', () => {
    const next = copyDay(weekly, 'MON', ['TUE', 'WED', 'THU', 'FRI']);
    expect(next.map((p) => `${p.day} ${p.opens}`)).toEqual([
      'MON 09:00', 'MON 12:00', 'TUE 09:00', 'TUE 12:00', 'WED 09:00', 'WED 12:00', 'THU 09:00', 'THU 12:00', 'FRI 09:00', 'FRI 12:00',
    ]);
    expect(new Set(next.map((p) => p.key)).size).toBe(next.length);
  });
});

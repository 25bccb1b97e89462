import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';

import { splitProblems } from './errors';

const error = (...fields: (string | undefined)[]) =>
  new CombinedError({
    graphQLErrors: fields.map((field) => ({
      message: field ? `${field}: is wrong` : 'not allowed',
      extensions: { code: field ? 'BAD_USER_INPUT' : 'FORBIDDEN', ...(field ? { field } : {}) },
    })),
  });

describe('splitProblems', () => {
  it('puts a named field at the field and the rest at the top', () => {
    const { byField, general } = splitProblems(error('name', 'regionId', undefined), ['name']);
    expect(byField).toEqual({ name: 'Is wrong' });
    expect(general.map((p) => p.field)).toEqual(['regionId', undefined]);
  });

  it('takes every field under a name ending in a dot', () => {
    const { byField, general } = splitProblems(error('channels.1.value', 'hours.weekly.0', 'channelsX'), ['channels.', 'hours.']);
    expect(Object.keys(byField)).toEqual(['channels.1.value', 'hours.weekly.0']);
    expect(general.map((p) => p.field)).toEqual(['channelsX']);
  });
});

import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';

import { capitalise, isNotFound, problems, splitProblems } from './errors';

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

describe('isNotFound', () => {
  const failed = (...errors: { code: string; field?: string }[]) =>
    new CombinedError({
      graphQLErrors: errors.map(({ code, field }) => ({ message: field ? `${field}: bad` : 'x', extensions: { code, ...(field ? { field } : {}) } })),
    });

  it('takes NOT_FOUND and a malformed id from the URL as a missing page', () => {
    expect(isNotFound(failed({ code: 'NOT_FOUND' }))).toBe(true);
    expect(isNotFound(failed({ code: 'BAD_USER_INPUT', field: 'id' }))).toBe(true);
    expect(isNotFound(failed({ code: 'BAD_USER_INPUT', field: 'id' }, { code: 'BAD_USER_INPUT', field: 'regionId' }))).toBe(true);
  });

  it('keeps other problems as problems', () => {
    expect(isNotFound(undefined)).toBe(false);
    expect(isNotFound(failed({ code: 'BAD_USER_INPUT', field: 'title' }))).toBe(false);
    expect(isNotFound(failed({ code: 'BAD_USER_INPUT' }))).toBe(false);
    expect(isNotFound(failed({ code: 'BAD_USER_INPUT', field: 'id' }, { code: 'INTERNAL' }))).toBe(false);
    expect(isNotFound(failed({ code: 'FORBIDDEN' }))).toBe(false);
    expect(isNotFound(new CombinedError({ networkError: new Error('offline') }))).toBe(false);
  });

  it('takes a missing sign-in as a missing page only for a signed-out reader', () => {
    expect(isNotFound(failed({ code: 'UNAUTHENTICATED' }), false)).toBe(true);
    expect(isNotFound(failed({ code: 'UNAUTHENTICATED' }), true)).toBe(false);
  });
});

describe('capitalise', () => {
  it('starts a sentence that begins with a word in upper case', () => {
    expect(capitalise('ei saa olla tyhjä')).toBe('Ei saa olla tyhjä');
    expect(capitalise('on liian lyhyt: 5 merkkiä')).toBe('On liian lyhyt: 5 merkkiä');
  });

  it('leaves an address, a quote or a number as written', () => {
    expect(capitalise('jasen.oulu@example.org on jo alueen jäsen')).toBe('jasen.oulu@example.org on jo alueen jäsen');
    expect(capitalise('”bad-email” ei ole kelvollinen sähköpostiosoite')).toBe('”bad-email” ei ole kelvollinen sähköpostiosoite');
    expect(capitalise('example.org ei vastaa')).toBe('example.org ei vastaa');
    expect(capitalise('5 merkkiä')).toBe('5 merkkiä');
  });
});

describe('problems', () => {
  const answered = (code: string, headers: Record<string, string>) =>
    new CombinedError({
      graphQLErrors: [{ message: 'internal error; it has been logged, please try again later', extensions: { code } }],
      response: new Response(null, { status: 200, headers }),
    });

  it("names the request of a failure on the server's side, as its answer header gave it", () => {
    const [problem] = problems(answered('INTERNAL', { 'x-request-id': '5f0c1d2e-0000-4000-8000-000000000001' }));
    expect(problem?.reference).toBe('5f0c1d2e-0000-4000-8000-000000000001');
  });

  it('names no request for a problem of the input, or without the header', () => {
    expect(problems(answered('BAD_USER_INPUT', { 'x-request-id': 'abc' }))[0]?.reference).toBeUndefined();
    expect(problems(answered('INTERNAL', {}))[0]?.reference).toBeUndefined();
  });
});

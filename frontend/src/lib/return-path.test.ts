import { describe, expect, it } from 'vitest';

import { safeReturnPath, signInPath } from './return-path';

describe('safeReturnPath', () => {
  it('keeps a path of this site with its query and fragment', () => {
    expect(safeReturnPath('/pathways/abc')).toBe('/pathways/abc');
    expect(safeReturnPath('/search?q=v%C3%A4kivalta&type=PATHWAY#x')).toBe('/search?q=v%C3%A4kivalta&type=PATHWAY#x');
  });

  it('refuses other sites, schemes and anything that is not a path', () => {
    for (const target of [
      null,
      undefined,
      '',
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      '\\\\evil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
      'pathways/abc',
      ' /pathways/abc',
    ]) {
      expect(safeReturnPath(target), String(target)).toBeNull();
    }
  });

  it('does not come back to the sign-in page itself', () => {
    expect(safeReturnPath('/sign-in?return=/x')).toBeNull();
  });
});

describe('signInPath', () => {
  it('carries the return address as a parameter', () => {
    expect(signInPath('/regions/r1/feedback?x=1')).toBe('/sign-in?return=%2Fregions%2Fr1%2Ffeedback%3Fx%3D1');
  });

  it('leaves out an unsafe return address', () => {
    expect(signInPath('//evil.example')).toBe('/sign-in');
  });
});

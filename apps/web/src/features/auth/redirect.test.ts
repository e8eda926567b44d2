import { describe, expect, it } from 'vitest';
import { loginPathFor, sanitizeNext } from './redirect';

describe('sanitizeNext (where to go after login)', () => {
  it('keeps a path on this site with its query and hash', () => {
    expect(sanitizeNext('/sager')).toBe('/sager');
    expect(sanitizeNext('/sager?q=Ida&phase=PLAN')).toBe('/sager?q=Ida&phase=PLAN');
    expect(sanitizeNext('/sager/6f1c2a8e-2b7d-4c59-9f0a-1d2e3f405162#team')).toBe(
      '/sager/6f1c2a8e-2b7d-4c59-9f0a-1d2e3f405162#team',
    );
  });

  it('normalises dot segments without leaving the site', () => {
    expect(sanitizeNext('/sager/../noedadgang')).toBe('/noedadgang');
    expect(sanitizeNext('/../../etc')).toBe('/etc');
  });

  it('refuses anything that could lead to another origin', () => {
    for (const evil of [
      'https://evil.example/',
      'http:/evil.example',
      '//evil.example/sager',
      '/\\evil.example',
      '\\\\evil.example',
      '/\tevil',
      'javascript:alert(1)',
      'data:text/html,hi',
      'sager',
      ' /sager',
      '',
    ]) {
      expect(sanitizeNext(evil), evil).toBeNull();
    }
  });

  it('refuses missing, overly long and login targets (no loops)', () => {
    expect(sanitizeNext(null)).toBeNull();
    expect(sanitizeNext(undefined)).toBeNull();
    expect(sanitizeNext(`/${'a'.repeat(2100)}`)).toBeNull();
    expect(sanitizeNext('/login')).toBeNull();
    expect(sanitizeNext('/login?naeste=/sager')).toBeNull();
  });
});

describe('loginPathFor', () => {
  it('carries the current path and search in naeste', () => {
    expect(loginPathFor({ pathname: '/sager', search: '?q=Ida' })).toBe('/login?naeste=%2Fsager%3Fq%3DIda');
  });

  it('leaves naeste out for the start page and the login page itself', () => {
    expect(loginPathFor({ pathname: '/' })).toBe('/login');
    expect(loginPathFor({ pathname: '/login', search: '?naeste=/sager' })).toBe('/login');
  });
});

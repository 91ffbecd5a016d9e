import { describe, expect, it } from 'vitest';
import { courseOrigin } from '../../../extension/course-origin.ts';

describe('the course origin a build of the extension trusts', () => {
  it('a production build trusts the https:// origin it was given', () => {
    expect(courseOrigin({ VITE_PWA_ORIGIN: 'https://alongside.example.org' })).toEqual({ origin: 'https://alongside.example.org', devBuild: false });
  });

  it('a production build with an http:// origin stops, saying what to set', () => {
    expect(() => courseOrigin({ VITE_PWA_ORIGIN: 'http://localhost:4173' })).toThrow(/production build trusts only an https:\/\/ course[\s\S]*VITE_PWA_ORIGIN=https:\/\/.+ npm run build/);
    expect(() => courseOrigin({ VITE_PWA_ORIGIN: 'http://alongside.example.org' })).toThrow(/must start with https:\/\//);
  });

  it('a production build with no origin stops rather than trusting a local port', () => {
    expect(() => courseOrigin({})).toThrow(/needs the course's origin, and none is set[\s\S]*VITE_PWA_ORIGIN/);
    expect(() => courseOrigin({ VITE_PWA_ORIGIN: '' })).toThrow(/none is set/);
  });

  it('a development build may trust http://localhost on any port, and is marked as one', () => {
    expect(courseOrigin({ ALONGSIDE_DEV_BUILD: '1', VITE_PWA_ORIGIN: 'http://localhost:5411' })).toEqual({ origin: 'http://localhost:5411', devBuild: true });
    expect(courseOrigin({ ALONGSIDE_DEV_BUILD: '1' })).toEqual({ origin: 'http://localhost:4173', devBuild: true });
  });

  it('even a development build trusts no other http:// host', () => {
    expect(() => courseOrigin({ ALONGSIDE_DEV_BUILD: '1', VITE_PWA_ORIGIN: 'http://192.168.1.20:4173' })).toThrow(/https:\/\//);
    expect(() => courseOrigin({ ALONGSIDE_DEV_BUILD: '1', VITE_PWA_ORIGIN: 'http://localhost.evil.example' })).toThrow(/https:\/\//);
  });

  it('takes an origin only: a path or a trailing slash would never match the sender', () => {
    expect(() => courseOrigin({ VITE_PWA_ORIGIN: 'https://alongside.example.org/' })).toThrow(/origin only[\s\S]*https:\/\/alongside\.example\.org\.$/);
    expect(() => courseOrigin({ VITE_PWA_ORIGIN: 'https://alongside.example.org/course' })).toThrow(/origin only/);
    expect(() => courseOrigin({ VITE_PWA_ORIGIN: 'alongside.example.org' })).toThrow(/not an address/);
  });
});

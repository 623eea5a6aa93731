import { describe, expect, test } from 'vitest';
import { isLocalAddress, siteUrlWarning } from '../../../src/lib/site/site-url.ts';

describe('isLocalAddress', () => {
  test.each(['http://localhost:4321', 'http://LOCALHOST/', 'http://preview.localhost', 'http://127.0.0.1:8080/x', 'http://[::1]:4321'])('knows %s is on this computer', (url) => {
    expect(isLocalAddress(url)).toBe(true);
  });

  test.each(['https://example.org', 'https://localhost.example.org', 'https://127.example.org', 'not a url'])('knows %s is not', (url) => {
    expect(isLocalAddress(url)).toBe(false);
  });
});

describe('siteUrlWarning', () => {
  test('warns loudly when SITE_URL is not set', () => {
    expect(siteUrlWarning({})).toMatch(/SITE_URL is not set/);
  });

  test('warns when SITE_URL is an address on this computer', () => {
    expect(siteUrlWarning({ SITE_URL: 'http://localhost:4321' })).toMatch(/an address on this computer/);
  });

  test('says nothing for a public address, or for a local preview (npm start, the tests)', () => {
    expect(siteUrlWarning({ SITE_URL: 'https://decisions.example.org' })).toBeNull();
    expect(siteUrlWarning({ LOCAL_PREVIEW: '1' })).toBeNull();
  });
});

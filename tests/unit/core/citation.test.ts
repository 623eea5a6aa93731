import { describe, expect, test } from 'vitest';
import { citationText } from '../../../src/lib/core/citation.ts';
import { decision, signedOn } from '../../helpers/make-decision.ts';

describe('citationText', () => {
  test('gives publisher, year, reference, title, signing date, address and date accessed', () => {
    const d = decision('pcd-1092', { reference: 'PCD 1092', title: 'Roads Policing ANPR grant', ...signedOn('2021-12-10', '10/12/2021') });
    expect(citationText({ decision: d, url: 'https://example.org/decisions/pcd-1092/', accessed: '2026-11-23' })).toBe(
      'Mayor’s Office for Policing and Crime (MOPAC) (2021) PCD 1092: Roads Policing ANPR grant. Signed 10 December 2021. ' +
        'Available at: https://example.org/decisions/pcd-1092/ (Accessed: 23 November 2026).',
    );
  });

  test('says "n.d." and "no signing date" rather than inventing a date', () => {
    const d = decision('ocs', { title: 'Organised Crime Specific Grant' });
    const text = citationText({ decision: d, url: 'https://example.org/decisions/ocs/', accessed: '2026-01-05' });
    expect(text).toContain('(n.d.) Organised Crime Specific Grant. No signing date given.');
    expect(text).toContain('(Accessed: 5 January 2026)');
  });
});

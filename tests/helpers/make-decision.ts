/** Small valid decisions for unit tests, parsed by the real schema so that its defaults apply. */
import type { z } from 'zod';
import { decisionSchema } from '../../src/schemas/decision.ts';
import type { Decision } from '../../src/lib/core/decisions.ts';

export type DecisionInput = z.input<typeof decisionSchema>;
export type AmountInput = NonNullable<DecisionInput['amounts']>[number];
export type RelatedInput = NonNullable<DecisionInput['related']>[number];

export function decision(id: string, overrides: Partial<DecisionInput> = {}): Decision {
  const input: DecisionInput = {
    reference: null,
    title: `Decision ${id}`,
    summary: 'The Deputy Mayor accepts a grant.',
    decisionTypes: ['grant-acceptance'],
    signed: { notStated: 'The published document has no signature block.' },
    recipient: 'Metropolitan Police Service',
    programmes: ['county-lines'],
    partTwo: { status: 'no' },
    source: { file: `${id}.txt` },
    ...overrides,
  };
  return { ...decisionSchema.parse(input), id };
}

export function signedOn(date: string, asWritten: string): Pick<DecisionInput, 'signed'> {
  return { signed: { date, asWritten } };
}

export function amount(pence: number, asWritten: string, role: AmountInput['role'], principal = false): AmountInput {
  return { pence, asWritten, role, principal, quote: `The sum of ${asWritten} is stated here.` };
}

export function related(reference: string, says: string, date?: { date: string; asWritten: string }): RelatedInput {
  return { reference, says, quote: `See ${reference}.`, ...(date ? { date } : {}) };
}

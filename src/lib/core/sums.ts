/**
 * What a sum of money in a decision means. A decision mentions many sums and they must never be
 * added together blindly: only "accepted" sums are money the decision took on.
 */

export const SUM_ROLES = [
  'accepted',
  'bid',
  'allocation',
  'match-funding',
  'future-cap',
  'other-decision-grant',
  'component',
  'context',
] as const;

export type SumRole = (typeof SUM_ROLES)[number];

/** How each role is named and explained to readers. */
export const SUM_ROLE_LABELS: Record<SumRole, { label: string; explanation: string }> = {
  accepted: { label: 'Grant accepted', explanation: 'Money this decision accepts.' },
  bid: { label: 'Bid', explanation: 'Money this decision approves asking for; not yet awarded.' },
  allocation: {
    label: 'Allocation announced',
    explanation: 'Money a funder has set aside or announced, not accepted by this decision.',
  },
  'match-funding': {
    label: 'Match funding',
    explanation: 'Money from the police’s own budget that sits beside a grant.',
  },
  'future-cap': {
    label: 'Cap on future years',
    explanation: 'The most that may be accepted in later years without a new decision.',
  },
  'other-decision-grant': {
    label: 'Another decision’s grant',
    explanation: 'A sum approved by a different decision, mentioned here for context.',
  },
  component: {
    label: 'Part of a larger sum',
    explanation: 'A share of another sum listed for this decision; not counted again.',
  },
  context: {
    label: 'Context only',
    explanation: 'A figure that is not funding, such as a market size or a total cost.',
  },
};

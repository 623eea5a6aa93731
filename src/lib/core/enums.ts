/** The coded values of a decision's record, each with the words readers see for it. */

/** What a decision does; a decision may do several things. */
export const DECISION_TYPES = [
  'grant-acceptance',
  'future-grant-acceptance',
  'bid-approval',
  'initiative-approval',
  'governance-approval',
] as const;

export type DecisionType = (typeof DECISION_TYPES)[number];

/** What each decision type means in plain English. */
export const DECISION_TYPE_LABELS: Record<DecisionType, string> = {
  'grant-acceptance': 'Accepts a grant',
  'future-grant-acceptance': 'Approves accepting future grant offers',
  'bid-approval': 'Approves a bid for funding',
  'initiative-approval': 'Approves a new initiative',
  'governance-approval': 'Approves governance arrangements',
};

/** Other dates a document can state besides the Deputy Mayor's signature. */
export const DATE_KINDS = [
  'chief-executive-signed',
  'meeting',
  'decision-required-by',
  'funding-period-start',
  'funding-period-end',
  'part-2-review',
] as const;

export type DateKind = (typeof DATE_KINDS)[number];

/** How each kind of stated date is described. */
export const DATE_KIND_LABELS: Record<DateKind, string> = {
  'chief-executive-signed': 'Signed by the Chief Executive',
  meeting: 'Investment advisory meeting',
  'decision-required-by': 'Decision required by',
  'funding-period-start': 'Funding period starts',
  'funding-period-end': 'Funding period ends',
  'part-2-review': 'Part 2 to be reviewed',
};

/** Whether a confidential Part 2 exists: yes, no, not stated, or the documents disagree. */
export const PART_TWO_STATUSES = ['yes', 'no', 'not-stated', 'conflicting'] as const;

export type PartTwoStatus = (typeof PART_TWO_STATUSES)[number];

/** How each Part 2 status reads. */
export const PART_TWO_LABELS: Record<PartTwoStatus, string> = {
  yes: 'Yes – a confidential Part 2 exists',
  no: 'No',
  'not-stated': 'Not stated',
  conflicting: 'The documents disagree',
};

/**
 * What the site's record of a decision rests on, best first. A decision moves up a level when
 * better evidence arrives, and keeps its address.
 */
export const EVIDENCE_LEVELS = ['full-text', 'register', 'citation'] as const;

export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** How each evidence level is named wherever a decision is shown: in words, never by colour alone. */
export const EVIDENCE_LABELS: Record<EvidenceLevel, { label: string; explanation: string }> = {
  'full-text': { label: 'Published here in full', explanation: 'The whole published text is on this site, and each figure links to its sentence.' },
  register: {
    label: 'From the public register',
    explanation: 'Facts and figures read from the decision’s page on the public register (london.gov.uk, “MOPAC decisions”); the summary is in this site’s words.',
  },
  citation: { label: 'Known only from a citation', explanation: 'Known only from what another decision on this site says of it.' },
};

/** Whether a decision's approval is on record. */
export const APPROVAL_STATUSES = ['recorded', 'not-recorded'] as const;

export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/** Words readers see for the schema's coded values. */

/** What each decision type means in plain English. */
export const DECISION_TYPE_LABELS: Record<string, string> = {
  'grant-acceptance': 'Accepts a grant',
  'future-grant-acceptance': 'Approves accepting future grant offers',
  'bid-approval': 'Approves a bid for funding',
  'initiative-approval': 'Approves a new initiative',
  'governance-approval': 'Approves governance arrangements',
};

/** How each kind of stated date is described. */
export const DATE_KIND_LABELS: Record<string, string> = {
  'chief-executive-signed': 'Signed by the Chief Executive',
  meeting: 'Investment advisory meeting',
  'decision-required-by': 'Decision required by',
  'funding-period-start': 'Funding period starts',
  'funding-period-end': 'Funding period ends',
  'part-2-review': 'Part 2 to be reviewed',
};

/** How each Part 2 status reads. */
export const PART_TWO_LABELS: Record<string, string> = {
  yes: 'Yes – a confidential Part 2 exists',
  no: 'No',
  'not-stated': 'Not stated',
  conflicting: 'The documents disagree',
};

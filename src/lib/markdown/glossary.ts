/**
 * The glossary: every abbreviation the published decisions use, what it stands for and what it
 * means, for a member of the public. One list serves the /glossary/ page and the Markdown plugin
 * that links the first mention of each abbreviation in a decision to its entry.
 *
 * Meanings come from the documents wherever they spell an abbreviation out ("Automatic Number
 * Plate Recognition (ANPR)"); `fromDocuments: false` marks the few taken from general usage, and
 * the page says so. Abbreviations whose meaning neither the documents nor certain general usage
 * settles are listed apart, unexplained, rather than guessed.
 *
 * Matching is whole-word and case-sensitive: "SOC" is an abbreviation, "soc" would not be, and
 * "MPS" inside "MPS's" counts while "PCD" inside "PCD990" does not.
 */

/** One abbreviation and its meaning. */
export interface GlossaryEntry {
  /** The abbreviation as the documents write it: "ANPR", "CoLP", "MO2". */
  readonly term: string;
  /** What the letters stand for. */
  readonly expansion: string;
  /** One or two plain-English sentences for a reader who has never met it. */
  readonly explanation: string;
  /** The fragment of its entry on /glossary/: "anpr" for /glossary/#anpr. */
  readonly id: string;
  /** Whether the decisions themselves give this meaning; false when it comes from general usage. */
  readonly fromDocuments: boolean;
  /** The documents' own wording of the expansion where it differs from `expansion` (a slip, a variant spelling). */
  readonly writtenInDocuments?: string;
  /** Other forms that mean the same, with their own expansion: plurals ("OCGs") and alternative spellings. */
  readonly variants?: Readonly<Record<string, string>>;
}

/** An abbreviation the documents use without saying what it means, and that this site will not guess. */
export interface UnexplainedAbbreviation {
  readonly term: string;
  /** The fragment of its note on /glossary/. */
  readonly id: string;
  /** Where it appears and why it is left unexplained. */
  readonly note: string;
}

const entry = (term: string, expansion: string, explanation: string, more: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  term,
  expansion,
  explanation,
  id: term.toLowerCase(),
  fromDocuments: true,
  ...more,
});

const general = { fromDocuments: false } as const;

/** Every abbreviation the glossary explains, alphabetical by term. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  entry(
    '4P',
    'Prevent, Protect, Prepare and Pursue',
    'The four strands of the approach to county lines and drugs that the documents describe. In PCD 386 the National Crime Agency leads on “pursue” and the police on the other three.',
  ),
  entry(
    'ACE',
    'Asset Confiscation Enforcement',
    'ACE Teams enforce confiscation orders: court orders that take from convicted criminals the proceeds of their crimes. Also written ACET.',
  ),
  entry(
    'ACET',
    'Asset Confiscation Enforcement Team',
    'The team that enforces confiscation orders, part of the London Regional Organised Crime Unit (ROCU). See also ACE.',
  ),
  entry(
    'ANPR',
    'Automatic Number Plate Recognition',
    'Cameras and computer systems that read vehicle number plates automatically. PCD 1092 pays for ANPR cameras, engineers and officers to act on what the cameras find.',
  ),
  entry(
    'ARIS',
    'Asset Realisation Incentivisation Scheme',
    'A Home Office scheme under which part of the value of criminal assets recovered is returned to police forces, to reinvest in financial investigation and enforcement.',
  ),
  entry(
    'BAU',
    'Business as usual',
    'Used in a budget table of the OCS grant report (“BAU Revenue”). It usually means the ongoing, day-to-day running of a service rather than a one-off project.',
    general,
  ),
  entry(
    'BCU',
    'Basic Command Unit',
    'A local policing area of the Metropolitan Police, covering one or more London boroughs.',
    { ...general, variants: { BCUs: 'Basic Command Units' } },
  ),
  entry(
    'BTP',
    'British Transport Police',
    'The police force for Britain’s railways. With the Metropolitan Police and the City of London Police it provides the London Regional Organised Crime Unit (ROCU).',
  ),
  entry(
    'CID',
    'Criminal Investigation Department',
    'The detectives of a police force. The OCS grant report mentions training given on CID courses.',
    general,
  ),
  entry(
    'CLs',
    'County Lines',
    'PCD 785 writes “CLs” for county lines: drug supply networks that, the documents explain, exploit children and vulnerable people to supply Class A drugs from London to other areas.',
    general,
  ),
  entry(
    'CoLP',
    'City of London Police',
    'The police force for the City of London, the financial district, separate from the Metropolitan Police. It is one of the three forces of the London Regional Organised Crime Unit (ROCU).',
  ),
  entry(
    'CPIE',
    'Crime Prevention, Inclusion & Engagement Team',
    'The team that, in PCD 911, reviewed the pilot’s Equality Impact Assessment form and concluded that a full assessment was not needed.',
  ),
  entry(
    'CPS',
    'Crown Prosecution Service',
    'The body that decides whether people are charged with crimes in England and Wales, and prosecutes them in court.',
    general,
  ),
  entry(
    'CSC',
    'Central Specialist Crime',
    'A Metropolitan Police command, named in PCD 1092 alongside Specialist Crime (SC).',
  ),
  entry(
    'CSE',
    'Child Sexual Exploitation',
    'A form of child sexual abuse. The documents write “CSE/A”, child sexual exploitation and abuse, among the themes the National County Lines Co-ordination Centre works across.',
    general,
  ),
  entry(
    'CSSF',
    'Conflict, Stability and Security Fund',
    'A UK government fund. PCD 911 says its grant comes from the fund’s Serious Organised Crime (SOC) programme.',
  ),
  entry(
    'CT',
    'Counter Terrorism',
    'Police work to prevent and investigate terrorism. The Metropolitan Police’s ANPR Unit runs counter terrorism ANPR services for the whole country.',
  ),
  entry(
    'DAC',
    'Deputy Assistant Commissioner',
    'A senior rank in the Metropolitan Police. The report in PCD 386 is by DAC Duncan Ball.',
    general,
  ),
  entry(
    'DI',
    'Detective Inspector',
    'A detective rank. In PCD 911 a Detective Inspector controls how the grant is spent on overtime.',
  ),
  entry(
    'DMPC',
    'Deputy Mayor for Policing and Crime',
    'The deputy mayor who takes the decisions of the Mayor’s Office for Policing and Crime (MOPAC) under delegated powers, such as accepting grants. The decisions on this site are made by, or asked of, the DMPC.',
  ),
  entry(
    'DPA',
    'Data Protection Act',
    'The UK law on the use of personal data; the documents refer to the Data Protection Act 2018.',
  ),
  entry(
    'DPIA',
    'Data Protection Impact Assessment',
    'An assessment of the privacy risks of a project that uses personal data. The documents explain that the law makes one mandatory where the processing is likely to result in a high risk to people’s rights.',
    { variants: { DPIAs: 'Data Protection Impact Assessments' } },
  ),
  entry(
    'DSRC',
    'Dedicated Short Range Communications',
    'One of the ways connected vehicles communicate, listed in the OCS grant report among the channels through which sensitive police data could be compromised.',
  ),
  entry(
    'ECHR',
    'European Convention on Human Rights',
    'The international treaty on human rights that public bodies in the UK, the police among them, must respect.',
    { writtenInDocuments: 'European Convention of Human Rights' },
  ),
  entry(
    'EIA',
    'Equality Impact Assessment',
    'An assessment of whether a change could affect some groups of people differently from others, for example by age, disability, race or sex.',
  ),
  entry(
    'EMSOU',
    'East Midlands Special Operations Unit',
    'A regional police unit in the East Midlands. In the OCS grant report it confirmed an offer of a further £0.500m “Core ROCU grant” for London.',
  ),
  entry(
    'FOIA',
    'Freedom of Information Act 2000',
    'The law that gives anyone the right to ask public bodies for information. Parts of some decisions are kept confidential under its exemptions.',
  ),
  entry(
    'FTE',
    'Full-time equivalent',
    'A count of staff in which, for example, two half-time posts make one. A column heading in the OCS grant report’s cost tables, where it is sometimes split as “FT E”.',
    general,
  ),
  entry(
    'FY',
    'Financial year',
    'The year from 1 April to 31 March used for public budgets, written for example “FY 21/22” for 2021/22.',
    general,
  ),
  entry(
    'GDPR',
    'General Data Protection Regulation',
    'Rules on the use of personal data, which the documents cite alongside the Data Protection Act 2018; its Article 35 requires a Data Protection Impact Assessment for high-risk processing.',
  ),
  entry(
    'HCF',
    'Home County Force',
    'In PCD 785, the police forces of the counties around London, into which county lines from London supply drugs.',
    { variants: { HCFs: 'Home County Forces' } },
  ),
  entry(
    'HM',
    'His (or Her) Majesty’s',
    'Part of the names of some government bodies, such as HM Courts and Tribunals Service.',
    general,
  ),
  entry(
    'HMCTS',
    'His Majesty’s Courts and Tribunals Service',
    'The government agency that runs the courts and tribunals in England and Wales. The OCS grant report says money recovered from criminals is paid out through it, including compensation to victims of crime.',
    { writtenInDocuments: 'HM Courts and Tribunal Services' },
  ),
  entry(
    'HMIC',
    'Her Majesty’s Inspectorate of Constabulary',
    'The inspectorate of police forces in England and Wales, since 2017 His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS). The OCS grant report cites its 2016 report on police effectiveness.',
    general,
  ),
  entry('HMRC', 'His Majesty’s Revenue and Customs', 'The UK’s tax and customs authority.', general),
  entry(
    'HO',
    'Home Office',
    'The UK government department responsible for policing, which offers most of the grants in these decisions.',
  ),
  entry(
    'IAB',
    'Investment Advisory Board',
    'A MOPAC board through which proposals reach the Deputy Mayor for Policing and Crime. PCD 386 went to its meeting of 26 April 2018.',
  ),
  entry(
    'IAM',
    'Investment Advisory and Monitoring meeting',
    'The MOPAC meeting through which Metropolitan Police reports ask the Deputy Mayor for Policing and Crime for approval.',
  ),
  entry(
    'ICO',
    'Information Commissioner’s Office',
    'The UK’s regulator for data protection and freedom of information.',
    general,
  ),
  entry(
    'LRO',
    'Lead Responsible Officer',
    'In the OCS grant report, the Superintendent who leads the Metropolitan Police’s drugs strategy.',
  ),
  entry(
    'MCLOC',
    'MPS County Line Operations Centre',
    'The Metropolitan Police unit into which PCD 785 expands Operation Orochi.',
  ),
  entry(
    'MHRA',
    'Medicines and Healthcare products Regulatory Agency',
    'The UK regulator of medicines and medical devices, named in the OCS grant report among partner agencies.',
    general,
  ),
  entry(
    'MO2',
    'Met Intelligence',
    'The Metropolitan Police’s intelligence command, which includes its ANPR Unit.',
  ),
  entry(
    'MO3',
    'Covert Policing',
    'The Metropolitan Police’s covert policing command, which the OCS grant report says supports serious crime investigation and frontline policing.',
  ),
  entry(
    'MOPAC',
    'Mayor’s Office for Policing and Crime',
    'The body through which the Mayor of London oversees the Metropolitan Police and its budget. Grants for London’s police are paid to MOPAC, which decides whether to accept them.',
  ),
  entry(
    'MoRiLE',
    'Management of Risk in Law Enforcement',
    'A risk assessment scoring system that, PCD 911 explains, keeps investigators focused on the cases that cause the most harm.',
    { variants: { MoRILE: 'Management of Risk in Law Enforcement' } },
  ),
  entry(
    'MPS',
    'Metropolitan Police Service',
    'London’s police force (apart from the City of London, which has its own), also called “the Met”.',
  ),
  entry(
    'NCA',
    'National Crime Agency',
    'The UK’s national law enforcement agency against serious and organised crime. In PCD 386 it leads the “pursue” part of the National County Lines Co-ordination Centre’s work.',
    general,
  ),
  entry(
    'NCLCC',
    'National County Lines Co-ordination Centre',
    'A national centre, proposed in PCD 386 and overseen by the police and the National Crime Agency, that co-ordinates work against county lines across police forces. PCD 785 notes that it gathers intelligence but has no operational capability of its own.',
  ),
  entry(
    'NPCC',
    'National Police Chiefs’ Council',
    'The body through which the chief officers of the UK’s police forces co-ordinate national policing.',
    { writtenInDocuments: 'National Police Chief’s Council' },
  ),
  entry(
    'NPSA',
    'National Protective Security Authority',
    'A UK government authority on protective security. In the OCS grant report it provided training material on the risks that connected vehicles pose to police operations.',
  ),
  entry(
    'OCG',
    'Organised Crime Group',
    'A group involved in organised crime. The documents link organised crime groups to serious violence, drug supply and county lines.',
    { variants: { OCGs: 'Organised Crime Groups' } },
  ),
  entry(
    'OCGM',
    'Organised Crime Group Mapping',
    'Identifying and recording organised crime groups and the threat they pose. The OCS grant report says HMIC found it inconsistent and recommended it move to regional units.',
  ),
  entry(
    'OCN',
    'Organised Crime Network',
    'A network of people involved in organised crime; the documents use the term alongside organised crime groups (OCGs).',
    general,
  ),
  entry(
    'OCS',
    'Organised Crime Specific',
    'The OCS Grant is a Home Office grant for teams that tackle organised crime, which MOPAC has accepted every year for several years.',
  ),
  entry(
    'PC',
    'Police Constable',
    'The first rank of police officer. PCD 785 mentions “PC uplifts”: increases in the number of constables.',
    general,
  ),
  entry(
    'PCC',
    'Police and Crime Commissioner',
    'An elected official who oversees a police force outside London, where the Mayor does this through MOPAC. The OCS grant report names the PCC for Bedfordshire.',
    general,
  ),
  entry(
    'PCD',
    'Reference of a decision of the Deputy Mayor for Policing and Crime',
    'The letters before the number MOPAC gives each decision of the Deputy Mayor for Policing and Crime, as in PCD 1092. The documents do not say what the letters stand for.',
    general,
  ),
  entry(
    'PIB',
    'Portfolio and Investment Board',
    'In PCD 386, a board to which the proposal was submitted for oversight and approval, with MOPAC’s Investment Advisory Board (IAB); in the Metropolitan Police, PIB is its Portfolio and Investment Board. PCD 1092 calls its own report “this operational PIB”.',
    general,
  ),
  entry(
    'POCA',
    'Proceeds of Crime Act',
    'The Proceeds of Crime Act 2002, the law under which criminals’ assets can be restrained and confiscated.',
  ),
  entry(
    'RART',
    'Regional Asset Recovery Team',
    'The team in the London Regional Organised Crime Unit (ROCU) that restrains and confiscates the proceeds of crime.',
  ),
  entry(
    'ROCTA',
    'Regional Organised Crime Threat Assessment',
    'The London unit that maps organised crime and assesses the threat it poses, so that police can focus on the groups causing the most harm.',
  ),
  entry(
    'ROCU',
    'Regional Organised Crime Unit',
    'A unit in which the police forces of a region work together against serious and organised crime. London’s brings together the Metropolitan Police, the City of London Police and British Transport Police; nine others cover the rest of England and Wales.',
    { variants: { ROCUs: 'Regional Organised Crime Units' } },
  ),
  entry('SC', 'Specialist Crime', 'A Metropolitan Police command, named in PCD 1092 alongside Central Specialist Crime (CSC).'),
  entry(
    'SOC',
    'Serious and Organised Crime',
    'Serious crime committed by organised groups, such as the drug trafficking, fraud and money laundering the documents mention. The documents also name a SOC grant and SOC teams.',
  ),
  entry(
    'TSU',
    'Technical Support Unit',
    'The Metropolitan Police unit that provides technical support to covert operations.',
  ),
  entry(
    'VCTF',
    'Violent Crime Taskforce',
    'A Metropolitan Police team against violent crime, named in PCD 1092 among the teams that act on ANPR intelligence.',
  ),
];

/** Abbreviations the documents use without explaining them, listed on /glossary/ but never linked. */
export const UNEXPLAINED_ABBREVIATIONS: readonly UnexplainedAbbreviation[] = [
  {
    term: 'CSAS',
    id: 'csas',
    note: 'Named in PCD 1092 among training courses, with Drugs Expert Witness and XRY. The document does not say what it stands for.',
  },
  {
    term: 'SME',
    id: 'sme',
    note: 'PCD 386 writes “best practice and SME’s” and “third sector and SME’s”. It could mean subject matter experts or small and medium-sized enterprises; the document does not say which.',
  },
  {
    term: 'XRY',
    id: 'xry',
    note: 'Named in PCD 1092 among training courses, with Drugs Expert Witness and CSAS. The document does not say what it is.',
  },
];

/** An abbreviation found in a text: which entry, the form written, and where. */
export interface TermMatch {
  readonly entry: GlossaryEntry;
  /** The form as written: the term or one of its variants. */
  readonly term: string;
  /** What this form stands for: the variant's own expansion, or the entry's. */
  readonly expansion: string;
  readonly start: number;
  readonly end: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A global regular expression matching any of `terms` as a whole word, case-sensitively. Longer
 * forms are tried first, so "OCGs" is one match rather than "OCG" followed by a letter. A
 * possessive "ROCU's" matches "ROCU": an apostrophe ends a word.
 */
export function wholeWordPattern(terms: readonly string[]): RegExp {
  const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
}

const FORMS = new Map<string, { entry: GlossaryEntry; expansion: string }>(
  GLOSSARY.flatMap((e) => [
    [e.term, { entry: e, expansion: e.expansion }] as const,
    ...Object.entries(e.variants ?? {}).map(([form, expansion]) => [form, { entry: e, expansion }] as const),
  ]),
);
const PATTERN = wholeWordPattern([...FORMS.keys()]);

/** Every mention of a glossary abbreviation in `text`, in order. */
export function matchTerms(text: string): TermMatch[] {
  return [...text.matchAll(PATTERN)].map((match) => {
    const form = FORMS.get(match[0])!;
    return { ...form, term: match[0], start: match.index, end: match.index + match[0].length };
  });
}

/**
 * The mentions in `text` of abbreviations not yet in `seen`, the first of each only, and adds them
 * to `seen`: called on a document's texts in reading order, it picks each abbreviation's first mention.
 */
export function takeFirstMentions(text: string, seen: Set<string>): TermMatch[] {
  const taken: TermMatch[] = [];
  for (const match of matchTerms(text)) {
    if (seen.has(match.entry.id)) continue;
    seen.add(match.entry.id);
    taken.push(match);
  }
  return taken;
}

/**
 * What a glossary link is called for screen readers and speech input: the abbreviation as written
 * first (so "click ANPR" works and axe's label-in-name check holds), then what it stands for.
 */
export function glossaryLinkLabel(match: Pick<TermMatch, 'term' | 'expansion'>): string {
  return `${match.term}, ${match.expansion}: glossary`;
}

/** Which glossary entries and unexplained abbreviations `text` uses, by their ids. */
export function termsUsed(text: string): { entries: Set<string>; unexplained: Set<string> } {
  const unexplained = new Set<string>();
  for (const abbreviation of UNEXPLAINED_ABBREVIATIONS) {
    if (wholeWordPattern([abbreviation.term]).test(text)) unexplained.add(abbreviation.id);
  }
  return { entries: new Set(matchTerms(text).map((m) => m.entry.id)), unexplained };
}

/** The documents that use each glossary entry and unexplained abbreviation, keyed by the entry's id. */
export function usageByTerm<T extends { readonly text: string }>(documents: Iterable<T>): Map<string, T[]> {
  const usage = new Map<string, T[]>();
  for (const document of documents) {
    const { entries, unexplained } = termsUsed(document.text);
    for (const id of [...entries, ...unexplained]) {
      const users = usage.get(id);
      if (users) users.push(document);
      else usage.set(id, [document]);
    }
  }
  return usage;
}

/** Entries in reading order of the glossary: alphabetical, ignoring case, digits first. */
export function alphabetical<T extends { readonly term: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base', numeric: true }));
}

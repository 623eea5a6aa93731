/**
 * A seeded generator of synthetic decision files for the search benchmark (scripts/bench-search.ts).
 *
 * Every file it writes passes the real schema (src/schemas/decision.ts): references "PCD N" in files
 * named pcd-N.md, sums whose printed form equals their pence, dates whose printed form reads as the
 * ISO date, and every amount's and related decision's `quote` placed verbatim in the body.
 *
 * The text imitates the five real decisions in content/decisions/: the same form (decision form,
 * numbered paragraphs, declaration table, the MPS report with its tables), sentences from a
 * word-bigram chain trained on the real bodies, domain templates (boroughs, units, offences), and
 * words from a seeded pseudo-word lexicon drawn with a Zipf distribution, so that some words are
 * common and many are rare (found in one or a few decisions), as in a real archive.
 *
 * Deterministic: the same size and seed give byte-identical files. Each decision has its own
 * PRNG stream (mulberry32 seeded from the run seed and its index), so changing one template
 * does not shift every later decision.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FUNDERS, PROGRAMME_IDS, type ProgrammeId } from '../../src/lib/core/programmes.ts';
import { parseAmount } from '../../src/lib/core/money.ts';
import { parseUkDate } from '../../src/lib/core/dates.ts';
import { financialYearOf, formatFinancialYear } from '../../src/lib/core/financial-year.ts';
import { decisionSchema } from '../../src/schemas/decision.ts';
import { foldForComparison } from '../../src/lib/core/text.ts';

// --- Random numbers ----------------------------------------------------------------------------------

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes two integers into a 32-bit seed (for one PRNG stream per decision). */
export function mixSeed(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d) >>> 0;
  h ^= h >>> 15;
  return h >>> 0;
}

export class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, count);
  }
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [value, weight] of choices) {
      r -= weight;
      if (r < 0) return value;
    }
    const last = choices.at(-1);
    if (!last) throw new RangeError('weighted pick from an empty list');
    return last[0];
  }
}

// --- The text model ----------------------------------------------------------------------------------

const TOKEN_OK = /^(?:[A-Za-z0-9£%'’.,;:()/–"-]+|&)$/;

/** Lines of the real bodies that read as prose, stripped of Markdown, as token lists. */
function proseTokens(body: string): string[][] {
  const paragraphs: string[][] = [];
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('|') || line.startsWith('#')) continue;
    const text = line
      .replace(/^(?:[-*]\s+|\d+(?:\.\d+)*\.?\s+|\(\w\)\s+)/, '')
      .replace(/<[^>]+>/g, '')
      .replace(/\\\|/g, ' ')
      .replace(/[*_`[\]\\]/g, '');
    const tokens = text.split(/\s+/).filter((t) => TOKEN_OK.test(t));
    if (tokens.length >= 4) paragraphs.push(tokens);
  }
  return paragraphs;
}

/** A word-bigram chain over the real decisions' prose. */
export interface TextModel {
  transitions: Map<string, string[]>;
  starters: string[];
  /** Tokens that end a sentence: a full stop, not an abbreviation such as "Det." or "Para.". */
  enders: Set<string>;
  /** Every word of the real decisions, lower case, so pseudo-words never collide with one. */
  realWords: Set<string>;
  /** The real decisions' words of five letters or more, for the title and list generators. */
  realNouns: string[];
}

export function buildTextModel(bodies: readonly string[]): TextModel {
  const transitions = new Map<string, string[]>();
  const starters: string[] = [];
  const realWords = new Set<string>();
  for (const body of bodies) {
    for (const tokens of proseTokens(body)) {
      let previous: string | null = null;
      for (const token of tokens) {
        for (const word of token.toLowerCase().split(/[^a-z]+/)) if (word) realWords.add(word);
        if ((previous === null || /[.:]$/.test(previous)) && /^[A-Z]/.test(token)) starters.push(token);
        if (previous !== null) {
          const list = transitions.get(previous);
          if (list) list.push(token);
          else transitions.set(previous, [token]);
        }
        previous = token;
      }
    }
  }
  const realNouns = [...realWords].filter((w) => w.length >= 5).sort();
  const enders = new Set(
    [...transitions.keys(), ...[...transitions.values()].flat()].filter((t) => /\.$/.test(t) && !/^(?:Det|Supt|No|Para|Sec|Op|inc|e\.g|i\.e)\.$/i.test(t)),
  );
  return { transitions, starters, enders, realWords, realNouns };
}

/** Reads the bodies (frontmatter removed) of the real decisions. */
export function readRealBodies(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const end = text.indexOf('\n---', 4);
      return end >= 0 ? text.slice(end + 4) : text;
    });
}

/** Pseudo-words: pronounceable, seeded, never a word of the real decisions. */
function buildLexicon(rng: Rng, size: number, avoid: Set<string>): string[] {
  const onsets = ['b', 'br', 'c', 'cl', 'cr', 'd', 'dr', 'f', 'fl', 'g', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pl', 'pr', 'r', 's', 'sc', 'sh', 'sl', 'st', 't', 'th', 'tr', 'v', 'w', 'z'];
  const nuclei = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ea', 'ou', 'io', 'y'];
  const codas = ['', '', '', 'n', 'r', 'l', 's', 't', 'nd', 'rn', 'st', 'x', 'm', 'ck', 'ng'];
  const words = new Set<string>();
  while (words.size < size) {
    const syllables = rng.weighted([[2, 5], [3, 4], [4, 1]] as const);
    let word = '';
    for (let s = 0; s < syllables; s++) word += rng.pick(onsets) + rng.pick(nuclei) + (s === syllables - 1 || rng.chance(0.3) ? rng.pick(codas) : '');
    if (word.length >= 5 && word.length <= 12 && !avoid.has(word)) words.add(word);
  }
  return [...words];
}

/** Samples indices 0..n-1 with probability proportional to 1 / (k + q)^s (Zipf–Mandelbrot). */
function zipfSampler(n: number, s: number, q: number): (rng: Rng) => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) {
    total += 1 / Math.pow(k + q, s);
    cumulative[k] = total;
  }
  return (rng) => {
    const r = rng.next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

// --- Vocabulary of the domain ------------------------------------------------------------------------

const BOROUGHS = [
  'Barking and Dagenham', 'Barnet', 'Bexley', 'Brent', 'Bromley', 'Camden', 'Croydon', 'Ealing', 'Enfield', 'Greenwich',
  'Hackney', 'Hammersmith and Fulham', 'Haringey', 'Harrow', 'Havering', 'Hillingdon', 'Hounslow', 'Islington',
  'Kensington and Chelsea', 'Kingston upon Thames', 'Lambeth', 'Lewisham', 'Merton', 'Newham', 'Redbridge',
  'Richmond upon Thames', 'Southwark', 'Sutton', 'Tower Hamlets', 'Waltham Forest', 'Wandsworth', 'Westminster',
];
const COUNTIES = ['Kent', 'Essex', 'Surrey', 'Sussex', 'Hertfordshire', 'Bedfordshire', 'Norfolk', 'Suffolk', 'Thames Valley', 'Hampshire', 'Cambridgeshire', 'Merseyside', 'West Midlands', 'Devon and Cornwall'];
const UNITS = [
  'the Violent Crime Taskforce', 'Specialist Crime', 'the MO2 ANPR Unit', 'Met Intelligence', 'the County Lines Unit',
  'the Regional Organised Crime Unit (ROCU)', 'the Regional Asset Recovery Team (RART)', 'Central Specialist Crime',
  'the Basic Command Units (BCUs)', 'Frontline Policing', 'the Rescue and Response project', 'the Drugs Expert Witness team',
  'the Digital Forensics team', 'the Asset Confiscation Enforcement (ACE) team', 'the MPS County Line Operations Centre (MCLOC)',
  'the National Crime Agency (NCA)', 'the British Transport Police (BTP)', 'the National County Lines Co-ordination Centre',
];
const PARTNERS = ['local authorities', 'youth offending teams', 'the Crown Prosecution Service', 'children’s social care', 'the voluntary sector', 'NHS trusts', 'Catch22', 'the Home Office', 'neighbouring forces', 'St Giles Trust'];
const OFFENCES = ['drug supply', 'knife crime', 'child criminal exploitation', 'modern slavery', 'money laundering', 'firearms offences', 'cuckooing', 'serious youth violence', 'drug trafficking', 'robbery'];
const OUTCOMES = ['arrests', 'charges', 'safeguarding referrals', 'line closures', 'seizures of Class A drugs', 'weapons recovered', 'vulnerable people safeguarded', 'disruptions'];
const RANKS = ['Detective Inspector', 'Detective Sergeant', 'Detective Constable', 'Police Constable', 'Police Sergeant', 'Band C analyst', 'Band D researcher', 'Band E support officer', 'ANPR engineer', 'Financial investigator'];
const FIRST_NAMES = ['Alex', 'Sam', 'Jo', 'Chris', 'Priya', 'Tom', 'Amira', 'Kate', 'Daniel', 'Femi', 'Rachel', 'Owen', 'Nadia', 'Lee', 'Grace'];
const TOPICS: readonly (readonly [string, ProgrammeId])[] = [
  ['County Lines Taskforce', 'county-lines'],
  ['County Lines drug supply and exploitation', 'county-lines'],
  ['Rescue and Response County Lines project', 'county-lines'],
  ['Operation Orochi', 'operation-orochi'],
  ['Operation Orochi County Lines activity', 'operation-orochi'],
  ['MPS County Lines Unit – Operation Orochi', 'operation-orochi'],
  ['Roads Policing Automatic Number Plate Recognition (ANPR)', 'anpr'],
  ['ANPR camera capability against County Lines', 'anpr'],
  ['National County Lines Coordination Centre', 'nclcc'],
  ['NCLCC analytical capability', 'nclcc'],
  ['Organised Crime Specific Grant', 'organised-crime-grant'],
  ['London Regional Organised Crime Unit', 'organised-crime-grant'],
  ['Regional Organised Crime Threat Assessment (ROCTA)', 'organised-crime-grant'],
  ['Multi Agency Response to Drug Trafficking', 'serious-organised-crime'],
  ['Middle Market drug trafficking pilot', 'serious-organised-crime'],
  ['Serious and Organised Crime Exploitation', 'serious-organised-crime'],
];
const RECIPIENTS = [
  'Metropolitan Police Service (MPS)',
  'Metropolitan Police Service (MPS), through MOPAC',
  'Metropolitan Police Service (MPS) – London Regional Organised Crime Unit (ROCU) and SOC teams',
  'MPS Specialist Crime, through MOPAC',
  'National County Lines Co-ordination Centre (NPCC Gangs portfolio and NCA), proposed by the MPS',
];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const REPORT_SECTIONS = [
  'Delivery plan', 'Performance measures', 'Risks and mitigations', 'Partnership working', 'Governance and oversight',
  'Evaluation', 'Benefits', 'Exit strategy', 'Options considered', 'Workforce implications', 'Communications',
  'Operational context', 'Intelligence picture', 'Safeguarding', 'Lessons learnt', 'Training and equipment',
];

// --- Sums and dates ----------------------------------------------------------------------------------

const groupThousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A sum in whole pounds written in one of the forms the documents use; checked by the site's parser. */
function writeAmount(rng: Rng, pounds: number): string {
  const forms: string[] = [`£${groupThousands(pounds)}`];
  if (pounds >= 100_000 && pounds % 1000 === 0) {
    const millions = Math.floor(pounds / 1_000_000);
    const rest = String(pounds % 1_000_000).padStart(6, '0');
    const trimmed = rest.replace(/0+$/, '');
    forms.push(`£${millions}.${trimmed.padEnd(2, '0')}m`, `£${millions}.${rest.slice(0, 3)}m`);
    if (pounds >= 1_000_000 && pounds % 10_000 === 0) forms.push(`£${millions}.${trimmed.padEnd(1, '0')} million`);
  }
  if (pounds < 1_000_000 && pounds % 1000 === 0) forms.push(`£${pounds / 1000}k`);
  const valid = forms.filter((form) => parseAmount(form) === pounds * 100);
  return rng.pick(valid.length > 0 ? valid : [`£${groupThousands(pounds)}`]);
}

/** A round sum between min and max pounds, log-uniformly distributed. */
function roundSum(rng: Rng, min: number, max: number): number {
  const raw = Math.exp(Math.log(min) + rng.next() * (Math.log(max) - Math.log(min)));
  const step = raw >= 1_000_000 ? 10_000 : raw >= 100_000 ? 1_000 : 500;
  return Math.max(step, Math.round(raw / step) * step);
}

interface Day {
  y: number;
  m: number;
  d: number;
}
const pad2 = (n: number) => String(n).padStart(2, '0');
const isoOf = ({ y, m, d }: Day) => `${y}-${pad2(m)}-${pad2(d)}`;
function addDays(day: Day, days: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
function ordinal(d: number): string {
  if (d % 100 >= 11 && d % 100 <= 13) return `${d}th`;
  const suffixes: Record<number, string> = { 1: 'st', 2: 'nd', 3: 'rd' };
  return `${d}${suffixes[d % 10] ?? 'th'}`;
}
function writeDate(rng: Rng, day: Day): string {
  const { y, m, d } = day;
  const month = MONTH_NAMES[m - 1] ?? 'January';
  const forms = [
    `${pad2(d)}/${pad2(m)}/${y}`,
    `${d}/${m}/${y}`,
    `${pad2(d)} ${pad2(m)} ${String(y).slice(2)}`,
    `${pad2(d)}/${pad2(m)}/${String(y).slice(2)}`,
    `${d} ${month} ${y}`,
    `${ordinal(d)} ${month} ${y}`,
  ];
  const form = rng.pick(forms);
  return parseUkDate(form)?.iso === isoOf(day) ? form : `${pad2(d)}/${pad2(m)}/${y}`;
}

// --- One decision ------------------------------------------------------------------------------------

export interface GeneratedDecision {
  /** File name without .md: "pcd-1092". */
  id: string;
  reference: string;
  /** The whole file: frontmatter and body. */
  markdown: string;
  /** What a reader sees as the decision's text (title, summary, body): used for recall and the yardstick. */
  text: string;
}

export interface CorpusOptions {
  size: number;
  seed: number;
  /** The folder of real decisions to learn the prose from. */
  realDir: string;
}

interface Planned {
  number: number;
  day: Day;
}

type Amount = {
  pence: number;
  role: 'accepted' | 'bid' | 'allocation' | 'match-funding' | 'future-cap' | 'other-decision-grant' | 'component' | 'context';
  principal?: boolean;
  asWritten: string;
  quote: string;
  financialYears?: string[];
  programme?: ProgrammeId;
  funder?: (typeof FUNDERS)[number];
  decision?: string;
  note?: string;
};

type Related = {
  reference: string;
  says: string;
  quote: string;
  date?: { date: string; asWritten: string };
  programmes?: ProgrammeId[];
};

/** The generator for one corpus: shared model and lexicon, one PRNG stream per decision. */
export class CorpusGenerator {
  readonly size: number;
  readonly seed: number;
  private readonly model: TextModel;
  private readonly lexicon: string[];
  private readonly zipf: (rng: Rng) => number;
  private readonly plan: Planned[];
  private readonly published: Set<number>;

  constructor(options: CorpusOptions) {
    this.size = options.size;
    this.seed = options.seed;
    this.model = buildTextModel(readRealBodies(options.realDir));
    const shared = new Rng(mixSeed(options.seed, 0xc0ffee));
    this.lexicon = buildLexicon(shared, 40_000, this.model.realWords);
    this.zipf = zipfSampler(this.lexicon.length, 1.08, 2.7);
    this.plan = planReferences(shared, options.size);
    this.published = new Set(this.plan.map((p) => p.number));
  }

  /** A pseudo-word, drawn with a Zipf distribution: a few are common, most are rare. */
  private pseudo(rng: Rng): string {
    return this.lexicon[this.zipf(rng)] ?? 'velantor';
  }

  /** One sentence: from the bigram chain (most), or a domain template. Ends with a full stop. */
  sentence(rng: Rng): string {
    if (rng.chance(0.22)) return this.templateSentence(rng);
    const { transitions, starters, enders } = this.model;
    const words: string[] = [];
    let token = rng.pick(starters);
    const limit = rng.int(12, 40);
    for (;;) {
      words.push(this.maybePseudo(rng, token));
      if (words.length >= 5 && enders.has(token)) break;
      const next = transitions.get(token);
      if (!next || words.length >= limit) {
        const last = words.pop() ?? '';
        words.push(`${last.replace(/[,;:(–.-]+$/, '')}.`);
        break;
      }
      token = rng.pick(next);
    }
    return words.join(' ');
  }

  /** Swaps an ordinary word for a pseudo-word now and then, keeping its punctuation. */
  private maybePseudo(rng: Rng, token: string): string {
    if (!rng.chance(0.045)) return token;
    const match = /^([a-z]{4,})([.,;:]?)$/.exec(token);
    if (!match) return token;
    const word = this.pseudo(rng);
    return (rng.chance(0.15) ? capitalise(word) : word) + (match[2] ?? '');
  }

  private templateSentence(rng: Rng): string {
    const n = rng.int(3, 240);
    const p = () => this.pseudo(rng);
    const templates = [
      () => `In ${rng.pick(BOROUGHS)}, ${rng.pick(UNITS)} recorded ${n} ${rng.pick(OUTCOMES)} linked to ${rng.pick(OFFENCES)} during the ${p()} phase.`,
      () => `Lines exported from ${rng.pick(BOROUGHS)} into ${rng.pick(COUNTIES)} were disrupted by ${rng.pick(UNITS)} working with ${rng.pick(PARTNERS)}.`,
      () => `Operation ${capitalise(p())} targeted ${rng.pick(OFFENCES)} across ${rng.pick(BOROUGHS)} and ${rng.pick(BOROUGHS)}, resulting in ${n} ${rng.pick(OUTCOMES)}.`,
      () => `The ${p()} assessment shows that ${rng.int(10, 90)}% of ${rng.pick(OUTCOMES)} involved ${rng.pick(OFFENCES)}.`,
      () => `${rng.pick(UNITS).replace(/^the /, 'The ')} will share intelligence with ${rng.pick(PARTNERS)} and ${rng.pick(COUNTIES)} Police through the ${capitalise(p())} protocol.`,
      () => `Referrals to ${rng.pick(PARTNERS)} rose from ${n} to ${n + rng.int(5, 120)} after the ${p()} review in ${rng.pick(MONTH_NAMES)}.`,
      () => `A ${rng.pick(RANKS)} from ${rng.pick(UNITS)} will lead the ${p()} workstream on ${rng.pick(OFFENCES)}.`,
    ];
    return rng.pick(templates)();
  }

  paragraph(rng: Rng, sentences: number): string {
    const out: string[] = [];
    for (let i = 0; i < sentences; i++) out.push(this.sentence(rng));
    return out.join(' ');
  }

  /** The decision at position `index` (0-based, oldest first). */
  generate(index: number): GeneratedDecision {
    const planned = this.plan[index];
    if (!planned) throw new RangeError(`No decision ${index}`);
    const rng = new Rng(mixSeed(this.seed, index + 1));
    const ref = `PCD ${planned.number}`;
    const id = `pcd-${planned.number}`;
    const signed = planned.day;
    const fy = financialYearOf(isoOf(signed));
    const fyStart = Number(fy.slice(0, 4));
    const nextFy = formatFinancialYear(fyStart + 1);
    const shortFy = (f: string) => `${f.slice(2, 4)}/${f.slice(5)}`;

    // Programmes and topic
    const [topic, mainProgramme] = rng.pick(TOPICS);
    const extra = rng.sample(PROGRAMME_IDS.filter((p) => p !== mainProgramme), rng.weighted([[0, 3], [1, 5], [2, 2]] as const));
    if (mainProgramme === 'operation-orochi' && !extra.includes('county-lines')) extra.unshift('county-lines');
    const programmes: ProgrammeId[] = [mainProgramme, ...extra];
    const homeOffice = FUNDERS[0];
    const emsou = FUNDERS[1];

    // What the decision does
    const kind = rng.weighted([['accept', 65], ['bid', 15], ['initiative', 12], ['governance', 8]] as const);
    const hasFutureCap = kind === 'accept' && rng.chance(0.15);
    const decisionTypes =
      kind === 'accept'
        ? ['grant-acceptance', ...(hasFutureCap ? ['future-grant-acceptance'] : [])]
        : kind === 'bid'
          ? ['bid-approval']
          : kind === 'initiative'
            ? ['initiative-approval', ...(rng.chance(0.4) ? ['grant-acceptance'] : [])]
            : ['governance-approval', 'grant-acceptance'];

    // Related decisions: mostly earlier published ones, some not published here.
    const related: Related[] = [];
    const relatedCount = rng.weighted([[0, 40], [1, 35], [2, 17], [3, 8]] as const);
    for (let r = 0; r < relatedCount && index > 0; r++) {
      const published = rng.chance(0.8);
      const earlier = this.plan[rng.int(Math.max(0, index - 400), index - 1)] as Planned;
      const number = published ? earlier.number : Math.max(1, earlier.number - rng.int(1, 3));
      if (number === planned.number || related.some((x) => x.reference === `PCD ${number}`)) continue;
      if (!published && this.published.has(number)) continue;
      const [otherTopic, otherProgramme] = rng.pick(TOPICS);
      const month = MONTH_NAMES[earlier.day.m - 1] ?? 'June';
      const bracket = rng.pick([`[PCD${number}]`, `(PCD ${number})`, `PCD ${number}`]);
      const quote = rng.pick([
        `This funding builds on the lessons learnt from ${otherTopic} (the pilot presented in DMPC decision paper PCD${number}).`,
        `The DMPC previously approved the ${otherTopic} work in ${month} ${earlier.day.y} ${bracket}.`,
        `This proposal continues the activity approved under ${bracket} for ${otherTopic}.`,
      ]);
      related.push({
        reference: `PCD ${number}`,
        says: `An earlier decision on ${otherTopic}, which this decision builds on.`,
        quote,
        ...(published && rng.chance(0.5) ? { date: { date: `${earlier.day.y}-${pad2(earlier.day.m)}`, asWritten: `${month} ${earlier.day.y}` } } : {}),
        programmes: [otherProgramme],
      });
    }

    // Sums: 1–6, one principal
    const amounts: Amount[] = [];
    const forced = index % 197 === 41; // a few decisions state £1.36m, for the sum queries
    const principalPounds = forced ? 1_360_000 : roundSum(rng, 40_000, 12_000_000);
    const principalWritten = forced ? (index % 2 === 0 ? '£1.36m' : '£1,360,000') : writeAmount(rng, principalPounds);
    const topicLower = topic.replace(/^(?!MPS|ANPR|NCLCC|Operation|County|Rescue|National|Organised|London|Regional|Roads|Middle|Multi|Serious)./, (c) => c.toLowerCase());
    const principalRole: Amount['role'] = kind === 'bid' ? 'bid' : kind === 'initiative' && !decisionTypes.includes('grant-acceptance') ? 'allocation' : 'accepted';
    const principalQuote = {
      accepted: rng.pick([
        `This paper seeks approval for the acceptance of ${principalWritten} of Home Office (HO) grant funding for ${topicLower} in ${fy}.`,
        `The proposal is for the acceptance of grant funding of ${principalWritten} for ${fy}.`,
        `To approve the acceptance of the ${principalWritten} Home Office funding for ${topicLower}.`,
      ]),
      bid: rng.pick([`The total bid request from Home Office is ${principalWritten}.`, `Approve a bid to the Home Office for ${principalWritten} to support ${topicLower}.`]),
      allocation: `The Home Office has identified an allocation of ${principalWritten} towards the development of ${topicLower}.`,
    }[principalRole as 'accepted' | 'bid' | 'allocation'];
    amounts.push({
      pence: principalPounds * 100,
      role: principalRole,
      principal: true,
      asWritten: principalWritten,
      quote: principalQuote,
      financialYears: kind === 'bid' && rng.chance(0.5) ? [] : [fy],
      programme: mainProgramme,
      funder: homeOffice,
      ...(rng.chance(0.3) ? { note: `For ${rng.pick(RANKS).toLowerCase()} posts, equipment and overtime in ${fy}.` } : {}),
    });
    const extraSums = rng.weighted([[0, 25], [1, 30], [2, 20], [3, 12], [4, 8], [5, 5]] as const);
    const relatedForGrant = related.filter((r) => !r.quote.startsWith('This funding builds'));
    for (let s = 0; s < extraSums; s++) {
      const role = rng.weighted([
        ['allocation', 3],
        ['match-funding', 2],
        ['future-cap', hasFutureCap && !amounts.some((a) => a.role === 'future-cap') ? 6 : 0],
        ['other-decision-grant', relatedForGrant.length > 0 ? 3 : 0],
        ['component', 4],
        ['context', 1],
      ] as const);
      const pounds = role === 'component' ? roundSum(rng, 20_000, Math.max(25_000, principalPounds * 0.6)) : roundSum(rng, 50_000, 15_000_000);
      const written = writeAmount(rng, pounds);
      const base = { pence: pounds * 100, asWritten: written };
      if (role === 'allocation') {
        amounts.push({ ...base, role, quote: `In addition the Home Office has also allocated a further ${written} funding to the wider ${topic} function in support of County Lines activity.`, financialYears: [fy, nextFy], programme: mainProgramme, funder: homeOffice });
      } else if (role === 'match-funding') {
        amounts.push({ ...base, role, quote: `The grant awarded in ${fy} is match funded from MPS budgets by ${written}.`, financialYears: [fy], programme: mainProgramme });
      } else if (role === 'future-cap') {
        amounts.push({ ...base, role, quote: `Approve the acceptance of future grant offers of up to ${written} annually until ${fyStart + 4}.`, programme: mainProgramme, note: 'A yearly ceiling for later offers, not money received.' });
      } else if (role === 'other-decision-grant') {
        const target = rng.pick(relatedForGrant);
        const number = target.reference.slice(4);
        const quote = `MOPAC approved receipt of Home Office grant funding of ${written} for the continuance of the then existing ${topic} activity [PCD${number}].`;
        if (amounts.some((a) => a.quote === quote)) continue;
        amounts.push({ ...base, role, decision: target.reference, quote, funder: homeOffice });
      } else if (role === 'component') {
        const item = `${capitalise(rng.pick(this.model.realNouns))} ${capitalise(this.pseudo(rng))} team`;
        amounts.push({ ...base, role, quote: `${written} ${item} (${rng.pick(RANKS)} posts and support costs)`, financialYears: [fy], programme: mainProgramme, ...(mainProgramme === 'organised-crime-grant' && rng.chance(0.3) ? { funder: emsou } : {}) });
      } else {
        amounts.push({ ...base, role, quote: `${capitalise(rng.pick(OFFENCES))} is a business model believed to be worth in excess of ${written} across ${rng.pick(COUNTIES)} and London.`, note: 'An estimate of the market, not funding.' });
      }
    }
    const funders = [...new Set(amounts.flatMap((a) => (a.funder ? [a.funder] : [])))];
    if (funders.length === 0) funders.push(homeOffice);

    // Dates and Part 2
    const notSigned = rng.chance(0.04);
    const signedWritten = writeDate(rng, signed);
    const ceDay = addDays(signed, -rng.int(1, 14));
    const ceWritten = writeDate(rng, ceDay);
    const requiredBy = addDays(signed, rng.int(-6, 10));
    const fyEnd: Day = { y: fyStart + 1, m: 3, d: 31 };
    const part2 = rng.weighted([['yes', 40], ['no', 35], ['not-stated', 20], ['conflicting', 5]] as const);
    const dates: { kind: string; date: string; asWritten: string }[] = [
      ...(notSigned ? [] : [{ kind: 'chief-executive-signed', date: isoOf(ceDay), asWritten: ceWritten }]),
      { kind: 'decision-required-by', date: isoOf(requiredBy), asWritten: writeDate(rng, requiredBy) },
      ...(rng.chance(0.5) ? [{ kind: 'funding-period-end', date: isoOf(fyEnd), asWritten: rng.pick([`31 March ${fyEnd.y}`, `31/03/${fyEnd.y}`]) }] : []),
    ];
    const review = addDays(signed, 365);
    if (part2 === 'yes') dates.push({ kind: 'part-2-review', date: isoOf(review), asWritten: writeDate(rng, review) });

    // Title and summary
    const title = rng.pick([
      `Home Office Grant Funding - ${topic} ${fy}`,
      `Grant Funding Acceptance – ${topic}`,
      `${topic} – ${capitalise(this.pseudo(rng))} expansion`,
      `${topic} ${shortFy(fy)}`,
      kind === 'bid' ? `Bid to the Home Office – ${topic}` : `Acceptance of Home Office grant for ${topic}`,
      `${topic} in ${rng.pick(BOROUGHS)} and ${rng.pick(COUNTIES)}`,
    ]);
    const verb = { accepted: 'accepts', bid: 'approves a bid for', allocation: 'approves work funded by an allocation of' }[principalRole as 'accepted' | 'bid' | 'allocation'];
    const summary = `MOPAC ${verb} ${principalWritten} of Home Office ${principalRole === 'bid' ? 'funding' : 'grant'} for ${topicLower}, ${rng.pick([
      `to be spent in ${fy}`,
      `working with ${rng.pick(PARTNERS)} in ${rng.pick(BOROUGHS)}`,
      `against ${rng.pick(OFFENCES)} linked to ${rng.pick(COUNTIES)}`,
      `for ${rng.int(2, 60)} police officer and staff posts in ${fy}`,
    ])}.`;

    // --- The body ----------------------------------------------------------------------------------
    const target = Math.round(5_000 + 19_000 * Math.pow(rng.next(), 1.3));
    const parts: string[] = [];
    const tail: string[] = [];
    const quoteParagraphs = amounts.filter((a) => a.role !== 'component' && !a.principal).map((a) => a.quote);
    const components = amounts.filter((a) => a.role === 'component').map((a) => a.quote);
    const relatedQuotes = related.map((r) => r.quote).filter((q) => !amounts.some((a) => a.quote === q));

    parts.push('MOPAC MAYOR OF LONDON OFFICE FOR POLICING AND CRIME', `## DMPC Decision – ${ref}`, `Title: ${title}`, '### Executive Summary:');
    parts.push(`${principalQuote} ${this.paragraph(rng, rng.int(1, 3))}`);
    parts.push('### Recommendation:', 'The Deputy Mayor for Policing and Crime is recommended to:');
    parts.push(
      [
        `1. Approve ${principalRole === 'bid' ? 'the bid for' : 'acceptance of'} the Home Office funding of ${principalWritten} to ${rng.pick(['enhance', 'continue', 'expand'])} the MPS response to ${rng.pick(OFFENCES)} through ${topicLower}.`,
        ...(hasFutureCap ? [`2. Approve the acceptance of future offers of grant, within the limits set out in this paper.`] : []),
      ].join('\n'),
    );
    parts.push(
      '### Deputy Mayor for Policing and Crime',
      'I confirm I have considered whether or not I have any personal or prejudicial interest in this matter and take the proposed decision in compliance with the Code of Conduct. Any such interests are recorded below.',
      'The above request has my approval.',
      'Signature',
      notSigned ? 'Date' : `Date ${signedWritten}`,
      '## PART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE DMPC',
    );

    tail.push(
      '### Public access to information',
      'Information in this form (Part 1) is subject to the Freedom of Information Act 2000 (FOIA) and will be made available on the MOPAC website following approval.',
      'If immediate publication risks compromising the implementation of the decision it can be deferred until a specific date. Deferral periods should be kept to the shortest length strictly necessary.',
      '### Part 1 Deferral:',
      'Is the publication of Part 1 of this approval to be deferred? NO',
      '**Part 2 Confidentiality:** Only the facts or advice considered as likely to be exempt from disclosure under the FOIA should be in the separate Part 2 form, together with the legal rationale for non-publication.',
      `Is there a Part 2 form - ${part2 === 'yes' ? 'YES' : part2 === 'not-stated' ? 'N/A' : 'NO'}`,
      [
        '| ORIGINATING OFFICER DECLARATION | Tick to confirm statement (✓) |',
        '| --- | --- |',
        '| Financial Advice: | ✓ |',
        '| The Strategic Finance and Resource Management Team has been consulted on this proposal. | |',
        '| Legal Advice: | ✓ |',
        '| The MPS legal team has been consulted on the proposal. | |',
        '| Equalities Advice: | ✓ |',
        '| Equality and diversity issues are covered in the body of the report. | |',
        '| Drafting Officer | ✓ |',
        `| ${rng.pick(FIRST_NAMES)} ${capitalise(this.pseudo(rng))} has drafted this report in accordance with MOPAC procedures. | |`,
      ].join('\n'),
      '### Chief Executive Officer',
      'I have been consulted about the proposal and confirm that financial, legal and equalities advice has been taken into account in the preparation of this report. I am satisfied that this is an appropriate request to be submitted to the Deputy Mayor for Policing and Crime.',
      'Signature',
      notSigned ? 'Date' : `Date ${ceWritten}`,
    );
    const part2Text =
      part2 === 'yes'
        ? [
            '## Part 2 – This section refers to the details of the Part 2 business case which is NOT SUITABLE for MOPAC Publication.',
            'The Government Security Classification marking for Part 2 is: OFFICIAL-SENSITIVE [OPERATIONAL]',
            `Part 2 will be reviewed on ${writeDate(rng, review)} with a view to consideration regarding publication.`,
          ]
        : [];
    const fixedLength = parts.join('\n\n').length + tail.join('\n\n').length + part2Text.join('\n\n').length;
    let budget = target - fixedLength;

    // Part I: numbered sections; the quoted sentences are placed here.
    const partOne: string[] = [];
    const sectionTitles = ['Introduction and background', 'Issues for consideration', 'Financial Comments', 'Legal Comments', 'GDPR and Data Privacy', 'Equality Comments', 'Background/supporting papers'];
    const pending = [...relatedQuotes, ...quoteParagraphs];
    const partOneBudget = Math.max(800, budget * 0.45);
    let used = 0;
    sectionTitles.forEach((name, s) => {
      partOne.push(`### ${s + 1}. ${name}`);
      const paragraphs = Math.max(1, Math.round((partOneBudget / sectionTitles.length) / 420));
      for (let p = 1; p <= paragraphs; p++) {
        const quoted = s < 3 && pending.length > 0 ? `${pending.shift()} ` : '';
        const text = `${s + 1}.${p}. ${quoted}${this.paragraph(rng, rng.int(1, 3))}`;
        partOne.push(text);
        used += text.length;
      }
      if (s === 2 && components.length > 0) {
        partOne.push(`${s + 1}.${paragraphs + 1}. The grant will be allocated as follows:`, components.map((c) => `- ${c}`).join('\n'));
      }
      if (s === 2 && rng.chance(0.6)) partOne.push(this.budgetTable(rng, fy, principalPounds));
    });
    while (pending.length > 0) partOne.push(`${sectionTitles.length}.${pending.length + 10}. ${pending.shift()}`);
    budget -= used;

    // The MPS report: sections of paragraphs, bullets and tables until the body reaches its length.
    const report: string[] = ['MOPAC', `## ${topic} (${principalWritten} ${principalRole === 'bid' ? 'Bid' : 'Grant'})`, 'MOPAC Investment Advisory & Monitoring meeting', `Report by ${rng.pick(['Det. Supt.', 'Det. Ch. Supt.', 'Commander'])} ${rng.pick(FIRST_NAMES)} ${this.pseudo(rng).toUpperCase()} on behalf of the Chief of Corporate Services`, '### EXECUTIVE SUMMARY'];
    let reportLength = report.join('\n\n').length;
    const sections = rng.sample(REPORT_SECTIONS, REPORT_SECTIONS.length);
    let sectionIndex = 0;
    while (reportLength < budget - 300) {
      const block = rng.weighted([['paragraph', 10], ['bullets', 3], ['table', 1], ['heading', 3]] as const);
      let text: string;
      if (block === 'paragraph') text = this.paragraph(rng, rng.int(2, 5));
      else if (block === 'bullets') text = Array.from({ length: rng.int(2, 5) }, () => `- ${this.sentence(rng)}`).join('\n');
      else if (block === 'table') text = rng.chance(0.5) ? this.staffTable(rng) : this.measuresTable(rng);
      else text = `### ${sections[sectionIndex++ % sections.length] ?? 'Delivery plan'}`;
      report.push(text);
      reportLength += text.length + 2;
    }
    report.push(`Report author: ${rng.pick(FIRST_NAMES)} ${capitalise(this.pseudo(rng))}`);

    const body = [...parts, ...partOne, ...tail, ...report, ...part2Text].join('\n\n') + '\n';

    const frontmatter = {
      reference: ref,
      title,
      summary,
      decisionTypes,
      signed: notSigned ? { notStated: 'The published text gives no date of signature.' } : { date: isoOf(signed), asWritten: signedWritten },
      dates,
      funders,
      recipient: rng.pick(RECIPIENTS),
      financialYears: rng.chance(0.25) ? [fy, nextFy] : [fy],
      programmes,
      amounts,
      partTwo:
        part2 === 'yes'
          ? { status: 'yes', asWritten: 'Is there a Part 2 form - YES', classification: 'OFFICIAL-SENSITIVE [OPERATIONAL]', exemptions: ['Freedom of Information Act 2000, section 31 (law enforcement)'] }
          : part2 === 'no'
            ? { status: 'no', asWritten: 'Is there a Part 2 form - NO' }
            : part2 === 'conflicting'
              ? { status: 'conflicting', asWritten: 'Is there a Part 2 form - NO', note: 'The form says no Part 2, but the report refers to a restricted section.' }
              : { status: 'not-stated', note: 'The published text does not say whether a Part 2 form exists.' },
      related,
      cleaned: rng.chance(0.3) ? [{ original: rng.pick(['due hinden', 'Canaluchterd.', 'PCD July 2020 1']), reason: 'Handwriting or a page footer read by text extraction as words.' }] : [],
      source: { file: `synthetic_${this.seed}_${String(index).padStart(5, '0')}.txt` },
    };

    checkDecision(id, frontmatter, body);
    const markdown = `---\n${toYaml(frontmatter, 0).join('\n')}\n---\n\n${body}`;
    return { id, reference: ref, markdown, text: `${title}\n${summary}\n${body}` };
  }

  private budgetTable(rng: Rng, fy: string, principal: number): string {
    const start = Number(fy.slice(0, 4));
    const years = [0, 1, 2].map((k) => `${formatFinancialYear(start + k)} £m`);
    const m = (pounds: number) => (pounds / 1_000_000).toFixed(3);
    const grant = principal;
    const match = roundSum(rng, 10_000, 3_000_000);
    const rows = [
      ['Grant Funding', grant, 0, 0],
      ['MPS Funding', match, 0, 0],
      ['Total Budget', grant + match, 0, 0],
    ] as const;
    return [
      `| BAU Revenue | ${years.join(' | ')} | Total £m |`,
      '| --- | --- | --- | --- | --- |',
      ...rows.map(([name, a, b, c]) => `| ${name} | ${m(a)} | ${m(b)} | ${m(c)} | ${m(a + b + c)} |`),
    ].join('\n');
  }

  private staffTable(rng: Rng): string {
    const rows = rng.sample(RANKS, rng.int(3, 6)).map((rank) => {
      const cost = rng.int(40, 110) / 1000;
      const fte = rng.int(1, 6);
      return `| ${rank} | ${cost.toFixed(3)} | ${fte} | ${(cost * fte).toFixed(3)} |`;
    });
    return [`| ${capitalise(this.pseudo(rng))} team | Annual cost £m | FTE | Total cost £m |`, '| --- | --- | --- | --- |', ...rows].join('\n');
  }

  private measuresTable(rng: Rng): string {
    const rows = rng.sample(OUTCOMES, rng.int(3, 5)).map((o) => `| ${capitalise(o)} in ${rng.pick(BOROUGHS)} | ${rng.int(5, 300)} | ${rng.int(10, 400)} |`);
    return ['| Measure | Baseline | Target |', '| --- | --- | --- |', ...rows].join('\n');
  }
}

/** Reference numbers and signing dates, oldest first: numbers rise with the date, with gaps; PCD 1092 always exists. */
function planReferences(rng: Rng, size: number): Planned[] {
  const first = Date.UTC(2016, 0, 4);
  const last = Date.UTC(2025, 11, 19);
  const days = Array.from({ length: size }, () => Math.floor(first / 864e5 + rng.next() * ((last - first) / 864e5))).sort((a, b) => a - b);
  const plan: Planned[] = [];
  let number = 0;
  for (const dayNumber of days) {
    const step = rng.chance(0.12) ? rng.int(2, 3) : 1;
    number = number < 1092 && number + step > 1092 ? 1092 : number + step;
    const t = new Date(dayNumber * 864e5);
    plan.push({ number, day: { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() } });
  }
  return plan;
}

// --- Output and checks -------------------------------------------------------------------------------

const isScalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const scalar = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

/** A small YAML emitter for plain data: strings double-quoted (JSON escapes are valid YAML). */
function toYaml(value: Record<string, unknown>, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) {
      if (v.every(isScalar)) lines.push(`${pad}${key}: [${v.map(scalar).join(', ')}]`);
      else {
        lines.push(`${pad}${key}:`);
        for (const item of v) {
          const sub = toYaml(item as Record<string, unknown>, indent + 4);
          sub[0] = `${pad}  - ${(sub[0] ?? '').trimStart()}`;
          lines.push(...sub);
        }
      }
    } else if (v !== null && typeof v === 'object') {
      lines.push(`${pad}${key}:`, ...toYaml(v as Record<string, unknown>, indent + 2));
    } else lines.push(`${pad}${key}: ${scalar(v)}`);
  }
  return lines;
}

/** The same checks the build makes, here, so a generator bug stops in seconds rather than after a long build. */
function checkDecision(id: string, frontmatter: Record<string, unknown>, body: string): void {
  const parsed = decisionSchema.safeParse(frontmatter);
  if (!parsed.success) {
    throw new Error(`synthetic ${id} fails the schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  let folded: string | null = null;
  for (const item of [...parsed.data.amounts, ...parsed.data.related]) {
    const quote = item.quote ?? '';
    if (body.includes(quote)) continue; // the quotes are placed verbatim; folding is the build's looser test
    folded ??= foldForComparison(body);
    if (!folded.includes(foldForComparison(quote))) throw new Error(`synthetic ${id}: quote not in body: ${quote}`);
  }
}

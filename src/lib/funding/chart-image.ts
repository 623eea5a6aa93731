/**
 * The words drawn into a chart downloaded as an image for an article: its title, the source line
 * and the address of the page it came from, and the file's name. Pure: the page passes in what it
 * knows at build time (src/components/ChartSection.astro), the browser only draws the result
 * (src/client/chart-download.ts), with `wrapLines` (./chart-text.ts) to fit each line to the image.
 */
import { formatDate, type IsoDate } from '../core/dates.ts';
import { FUNDING_VIEWS, type FundingViewId } from './funding.ts';

export interface ChartImageText {
  /** "Accepted funding by financial year: Operation Orochi". */
  title: string;
  /** "Source: MOPAC decisions, …", the date held together by no-break spaces. */
  source: string;
  /** The absolute address of the page the chart is on. */
  address: string;
  /** "mopac-funding-operation-orochi-by-year-2026-12-03.png". */
  fileName: string;
}

export interface ChartImageInput {
  /** The chart's heading on the page: "Accepted funding by financial year". */
  heading: string;
  /** The chart's name in its ids and CSV files: "by-year". */
  name: string;
  view: FundingViewId;
  /** The page's absolute address: "https://example.org/mopac-decisions/funding/operation-orochi/". */
  pageUrl: string;
  /** The day the site was built, ISO. */
  builtOn: IsoDate;
  siteName: string;
}

const NAME_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The text and file name of a chart's image; throws on a name unfit for a file or an address that is not absolute. */
export function chartImageText(input: ChartImageInput): ChartImageText {
  const view = FUNDING_VIEWS.find((v) => v.id === input.view);
  if (!view) throw new RangeError(`Unknown funding view "${input.view}"`);
  if (!NAME_PATTERN.test(input.name)) throw new RangeError(`A chart's name must be lowercase words and hyphens, got "${input.name}"`);
  if (!/^https?:\/\/[^/]/.test(input.pageUrl)) throw new RangeError(`A chart's page address must be absolute, got "${input.pageUrl}"`);
  const heading = input.heading.trim();
  if (heading === '') throw new RangeError('A chart needs a heading to title its image');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.builtOn)) throw new RangeError(`The build day must be an ISO day, got "${input.builtOn}"`);
  const scope = view.programme === null ? 'all programmes' : view.name;
  return {
    title: `${heading}: ${scope}`,
    source: `Source: MOPAC decisions (Mayor’s Office for Policing and Crime), read and totalled by ${input.siteName}; site built ${formatDate(input.builtOn).replace(/ /g, '\u00a0')}.`,
    address: input.pageUrl,
    fileName: `mopac-funding-${view.id}-${input.name}-${input.builtOn}.png`,
  };
}

/** The funding view a page address shows: "/mopac-decisions/funding/nclcc/" -> "nclcc"; "all" for /funding/. */
export function fundingViewOfPath(pathname: string): FundingViewId {
  const match = /\/funding\/(?:([a-z0-9-]+)\/)?$/.exec(pathname);
  if (!match) throw new RangeError(`"${pathname}" is not a funding page's address`);
  if (!match[1]) return 'all';
  const view = FUNDING_VIEWS.find((v) => v.id === match[1] && v.id !== 'all');
  if (!view) throw new RangeError(`"${pathname}" names no funding view`);
  return view.id;
}

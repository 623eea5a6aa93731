/**
 * CSV downloads of each funding view's tables: /funding/csv/<view>-<table>.csv. The rows are
 * those the page's tables and charts show; the columns are in src/lib/funding/funding-csv.ts.
 */
import type { APIRoute } from 'astro';
import { allDecisions } from '../../../data/decisions.ts';
import { SITE_URL_FOR } from '../../../data/site.ts';
import { FUNDING_VIEWS, type FundingViewId } from '../../../lib/funding/funding.ts';
import { FUNDING_TABLES, fundingTableCsv, type FundingTable } from '../../../lib/funding/funding-csv.ts';

export function getStaticPaths() {
  return FUNDING_VIEWS.flatMap((view) =>
    FUNDING_TABLES.map((table) => ({ params: { file: `${view.id}-${table}.csv` }, props: { view: view.id, table } })),
  );
}

interface Props {
  view: FundingViewId;
  table: FundingTable;
}

export const GET: APIRoute<Props> = async ({ props, site }) =>
  new Response(fundingTableCsv(await allDecisions(), props.view, props.table, (path) => SITE_URL_FOR(site, path)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });

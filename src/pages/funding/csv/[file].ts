/**
 * CSV downloads of each funding view's tables: /funding/csv/<view>-<table>.csv. The rows are
 * those the page's tables and charts show, written by csv-stringify.
 */
import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { allDecisions } from '../../../data/decisions.ts';
import { SITE_URL_FOR } from '../../../data/site.ts';
import { acceptedLedger, decisionsInView, fundingChartData, FUNDING_VIEWS, type FundingViewId } from '../../../lib/funding/funding.ts';
import { penceToPounds } from '../../../lib/core/money.ts';
import { programmeById } from '../../../lib/core/programmes.ts';
import { neutraliseFormula } from '../../../lib/core/csv.ts';

const TABLES = ['by-year', 'cumulative', 'per-decision', 'ledger'] as const;

export function getStaticPaths() {
  return FUNDING_VIEWS.flatMap((view) =>
    TABLES.map((table) => ({ params: { file: `${view.id}-${table}.csv` }, props: { view: view.id, table } })),
  );
}

interface Props {
  view: FundingViewId;
  table: (typeof TABLES)[number];
}


export const GET: APIRoute<Props> = async ({ props, site }) => {
  const decisions = await allDecisions();
  const data = fundingChartData(decisions, props.view, (id) => programmeById(id));
  let rows: (string | number | boolean)[][];
  switch (props.table) {
    case 'by-year':
      rows = [['financial_year', 'programme', 'accepted_pence', 'accepted_gbp']];
      data.byPeriod.periods.forEach((period, i) => {
        for (const s of data.byPeriod.series) {
          const pence = s.pence[i] ?? 0;
          if (pence > 0) rows.push([period, s.name, pence, penceToPounds(pence)]);
        }
      });
      break;
    case 'cumulative':
      rows = [['decision', 'date', 'date_is_signing_date', 'accepted_pence', 'running_total_pence', 'running_total_gbp']];
      data.cumulative.decisionIds.forEach((id, i) => {
        const signed = decisions.find((d) => d.id === id)?.signed.date !== undefined;
        const total = data.cumulative.pence[i] ?? 0;
        rows.push([data.cumulative.labels[i] ?? id, data.cumulative.dates[i] ?? '', signed, data.cumulative.addedPence[i] ?? 0, total, penceToPounds(total)]);
      });
      break;
    case 'per-decision':
      rows = [['decision', 'date', 'accepted_pence', 'accepted_gbp']];
      data.perDecision.decisionIds.forEach((id, i) => {
        const pence = data.perDecision.pence[i] ?? 0;
        rows.push([data.perDecision.labels[i] ?? id, data.perDecision.dates[i] ?? '', pence, penceToPounds(pence)]);
      });
      break;
    case 'ledger':
      rows = [['financial_year', 'programme', 'decision', 'pence', 'gbp', 'as_written', 'sentence', 'source_url']];
      for (const row of acceptedLedger(decisionsInView(decisions, props.view))) {
        for (const item of row.items) {
          rows.push([
            row.period,
            programmeById(row.programme).name,
            item.label,
            item.pence,
            penceToPounds(item.pence),
            item.asWritten,
            item.quote,
            SITE_URL_FOR(site, `/decisions/${item.decisionId}/#${item.anchor}`),
          ]);
        }
      }
      break;
  }
  // Text from the documents could start like a formula; numbers and booleans stay as they are.
  const safe = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell)));
  return new Response(stringify(safe), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

/** The brief of the current view (exactly the table's flights, in its order). */
import { buildBrief, type BriefModel } from '../data/brief';
import type { Dataset, Filters, Flight } from '../data/contract';
import type { PeriodComparison } from '../data/patterns';
import { memoizeLast } from './memo';
import { selectActiveComparison } from './pattern-selectors';
import { selectSortedFlights } from './selectors';
import { paneFilters, type AirliftState } from './store';

/** Flights listed in the brief's table; the figures and sources cover every flight of the view. */
export const BRIEF_MAX_FLIGHTS = 200;

const briefOf = memoizeLast(
  (
    dataset: Dataset | null,
    flights: readonly Flight[],
    filters: Filters,
    title: string,
    summary: string,
    link: string,
    madeOn: string,
    comparison: PeriodComparison | undefined,
  ): BriefModel | null =>
    dataset
      ? buildBrief({
          dataset,
          flights,
          filters,
          title,
          summary,
          link,
          madeOn,
          maxFlights: BRIEF_MAX_FLIGHTS,
          ...(comparison ? { comparison } : {}),
        })
      : null,
);

export const selectBrief = (
  s: AirliftState,
  text: { title: string; summary: string; link: string; madeOn: string },
) =>
  briefOf(
    s.dataset,
    selectSortedFlights(s),
    paneFilters(s),
    text.title,
    text.summary,
    text.link,
    text.madeOn,
    selectActiveComparison(s),
  );

import type { Flight } from '../../data/contract';
/** Placeholder slot; replaced by its owner. */
export function FlightReviewSection(_props: { flight: Flight }) {
  return null;
}

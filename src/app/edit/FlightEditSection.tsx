import type { Flight } from '../../data/contract';
/** Placeholder slot; replaced by its owner. */
export function FlightEditSection(_props: { flight: Flight }) {
  return null;
}

import { selectRouteTracksSummary, selectSelectedTrackInfo } from '../store/track-selectors';
import { useAirlift } from '../store/store';
import { AltitudeProfile } from '../ui/AltitudeProfile';

/**
 * The selected flight's track: how much of it was seen, each end observed or inferred, the profile. For a
 * route: its tracks in one line, saying when there are too many to draw.
 */
export function TrackDetails() {
  const info = useAirlift(selectSelectedTrackInfo);
  const route = useAirlift(selectRouteTracksSummary);
  if (route)
    return (
      <section className="track-details" aria-label="Observed tracks">
        <h3>Tracks</h3>
        <p className={route.drawn ? 'track-coverage' : 'track-coverage notice'}>{route.text}</p>
      </section>
    );
  if (!info) return null;
  const { coverage } = info;
  return (
    <section className="track-details" aria-label="Observed track">
      <h3>Track</h3>
      <p className="track-coverage">{coverage.text}</p>
      <ul className="track-ends">
        <li>{coverage.departure.text}</li>
        <li>{coverage.arrival.text}</li>
      </ul>
      <p className="hint">{info.points.toLocaleString('en-US')} points observed</p>
      <AltitudeProfile points={info.profile} />
    </section>
  );
}

// The 2.6 M-row streaming figure on its own, in a fresh process (figures-tracks.ts starts it): its peak
// memory includes garbage not yet collected, and after the 1M-flight figures the heap has grown so
// large that V8 collects far less often, which tripled the peak measured in the same process.
import { bigStateVectorFigure } from './figures-tracks';

process.stdout.write(JSON.stringify(bigStateVectorFigure()) + '\n');

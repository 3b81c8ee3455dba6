// What the bench imports from the shipped build (see shipped.ts): the track import and its inputs.
export { importTrackFiles, landingCandidates } from '../../src/data/tracks';
export { builtInGazetteerEntries } from '../../src/data/geo/builtin-gazetteer';

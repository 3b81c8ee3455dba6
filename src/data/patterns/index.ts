export * from './compare';
export * from './ground-time';
export * from './poisson-test';
export * from './rhythm';
export * from './series';
export * from './when';
export * from './zones';

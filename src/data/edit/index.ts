export * from './step';
export * from './types';
export * from './draft';
export * from './flight-steps';
export * from './bulk';
export * from './event-steps';

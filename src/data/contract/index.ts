export * from './fast-date';
export * from './formula';
export * from './source-codec';
export * from './time';
export * from './types';

export * from './fast-date';
export * from './fields';
export * from './formula';
export * from './publisher';
export * from './source-codec';
export * from './time';
export * from './types';
export * from './url';

export * from './case-file';
export * from './log-index';
export * from './plan';
export * from './resolve';
export * from './describe';

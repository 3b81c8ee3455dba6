export * from './gazetteer';
export * from './geometry';

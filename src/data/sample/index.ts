export * from './generate';
export * from './random';

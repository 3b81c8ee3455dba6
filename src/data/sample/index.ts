export * from './generate';
export * from './random';
export * from './tracks';
export * from './track-files';

export * from './checks';
export * from './flight';
export * from './issue-log';
export * from './meta';
export * from './sources';
export * from './values';
export * from './field-checks';
export * from './tracks-log';

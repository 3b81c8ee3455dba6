/**
 * Who flew (issue 14): the shared identity types, the resolver that fills and flags flights from the
 * identity sources (one flight, or a whole list as columns), and the Aircraft list and history. The
 * bundled tables (`./tables`) and the aircraft database reader (`./aircraft-db`) have their own entries.
 */
export * from './types';
export * from './normalize';
export * from './resolve';
export * from './overlay';
export * from './airframes';
export * from './history';

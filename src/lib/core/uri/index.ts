/** The connection-string doctor: find, redact and analyse MongoDB connection strings. */

export { analyzeConnectionString } from './analyze';
export { findConnectionStrings } from './find';
export { hostProblems } from './problems';
export { redactConnectionString, redactSecretsInText } from './redact';
export { URI_IDS } from './problem';
export type * from '../model/connection';

/**
 * What the page, the CLI and the report use from the remedies module.
 *
 * - ENVIRONMENT_CHOICES / OS_OPTIONS / PYTHON_OPTIONS / SHELL_OPTIONS / CLIENT_OPTIONS: the selects.
 * - detectEnvironment(facts, userAgent?, texts?): pre-fill them from the paste.
 * - collectRemedyFacts({ items, diagnoses, context }): the person's values, from a Report.
 * - renderRemedy(id, env, facts) / renderRemedies(ids, env, facts): steps for one environment.
 * - opensslLegacyConf(), combinedPem(key, certs), derToPem(bytes), sanConfig(names), mongodTlsConf():
 *   the text of the files a fix needs.
 * - combinedPemFile, derToPemFile, pkcs12ToPemFile, opensslLegacyConfFile, reissueConfigFile: the same
 *   as downloads (file name, content, media type, the equivalent command, whether it holds a key).
 */

export * from '../model/environment';
export { detectEnvironment, type DetectedEnvironment } from './detect';
export { collectRemedyFacts, type RemedyFacts, type FactSources } from './facts';
export { renderRemedy, renderRemedies, remedyApplies, orderRemedyIds } from './render';
export { REMEDIES } from './catalogue';
export { ArtefactError, combinedPem, derToPem, mongodTlsConf, opensslLegacyConf, sanConfig, type MongodTlsOptions } from './artefacts';
export { combinedPemFile, derToPemFile, opensslLegacyConfFile, pkcs12ToPemFile, reissueConfigFile, type Artefact } from './downloads';

/** Every check, in the order their findings are listed. Add a check here and it runs everywhere. */

import type { Check } from './check';
import { certBadSelfSignature } from './rules/cert-bad-self-signature';
import { certDeceptiveCharacters } from './rules/cert-deceptive-characters';
import { certExpired } from './rules/cert-expired';
import { certExpiringSoon } from './rules/cert-expiring-soon';
import { certNotYetValid } from './rules/cert-not-yet-valid';
import { certValidPeriod } from './rules/cert-valid-period';
import { certValidityTooLong } from './rules/cert-validity-too-long';
import { chainAlternatePath } from './rules/chain-alternate-path';
import { chainBadSignature } from './rules/chain-bad-signature';
import { chainDuplicates } from './rules/chain-duplicates';
import { chainMissingIntermediate } from './rules/chain-missing-intermediate';
import { chainOrder } from './rules/chain-order';
import { chainRootNotSupplied } from './rules/chain-root-not-supplied';
import { chainSelfSignedLeaf } from './rules/chain-self-signed-leaf';
import { chainUnrelated } from './rules/chain-unrelated';
import { chainUntrustedRoot } from './rules/chain-untrusted-root';
import { chainVerdict } from './rules/chain-verdict';
import { clientsStrictness } from './rules/clients-strictness';
import { crlRevoked } from './rules/crl-revoked';
import { crlUnusable } from './rules/crl-unusable';
import { crlWrongIssuer } from './rules/crl-wrong-issuer';
import { hostInputInvalid } from './rules/host-input-invalid';
import { hostMismatch } from './rules/host-mismatch';
import { hostNoSan } from './rules/host-no-san';
import { hostNulByte } from './rules/host-nul-byte';
import { hostSanSyntax } from './rules/host-san-syntax';
import { hostSrvTargets } from './rules/host-srv-targets';
import { hostWildcardInvalid } from './rules/host-wildcard-invalid';
import { inputLocked } from './rules/input-locked';
import { inputUnrecognized } from './rules/input-unrecognized';
import { keyEncrypted } from './rules/key-encrypted';
import { keyMismatch } from './rules/key-mismatch';
import { keyMissing } from './rules/key-missing';
import { keyMultiple } from './rules/key-multiple';
import { ocspMustStaple } from './rules/ocsp-must-staple';
import { ocspResponder } from './rules/ocsp-responder';
import { purposeEku } from './rules/purpose-eku';
import { purposeIssuerNotCa } from './rules/purpose-issuer-not-ca';
import { purposeKeyUsage } from './rules/purpose-key-usage';
import { purposeMemberCertificate } from './rules/purpose-member-certificate';
import { purposeNameConstraints } from './rules/purpose-name-constraints';
import { purposePathLength } from './rules/purpose-path-length';
import { revocationCrlAndOcsp } from './rules/revocation-crl-and-ocsp';
import { strengthCurve } from './rules/strength-curve';
import { strengthWeakKey } from './rules/strength-weak-key';
import { strengthWeakSignature } from './rules/strength-weak-signature';
import { trustStore } from './rules/trust-store';
import { x509MemberSubject } from './rules/x509-member-subject';
import { x509Subject } from './rules/x509-subject';

export const CHECKS: readonly Check[] = [
	inputUnrecognized,
	inputLocked,
	// Validity
	certExpired,
	certNotYetValid,
	certExpiringSoon,
	certValidPeriod,
	certValidityTooLong,
	// Host names
	hostInputInvalid,
	hostMismatch,
	certDeceptiveCharacters,
	hostSrvTargets,
	hostNoSan,
	hostWildcardInvalid,
	hostSanSyntax,
	hostNulByte,
	// Purpose
	purposeEku,
	purposeKeyUsage,
	purposeMemberCertificate,
	purposeIssuerNotCa,
	purposePathLength,
	purposeNameConstraints,
	// Strength
	strengthWeakKey,
	strengthWeakSignature,
	strengthCurve,
	// Chain and trust
	certBadSelfSignature,
	chainMissingIntermediate,
	chainRootNotSupplied,
	chainUntrustedRoot,
	chainSelfSignedLeaf,
	chainBadSignature,
	chainAlternatePath,
	chainVerdict,
	chainOrder,
	chainDuplicates,
	chainUnrelated,
	trustStore,
	clientsStrictness,
	// Revocation
	crlRevoked,
	crlUnusable,
	crlWrongIssuer,
	ocspResponder,
	ocspMustStaple,
	revocationCrlAndOcsp,
	// Keys
	keyMismatch,
	keyEncrypted,
	keyMultiple,
	keyMissing,
	// MongoDB X.509 authentication
	x509Subject,
	x509MemberSubject
];

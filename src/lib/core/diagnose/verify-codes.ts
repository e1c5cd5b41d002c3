/**
 * OpenSSL's X.509 verify results as clients print them without the code: Node's bare message and
 * its error code name, and both spellings where OpenSSL 3.0 changed the text ("self signed" →
 * "self-signed", "unsupported" → "unsuitable certificate purpose"). Source: OpenSSL
 * crypto/x509/x509_txt.c (X509_verify_cert_error_string) and include/openssl/x509_vfy.h; Node's
 * codes from src/crypto/crypto_common.cc.
 */

import { gated, gateFor, type May } from './gate';

interface VerifyResult {
	code: number;
	/** The OpenSSL 3.x text, which is what the facts report. */
	text: string;
	pattern: RegExp;
}

const RESULTS: VerifyResult[] = [
	{ code: 2, text: 'unable to get issuer certificate', pattern: gated(/unable to get issuer certificate\b|\bUNABLE_TO_GET_ISSUER_CERT\b/) },
	{ code: 3, text: 'unable to get certificate CRL', pattern: gated(/unable to get certificate CRL|\bUNABLE_TO_GET_CRL\b/) },
	{ code: 9, text: 'certificate is not yet valid', pattern: gated(/certificate is not yet valid|\bCERT_NOT_YET_VALID\b/) },
	{ code: 10, text: 'certificate has expired', pattern: gated(/certificate has expired(?! or is not yet valid)|\bCERT_HAS_EXPIRED\b/) },
	{ code: 12, text: 'CRL has expired', pattern: gated(/CRL has expired|\bCRL_HAS_EXPIRED\b/) },
	{
		code: 19,
		text: 'self-signed certificate in certificate chain',
		pattern: /self[- ]signed certificate in certificate chain|\bSELF_SIGNED_CERT_IN_CHAIN\b/
	},
	{
		code: 18,
		text: 'self-signed certificate',
		pattern: /self[- ]signed certificate(?! in certificate chain)|\bDEPTH_ZERO_SELF_SIGNED_CERT\b/
	},
	{
		code: 20,
		text: 'unable to get local issuer certificate',
		pattern: /unable to get local issuer certificate|\bUNABLE_TO_GET_ISSUER_CERT_LOCALLY\b/
	},
	{
		code: 21,
		text: 'unable to verify the first certificate',
		pattern: /unable to verify the first certificate|\bUNABLE_TO_VERIFY_LEAF_SIGNATURE\b/
	},
	{ code: 23, text: 'certificate revoked', pattern: gated(/certificate revoked|\bCERT_REVOKED\b/) },
	{ code: 26, text: 'unsuitable certificate purpose', pattern: gated(/unsu(?:pported|itable) certificate purpose|\bINVALID_PURPOSE\b/) },
	{ code: 62, text: 'hostname mismatch', pattern: gated(/Hostname mismatch|\bHOSTNAME_MISMATCH\b/) },
	{ code: 64, text: 'IP address mismatch', pattern: gated(/IP address mismatch|\bIP_ADDRESS_MISMATCH\b/) },
	{ code: 66, text: 'EE certificate key too weak', pattern: gated(/EE certificate key too weak|\bEE_KEY_TOO_SMALL\b/) },
	{ code: 68, text: 'CA signature digest algorithm too weak', pattern: gated(/CA signature digest algorithm too weak|\bCA_MD_TOO_WEAK\b/) }
];

/** The first OpenSSL verify result named anywhere in the text, in its OpenSSL 3.x wording. */
export function verifyResultIn(text: string, may: May = gateFor(text)): { code: number; text: string } | undefined {
	let best: { code: number; text: string; at: number } | undefined;
	for (const r of RESULTS) {
		if (!may(r.pattern)) continue;
		const m = r.pattern.exec(text);
		if (m && (!best || m.index < best.at)) best = { code: r.code, text: r.text, at: m.index };
	}
	return best && { code: best.code, text: best.text };
}

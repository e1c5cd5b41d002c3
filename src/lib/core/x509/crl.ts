/**
 * Certificate revocation lists, read with a streaming DER walker instead of pkijs: a CRL can list
 * hundreds of thousands of serials, which asn1js refuses by default (10,000-node limit) and pkijs
 * takes seconds and a gigabyte to build. Only the fields analysis needs are decoded; the revoked
 * list is indexed by serial, and the signature is verified over the raw TBS bytes.
 *
 * (Interface first; the reader lands in the ingest work for issue 3.)
 */

export interface RevokedEntry {
	/** Revocation date, ISO-8601. */
	date: string;
	/** CRLReason name (keyCompromise, cessationOfOperation, …) when the entry carries one. */
	reason?: string;
}

export interface ParsedCrl {
	der: Uint8Array;
	/** DER of the issuer Name, to compare byte-for-byte with a certificate's subject. */
	issuerDer: Uint8Array;
	thisUpdate: Date;
	nextUpdate?: Date;
	/** Hex, upper-case, no leading zero bytes (the same form as CertificateView.serialNumber). */
	crlNumber?: string;
	/** The signed part, exactly as encoded, for signature verification. */
	tbs: Uint8Array;
	/** Signature AlgorithmIdentifier OID and DER parameters, and the signature value bytes. */
	signatureAlgorithmOid: string;
	signatureAlgorithmParams?: Uint8Array;
	signature: Uint8Array;
	/** Authority Key Identifier keyIdentifier (hex), when present. */
	authorityKeyId?: string;
	/** CRL extensions by OID, with criticality: unknown critical extensions make a CRL unusable (RFC 5280 §5.2). */
	extensions: { oid: string; critical: boolean; value: Uint8Array }[];
	revokedCount: number;
	/** Look up a serial (hex as in CertificateView.serialNumber). */
	lookup(serialHex: string): RevokedEntry | undefined;
}

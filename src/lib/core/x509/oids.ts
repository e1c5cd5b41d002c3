/** Names for the object identifiers a person meets in TLS certificates. */

export const NAME_ATTRIBUTES: Record<string, { short: string; long: string }> = {
	'2.5.4.3': { short: 'CN', long: 'commonName' },
	'2.5.4.4': { short: 'SN', long: 'surname' },
	'2.5.4.5': { short: 'serialNumber', long: 'serialNumber' },
	'2.5.4.6': { short: 'C', long: 'countryName' },
	'2.5.4.7': { short: 'L', long: 'localityName' },
	'2.5.4.8': { short: 'ST', long: 'stateOrProvinceName' },
	'2.5.4.9': { short: 'STREET', long: 'streetAddress' },
	'2.5.4.10': { short: 'O', long: 'organizationName' },
	'2.5.4.11': { short: 'OU', long: 'organizationalUnitName' },
	'2.5.4.12': { short: 'title', long: 'title' },
	'2.5.4.42': { short: 'GN', long: 'givenName' },
	'2.5.4.46': { short: 'dnQualifier', long: 'dnQualifier' },
	'2.5.4.97': { short: 'organizationIdentifier', long: 'organizationIdentifier' },
	'0.9.2342.19200300.100.1.1': { short: 'UID', long: 'userId' },
	'0.9.2342.19200300.100.1.25': { short: 'DC', long: 'domainComponent' },
	'1.2.840.113549.1.9.1': { short: 'emailAddress', long: 'emailAddress' },
	'1.3.6.1.4.1.311.60.2.1.3': { short: 'jurisdictionC', long: 'jurisdictionCountryName' },
	'2.5.4.15': { short: 'businessCategory', long: 'businessCategory' },
	'2.5.4.17': { short: 'postalCode', long: 'postalCode' }
};

export const SIGNATURE_ALGORITHMS: Record<string, string> = {
	'1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
	'1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
	'1.2.840.113549.1.1.10': 'RSASSA-PSS',
	'1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
	'1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
	'1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
	'1.2.840.113549.1.1.14': 'sha224WithRSAEncryption',
	'1.2.840.113549.1.1.2': 'md2WithRSAEncryption',
	'1.2.840.10045.4.1': 'ecdsa-with-SHA1',
	'1.2.840.10045.4.3.1': 'ecdsa-with-SHA224',
	'1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
	'1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
	'1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
	'1.2.840.10040.4.3': 'dsa-with-SHA1',
	'2.16.840.1.101.3.4.3.2': 'dsa-with-SHA256',
	'1.3.101.112': 'Ed25519',
	'1.3.101.113': 'Ed448'
};

export const PUBLIC_KEY_ALGORITHMS: Record<string, string> = {
	'1.2.840.113549.1.1.1': 'RSA',
	'1.2.840.113549.1.1.10': 'RSA-PSS',
	'1.2.840.10045.2.1': 'EC',
	'1.2.840.10040.4.1': 'DSA',
	'1.2.840.10046.2.1': 'DH',
	'1.3.101.110': 'X25519',
	'1.3.101.111': 'X448',
	'1.3.101.112': 'Ed25519',
	'1.3.101.113': 'Ed448'
};

export const NAMED_CURVES: Record<string, { name: string; bits: number }> = {
	'1.2.840.10045.3.1.7': { name: 'P-256', bits: 256 },
	'1.3.132.0.34': { name: 'P-384', bits: 384 },
	'1.3.132.0.35': { name: 'P-521', bits: 521 },
	'1.3.132.0.10': { name: 'secp256k1', bits: 256 },
	'1.2.840.10045.3.1.1': { name: 'P-192', bits: 192 },
	'1.3.132.0.33': { name: 'P-224', bits: 224 },
	'1.3.36.3.3.2.8.1.1.7': { name: 'brainpoolP256r1', bits: 256 },
	'1.3.36.3.3.2.8.1.1.11': { name: 'brainpoolP384r1', bits: 384 },
	'1.3.36.3.3.2.8.1.1.13': { name: 'brainpoolP512r1', bits: 512 }
};

export const EXTENSIONS = {
	subjectKeyIdentifier: '2.5.29.14',
	keyUsage: '2.5.29.15',
	subjectAltName: '2.5.29.17',
	issuerAltName: '2.5.29.18',
	basicConstraints: '2.5.29.19',
	nameConstraints: '2.5.29.30',
	crlDistributionPoints: '2.5.29.31',
	certificatePolicies: '2.5.29.32',
	policyConstraints: '2.5.29.36',
	authorityKeyIdentifier: '2.5.29.35',
	extKeyUsage: '2.5.29.37',
	inhibitAnyPolicy: '2.5.29.54',
	authorityInfoAccess: '1.3.6.1.5.5.7.1.1',
	tlsFeature: '1.3.6.1.5.5.7.1.24',
	crlNumber: '2.5.29.20',
	deltaCrlIndicator: '2.5.29.27',
	issuingDistributionPoint: '2.5.29.28',
	crlReason: '2.5.29.21',
	invalidityDate: '2.5.29.24',
	certificateIssuer: '2.5.29.29'
} as const;

export const EXTENDED_KEY_USAGES: Record<string, string> = {
	'1.3.6.1.5.5.7.3.1': 'serverAuth',
	'1.3.6.1.5.5.7.3.2': 'clientAuth',
	'1.3.6.1.5.5.7.3.3': 'codeSigning',
	'1.3.6.1.5.5.7.3.4': 'emailProtection',
	'1.3.6.1.5.5.7.3.8': 'timeStamping',
	'1.3.6.1.5.5.7.3.9': 'OCSPSigning',
	'2.5.29.37.0': 'anyExtendedKeyUsage',
	'1.3.6.1.4.1.311.10.3.3': 'msSGC',
	'2.16.840.1.113730.4.1': 'nsSGC'
};

export function oidName(table: Record<string, string>, oid: string): string {
	return table[oid] ?? oid;
}

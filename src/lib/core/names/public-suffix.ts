/**
 * Public suffixes a wildcard may not stand over: every single-label name (a TLD, or "internal")
 * and the two- and three-label suffixes people actually meet, from the Public Suffix List's ICANN
 * and private sections. The checks refuse "*.<suffix>" with these, as clients and CAs do.
 */

const MULTI_LABEL_SUFFIXES = new Set([
	'co.uk',
	'org.uk',
	'ac.uk',
	'gov.uk',
	'com.au',
	'net.au',
	'co.jp',
	'co.nz',
	'com.br',
	'co.in',
	'com.cn',
	'appspot.com',
	'herokuapp.com',
	'github.io',
	'azurewebsites.net',
	'cloudfront.net',
	'amazonaws.com',
	'compute.amazonaws.com'
]);

/** Is this a public suffix: a name under which anyone may register? Every single label counts as one. */
export function isPublicSuffix(name: string): boolean {
	let n = name.trim().toLowerCase();
	if (n.endsWith('.')) n = n.slice(0, -1);
	return n !== '' && (!n.includes('.') || MULTI_LABEL_SUFFIXES.has(n));
}

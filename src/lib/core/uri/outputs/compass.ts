/**
 * The same settings as MongoDB Compass fields (New Connection → Advanced Connection Options), with
 * the labels as Compass shows them (compass packages/connection-form: General, Authentication,
 * TLS/SSL and Advanced tabs). Options without a field of their own go under Advanced → URI Options.
 */

import type { CorrectedOption, CorrectedSettings } from '../correct';
import { hostText } from '../hosts';
import type { CompassField } from '../../model/connection';
import { unsafeNote } from './values';

const AUTH_METHODS: Record<string, string> = {
	'MONGODB-X509': 'X.509',
	'MONGODB-AWS': 'AWS IAM',
	GSSAPI: 'Kerberos',
	PLAIN: 'LDAP',
	'MONGODB-OIDC': 'OIDC'
};

const OWN_FIELDS = new Set([
	'authSource',
	'authMechanism',
	'directConnection',
	'tlsCAFile',
	'tlsCertificateKeyFile',
	'tlsCertificateKeyFilePassword',
	'tlsInsecure',
	'tlsAllowInvalidCertificates',
	'tlsAllowInvalidHostnames'
]);

function shown(o: CorrectedOption): string {
	switch (o.value.kind) {
		case 'bool':
			return String(o.value.value);
		case 'secret':
			return '(type it in; it is not shown here)';
		case 'code':
			return `(the value of the Python expression ${o.value.text})`;
		default:
			return o.value.text;
	}
}

export function compassFields(c: CorrectedSettings): CompassField[] {
	const get = (name: string) => c.options.find((o) => o.name === name);
	const fields: CompassField[] = [];
	fields.push({ tab: 'General', field: 'Connection String Scheme', value: c.srv ? 'mongodb+srv' : 'mongodb' });
	if (c.hostExpression !== undefined)
		fields.push({ tab: 'General', field: c.srv ? 'Hostname' : 'Host', value: `(the host in ${c.hostExpression})` });
	for (const h of c.hosts) fields.push({ tab: 'General', field: c.srv ? 'Hostname' : 'Host', value: hostText(h) });
	const direct = get('directConnection');
	if (direct) fields.push({ tab: 'General', field: 'Direct Connection', value: shown(direct) === 'true' ? 'checked' : 'unchecked' });
	const mechanism = get('authMechanism');
	if (c.username !== undefined || mechanism) {
		const method =
			mechanism && mechanism.value.kind === 'text'
				? (AUTH_METHODS[mechanism.value.text.toUpperCase()] ?? 'Username/Password')
				: 'Username/Password';
		fields.push({ tab: 'Authentication', field: 'Authentication Method', value: method });
		if (c.username !== undefined) fields.push({ tab: 'Authentication', field: 'Username', value: c.username });
		if (c.hasPassword) fields.push({ tab: 'Authentication', field: 'Password', value: '(type it in; it is not shown here)' });
		const source = get('authSource');
		if (source) fields.push({ tab: 'Authentication', field: 'Authentication Database', value: shown(source) });
	}
	fields.push({ tab: 'TLS/SSL', field: 'SSL/TLS Connection', value: c.tls === true ? 'On' : c.tls === false ? 'Off' : 'Default' });
	const ca = get('tlsCAFile');
	if (ca) fields.push({ tab: 'TLS/SSL', field: 'Certificate Authority (.pem)', value: shown(ca) });
	const cert = get('tlsCertificateKeyFile');
	if (cert) fields.push({ tab: 'TLS/SSL', field: 'Client Certificate and Key (.pem)', value: shown(cert) });
	const keyPassword = get('tlsCertificateKeyFilePassword');
	if (keyPassword) fields.push({ tab: 'TLS/SSL', field: 'Client Key Password', value: shown(keyPassword) });
	for (const name of ['tlsInsecure', 'tlsAllowInvalidHostnames', 'tlsAllowInvalidCertificates']) {
		const o = get(name);
		if (!o || o.value.kind !== 'bool' || !o.value.value) continue;
		fields.push({ tab: 'TLS/SSL', field: name, value: 'checked', warning: unsafeNote(o) });
	}
	for (const o of c.options) {
		if (OWN_FIELDS.has(o.name) || !o.clients.includes('node')) continue;
		fields.push({ tab: 'Advanced', field: 'URI Options', value: `${o.name}=${shown(o)}` });
	}
	return fields;
}

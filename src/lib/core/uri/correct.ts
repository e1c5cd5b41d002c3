/**
 * The settings the person meant, made valid: canonical option names, PyMongo 3 names translated,
 * misspellings fixed when the intent is clear (and dropped when not), "True" written "true",
 * contradictions resolved in the way that keeps the person's intent without adding risk, and
 * tls=true made explicit when only PyMongo would have inferred it. Every change is listed.
 * Settings that switch verification off (tlsInsecure, tlsAllowInvalidCertificates,
 * tlsAllowInvalidHostnames set to true) are taken out of the corrected form, with the reason:
 * a "corrected" string must never be a recommendation to turn checks off. The change list says
 * so, and says they can be put back as a stopgap knowing what they expose; the findings explain
 * what made them look necessary.
 */

import type { ConnectionOption, ConnectionOptionValue, PersonConnection } from '../model/connection';
import { translateLegacy } from './legacy-options';
import { suggestOption } from './nearest-option';
import { lookupOption } from './option-specs';
import { readBoolean, isNumeric } from './option-values';
import { textOf, type OptionValue, type ParsedConnectionString } from './parsed';
import type { Settings } from './settings';

export type CorrectedValue = ConnectionOptionValue;
export type CorrectedOption = ConnectionOption;

export interface CorrectedSettings extends PersonConnection {
	changes: string[];
}

const TLS_ORDER = [
	'tlsCAFile',
	'tlsCertificateKeyFile',
	'tlsCertificateKeyFilePassword',
	'tlsCRLFile',
	'tlsInsecure',
	'tlsAllowInvalidCertificates',
	'tlsAllowInvalidHostnames',
	'tlsDisableOCSPEndpointCheck'
];
const ENABLING = ['tlsCAFile', 'tlsCertificateKeyFile', 'tlsCertificateKeyFilePassword', 'tlsCRLFile'];

function normalise(name: string, value: OptionValue, changes: string[]): CorrectedValue | undefined {
	const spec = lookupOption(name)!;
	if (spec.type === 'secret') return value.kind === 'none' ? undefined : { kind: 'secret' };
	if (value.kind === 'code') return { kind: 'code', text: value.text };
	if (spec.type === 'boolean') {
		const read = readBoolean(value);
		if (read.ok === true) return { kind: 'bool', value: read.value };
		if (read.ok === false && read.meant !== undefined) {
			changes.push(`wrote ${name}=${textOf(value)} as ${name}=${read.meant}`);
			return { kind: 'bool', value: read.meant };
		}
		changes.push(`removed ${name}=${textOf(value)}: not a true/false value`);
		return undefined;
	}
	if (value.kind === 'none') return undefined;
	if (spec.type === 'integer') {
		if (isNumeric(value)) return { kind: 'number', text: textOf(value).trim() };
		changes.push(`removed ${name}=${textOf(value)}: not a number`);
		return undefined;
	}
	if (value.kind === 'text') {
		if (value.text === '') {
			changes.push(`removed ${name}: it had no value`);
			return undefined;
		}
		// A Windows path mangled by Python escapes: keep what was typed.
		const py = value.python;
		if (py && (py.syntaxError || py.changedBy.length) && spec.type === 'path') {
			changes.push(`kept the backslashes of ${name} as typed (a raw string in Python)`);
			return { kind: 'text', text: py.typed };
		}
		return { kind: 'text', text: value.text };
	}
	return { kind: 'text', text: textOf(value) };
}

/** Canonical name and value for one option as written, or undefined when it has to go. */
function canonicalise(written: string, value: OptionValue, changes: string[]): { name: string; value: CorrectedValue } | undefined {
	const spec = lookupOption(written);
	if (!spec) {
		const suggestion = suggestOption(written);
		if (!suggestion) {
			changes.push(`removed ${written}: no driver knows this option`);
			return undefined;
		}
		let v = value;
		if (suggestion.inverted) {
			const read = readBoolean(value);
			const b = read.ok === true ? read.value : read.ok === false ? read.meant : undefined;
			if (b === undefined) {
				changes.push(`removed ${written}: it looks like the opposite of ${suggestion.name}, but its value is not true or false`);
				return undefined;
			}
			v = { kind: 'bool', value: !b };
		}
		changes.push(`replaced ${written} with ${suggestion.name}${suggestion.inverted ? ' (opposite meaning, value flipped)' : ''}`);
		const out = normalise(suggestion.name, v, changes);
		return out ? { name: suggestion.name, value: out } : undefined;
	}
	if (spec.clients.length === 0) {
		changes.push(`removed ${written}: no driver implements it`);
		return undefined;
	}
	const legacy = spec.aliasOf || spec.name === 'ssl_keyfile' ? translateLegacy(written, value) : undefined;
	if (legacy) {
		if (!legacy.to || !legacy.value) {
			changes.push(legacy.note);
			return undefined;
		}
		changes.push(legacy.note);
		const out = normalise(legacy.to, legacy.value, changes);
		return out ? { name: legacy.to, value: out } : undefined;
	}
	if (written !== spec.name) changes.push(`spelled ${written} as ${spec.name}`);
	const out = normalise(spec.name, value, changes);
	return out ? { name: spec.name, value: out } : undefined;
}

function isTrue(o: CorrectedOption | undefined): boolean {
	return o?.value.kind === 'bool' && o.value.value;
}

export function correctSettings(parsed: ParsedConnectionString, settings: Settings): CorrectedSettings {
	const changes: string[] = [];
	const map = new Map<string, CorrectedOption & { fromAlias: boolean }>();
	const tlsValues: boolean[] = [];
	for (const { option, spec } of settings.all) {
		const result = canonicalise(option.written, option.value, changes);
		if (!result) continue;
		const key = result.name.toLowerCase();
		if (key === 'tls') {
			if (result.value.kind === 'bool') tlsValues.push(result.value.value);
			continue;
		}
		const fromAlias = spec?.aliasOf !== undefined;
		const existing = map.get(key);
		// PyMongo ignores an old name when the new one is also given (_handle_option_deprecations).
		if (existing && fromAlias && !existing.fromAlias) {
			changes.push(`dropped ${option.written}: ${result.name} is also set and takes precedence`);
			continue;
		}
		const target = lookupOption(result.name)!;
		map.set(key, { name: result.name, value: result.value, tls: Boolean(target.tls), clients: target.clients, fromAlias });
	}
	const remove = (name: string, why: string) => {
		if (map.delete(name.toLowerCase())) changes.push(`removed ${name}: ${why}`);
	};
	const get = (name: string) => map.get(name.toLowerCase());

	// Verification off is never part of a correction (see the header). Removed first, so the
	// conflicts they caused, and the CRL they made pointless, resolve in favour of checking.
	const UNSAFE: Record<string, string> = {
		tlsInsecure: 'it switches off certificate and host-name checks',
		tlsAllowInvalidCertificates: 'it switches off certificate checks',
		tlsAllowInvalidHostnames: 'it accepts a valid certificate issued for any other host'
	};
	for (const [name, what] of Object.entries(UNSAFE)) {
		if (isTrue(get(name)))
			remove(
				name,
				`${what}, so anyone on the network path can pose as the server. Fix what made it look necessary (the findings say what); put it back only as a stopgap, knowing that`
			);
	}

	// tlsInsecure and the options it implies.
	const insecure = get('tlsInsecure');
	if (insecure) {
		const implied = ['tlsAllowInvalidCertificates', 'tlsAllowInvalidHostnames', 'tlsDisableOCSPEndpointCheck'].filter((n) => get(n));
		if (implied.length && insecure.value.kind === 'bool' && !insecure.value.value)
			remove('tlsInsecure', `false is the default, and it cannot be combined with ${implied.join(', ')}`);
		else for (const n of implied) remove(n, 'tlsInsecure already decides it, and the two cannot be combined');
	}
	const allowCerts = get('tlsAllowInvalidCertificates');
	if (allowCerts && get('tlsDisableOCSPEndpointCheck')) {
		if (isTrue(allowCerts))
			remove('tlsDisableOCSPEndpointCheck', 'tlsAllowInvalidCertificates=true already skips OCSP checks, and the two cannot be combined');
		else remove('tlsAllowInvalidCertificates', 'false is the default, and it cannot be combined with tlsDisableOCSPEndpointCheck');
	}
	if (get('tlsCRLFile')) {
		if (isTrue(get('tlsInsecure')) || isTrue(get('tlsAllowInvalidCertificates')))
			remove('tlsCRLFile', 'a CRL is never consulted when certificates are not verified');
		if (isTrue(get('tlsDisableOCSPEndpointCheck'))) remove('tlsDisableOCSPEndpointCheck', 'an OCSP setting cannot be combined with a CRL');
	}
	if (get('tlsCertificateKeyFilePassword') && !get('tlsCertificateKeyFile')) {
		remove('tlsCertificateKeyFilePassword', 'there is no tlsCertificateKeyFile for it to unlock');
	}
	const direct = get('directConnection');
	if (isTrue(direct) && (parsed.srv || parsed.hosts.length > 1)) {
		remove('directConnection', parsed.srv ? 'it cannot be used with mongodb+srv://' : 'it needs exactly one host');
	}

	// tls itself.
	let tls: boolean | undefined;
	if (new Set(tlsValues).size > 1) {
		tls = true;
		changes.push('tls and ssl disagreed: kept tls=true');
	} else tls = tlsValues[0];
	const enabling = ENABLING.filter((n) => get(n));
	const anyTls = [...map.values()].some((o) => o.tls);
	if (tls === false && enabling.length) {
		tls = true;
		changes.push(`set tls=true: tls=false contradicted ${enabling.join(', ')} (if the server really has no TLS, remove those instead)`);
	} else if (tls === undefined && !parsed.srv && anyTls) {
		tls = true;
		changes.push('added tls=true: the Node driver, mongosh and Compass only use TLS when it is set');
	}

	// mongodb+srv:// takes exactly one host and no port.
	let srv = parsed.srv;
	let hosts = parsed.hosts;
	if (srv && hosts.length > 1) {
		srv = false;
		if (tls === undefined) tls = true;
		changes.push('switched to mongodb:// because several hosts are listed, and set tls=true, which mongodb+srv:// implied');
	} else if (srv && hosts.some((h) => h.port !== undefined)) {
		hosts = hosts.map(({ port: _port, ...h }) => h);
		changes.push('removed the port: mongodb+srv:// takes none (the SRV record supplies it)');
	}

	const ordered = [
		...TLS_ORDER.map((n) => get(n)).filter((o) => o !== undefined),
		...[...map.values()].filter((o) => !TLS_ORDER.includes(o.name))
	].map(({ name, value, tls: isTls, clients }) => ({ name, value, tls: isTls, clients }));
	return {
		srv,
		hosts,
		...(parsed.hostExpression ? { hostExpression: parsed.hostExpression } : {}),
		...(parsed.username !== undefined ? { username: parsed.username } : {}),
		hasPassword: parsed.password.present,
		...(parsed.database ? { database: parsed.database } : {}),
		...(tls !== undefined ? { tls } : {}),
		options: ordered,
		changes
	};
}

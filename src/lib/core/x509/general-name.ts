/** GeneralName (RFC 5280 §4.2.1.6) as subjectAltName, name constraints and AIA carry it. */

import { derError, TAG, childrenOf, contentOf, encodedOf, latin1, readTlv, type Tlv, type DerMode } from '../bytes/der';
import { ipOrRangeToString } from '../names/ip';
import { readName, type DistinguishedName } from './name-key';

/** Path validation reads what was signed as RFC 5280 §4.1 requires it: DER, strictly (bytes/der.ts). */
const MODE: DerMode = 'strict';

export type GeneralName =
	| { kind: 'dns'; value: string }
	| { kind: 'email'; value: string }
	| { kind: 'uri'; value: string }
	| { kind: 'ip'; bytes: Uint8Array }
	| { kind: 'directory'; name: DistinguishedName }
	/** otherName, x400Address, ediPartyName, registeredID: carried, never interpreted. */
	| { kind: 'other'; tag: number; encoded: Uint8Array };

export function readGeneralName(bytes: Uint8Array, tlv: Tlv): GeneralName {
	switch (tlv.tag) {
		case 0x81:
			return { kind: 'email', value: latin1(contentOf(bytes, tlv)) };
		case 0x82:
			return { kind: 'dns', value: latin1(contentOf(bytes, tlv)) };
		case 0x86:
			return { kind: 'uri', value: latin1(contentOf(bytes, tlv)) };
		case 0x87:
			return { kind: 'ip', bytes: contentOf(bytes, tlv) };
		case 0xa4: {
			// directoryName is EXPLICIT: the context tag wraps a complete Name.
			const inner = readTlv(bytes, tlv.contentStart, tlv.end, MODE);
			if (inner.end !== tlv.end || inner.tag !== TAG.sequence) throw derError('malformed directoryName');
			return { kind: 'directory', name: readName(bytes, inner) };
		}
		case 0xa0:
		case 0xa3:
		case 0xa5:
		case 0x88:
			return { kind: 'other', tag: tlv.tag & 0x1f, encoded: encodedOf(bytes, tlv) };
		default:
			throw derError(`unknown GeneralName tag 0x${tlv.tag.toString(16)}`);
	}
}

export function readGeneralNames(bytes: Uint8Array, tlv: Tlv): GeneralName[] {
	return childrenOf(bytes, tlv, MODE).map((child) => readGeneralName(bytes, child));
}

/** Readable form for messages and evidence. */
export function describeGeneralName(name: GeneralName): string {
	switch (name.kind) {
		case 'dns':
			return `DNS:${name.value}`;
		case 'email':
			return `email:${name.value}`;
		case 'uri':
			return `URI:${name.value}`;
		case 'ip':
			return `IP:${ipOrRangeToString(name.bytes)}`;
		case 'directory':
			return 'DirName';
		case 'other':
			return ['otherName', '', '', 'x400Address', '', 'ediPartyName', '', '', 'registeredID'][name.tag] || 'otherName';
	}
}

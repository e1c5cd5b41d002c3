/**
 * The options as PyMongo's MongoClient combines them: names compare case-insensitively, a keyword
 * argument replaces the same option from the URI, a later duplicate in the URI replaces an earlier
 * one, and a PyMongo 3 name (ssl_ca_certs) is ignored when its modern name (tlsCAFile) is also set
 * (pymongo/uri_parser.py _handle_option_deprecations).
 */

import { lookupOption, type OptionSpec } from './option-specs';
import type { OptionValue, ParsedConnectionString, ParsedOption } from './parsed';

export interface ResolvedOption {
	option: ParsedOption;
	/** The spec of the name as written (may be a PyMongo 3 alias), when known. */
	spec?: OptionSpec;
}

export class Settings {
	readonly all: ResolvedOption[];
	private readonly byName = new Map<string, ResolvedOption>();

	constructor(readonly parsed: ParsedConnectionString) {
		this.all = parsed.options.map((option) => ({ option, spec: lookupOption(option.written) }));
		for (const r of this.all) this.byName.set(r.option.written.toLowerCase(), r);
	}

	/** The winning entry for exactly this name (any case). */
	get(name: string): ResolvedOption | undefined {
		return this.byName.get(name.toLowerCase());
	}

	has(name: string): boolean {
		return this.byName.has(name.toLowerCase());
	}

	/** The value for a canonical option, falling back to its PyMongo 3 alias when the modern name is absent. */
	value(canonical: string): { value: OptionValue; written: string } | undefined {
		const direct = this.get(canonical);
		if (direct) return { value: direct.option.value, written: direct.option.written };
		const alias = this.all.filter((r) => r.spec?.aliasOf?.toLowerCase() === canonical.toLowerCase()).at(-1);
		return alias ? { value: alias.option.value, written: alias.option.written } : undefined;
	}

	/** Names present, lower-cased, each once. */
	names(): string[] {
		return [...this.byName.keys()];
	}
}

/**
 * The chain part of the report: for each leaf the analysis found, the path a client would build
 * (leaf → intermediates → anchor), each certificate's status, and which clients accept it. Plain
 * data only, like the rest of the Report. Owned by the chain analysis (src/lib/core/chain/).
 */

export interface ChainAnalysis {
	/** The leaf certificate's item id. */
	leaf: string;
}

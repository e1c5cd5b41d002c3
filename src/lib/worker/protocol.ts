/**
 * Messages between the page and the analysis worker. Inputs travel in; only the Report (and, on
 * request, a file built from the inputs) comes back.
 */

import type { AnalysisStage } from '../core/analyze';
import type { AnalysisContext, AnalyzeInput } from '../core/model/context';
import type { DetectedEnvironment } from '../core/remedies/detect';
import type { Report } from '../core/model/report';
import type { SettledEnvironment } from '../core/model/environment';

/** Which environment dimensions the person (or a deep link) chose; the rest may be guessed. */
export type EnvironmentDimension = 'os' | 'python' | 'shell' | 'client';

export interface AnalyzeRequest {
	id: number;
	type: 'analyze';
	inputs: AnalyzeInput[];
	context: AnalysisContext;
	/** Guess the dimensions not in `chosen` from the paste (and the user agent), and write the steps for the guess. */
	detect?: { userAgent: string; chosen: EnvironmentDimension[] };
}

/**
 * Files a fix needs, built from what was dropped: the combined key + certificate PEM from separate
 * files, or a PKCS#12 file as that same PEM. Both hold the private key: they come back only to be
 * downloaded, never shown.
 */
export type ArtefactRequest =
	| {
			id: number;
			type: 'artefact';
			artefact: 'combined-pem';
			inputs: AnalyzeInput[];
			/** The certificates to put after the key, in order (PEM, from the report: certificates are public). */
			certificatePems: string[];
	  }
	| { id: number; type: 'artefact'; artefact: 'pkcs12-pem'; input: AnalyzeInput; password?: string };

/** A built file: its name, content and media type. */
export interface BuiltFile {
	filename: string;
	text: string;
	mime: string;
}

/**
 * The text and host for a share link, with every secret taken out by its span (done in the worker
 * so the page never carries the secret finders, and never scans a big paste on its own thread).
 */
export interface ShareRequest {
	id: number;
	type: 'share';
	text: string;
	host: string;
}

/** What a share link may carry, and what was left out, in words. */
export interface Shareable {
	text: string;
	host?: string;
	removed: string[];
}

export type WorkerRequest = AnalyzeRequest | ArtefactRequest | ShareRequest;

/**
 * Where a request is, sent before each stage that can take long, so the page can say what was
 * too costly when it stops one. `costly` names the kind of file being read when it is known to
 * be slow to open (its key derivation runs as many rounds as the file asks for).
 */
export interface Progress {
	stage: AnalysisStage;
	costly?: 'pkcs12' | 'encrypted-key';
}

export type WorkerMessage = AnalyzeResponse | { id: number; progress: Progress };

export type AnalyzeResponse =
	| { id: number; ok: true; type: 'analyze'; report: Report; ms: number; detected?: DetectedEnvironment; settled?: SettledEnvironment }
	| { id: number; ok: true; type: 'artefact'; file: BuiltFile }
	| { id: number; ok: true; type: 'share'; shareable: Shareable }
	| { id: number; ok: false; error: string };

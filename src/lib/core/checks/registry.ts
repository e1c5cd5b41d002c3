/** Every check, in the order their findings are listed. Add a check here and it runs everywhere. */

import type { Check } from './check';
import { certExpired } from './rules/cert-expired';
import { certNotYetValid } from './rules/cert-not-yet-valid';
import { certValidPeriod } from './rules/cert-valid-period';
import { hostMismatch } from './rules/host-mismatch';
import { inputUnrecognized } from './rules/input-unrecognized';

export const CHECKS: readonly Check[] = [inputUnrecognized, certExpired, certNotYetValid, certValidPeriod, hostMismatch];

// Every rule, one per category, in the order of the taxonomy.

import assistanceFees from './assistance-fees';
import auditRestriction from './audit-restriction';
import breachNoticeDeadline from './breach-notice-deadline';
import controllerIndemnity from './controller-indemnity';
import deletionReturn from './deletion-return';
import governingLaw from './governing-law';
import liabilityCap from './liability-cap';
import missingArt28 from './missing-art28';
import ownPurposeUse from './own-purpose-use';
import securityUnilateral from './security-unilateral';
import subprocessorChange from './subprocessor-change';
import thirdCountryTransfer from './third-country-transfer';
import unilateralAmendment from './unilateral-amendment';
import type { Rule } from '../rule';

export const rules: readonly Rule[] = [
  liabilityCap,
  controllerIndemnity,
  unilateralAmendment,
  subprocessorChange,
  breachNoticeDeadline,
  auditRestriction,
  assistanceFees,
  ownPurposeUse,
  thirdCountryTransfer,
  deletionReturn,
  securityUnilateral,
  governingLaw,
  missingArt28,
];

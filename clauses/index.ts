// The clause library as the engine sees it: the category explanations and one file per topic.
// The data lives in the JSON files beside this one; this list only tells the bundler where they are.

import categoriesData from './categories.json';
import amendment from './topics/amendment.json';
import assistance from './topics/assistance.json';
import audit from './topics/audit.json';
import breachNotice from './topics/breach-notice.json';
import confidentiality from './topics/confidentiality.json';
import dataSubjectRights from './topics/data-subject-rights.json';
import deletionReturn from './topics/deletion-return.json';
import governingLaw from './topics/governing-law.json';
import indemnity from './topics/indemnity.json';
import instructions from './topics/instructions.json';
import liability from './topics/liability.json';
import purposeLimitation from './topics/purpose-limitation.json';
import security from './topics/security.json';
import subprocessors from './topics/subprocessors.json';
import termTermination from './topics/term-termination.json';
import thirdCountry from './topics/third-country.json';
import type { Category, Topic } from '../shared/types';

export const libraryCategories = categoriesData as Category[];

export const libraryTopics = [
  liability, indemnity, amendment, subprocessors, breachNotice, audit, assistance, purposeLimitation,
  thirdCountry, deletionReturn, security, governingLaw, instructions, confidentiality, dataSubjectRights,
  termTermination,
] as Topic[];

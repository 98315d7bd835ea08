// assistance-fees: (to be written)

import { defineRule } from '../rule';

export default defineRule({
  meta: {
    category: 'assistance-fees',
    defaultSeverity: 'high',
    topic: 'assistance',
    messages: {},
    playbookSettings: [],
    reportsAbsence: false,
  },
  check() {},
});

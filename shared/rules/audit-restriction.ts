// audit-restriction: (to be written)

import { defineRule } from '../rule';

export default defineRule({
  meta: {
    category: 'audit-restriction',
    defaultSeverity: 'high',
    topic: 'audit',
    messages: {},
    playbookSettings: [],
    reportsAbsence: false,
  },
  check() {},
});

// controller-indemnity: (to be written)

import { defineRule } from '../rule';

export default defineRule({
  meta: {
    category: 'controller-indemnity',
    defaultSeverity: 'high',
    topic: 'indemnity',
    messages: {},
    playbookSettings: [],
    reportsAbsence: false,
  },
  check() {},
});

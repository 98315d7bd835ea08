// security-unilateral: (to be written)

import { defineRule } from '../rule';

export default defineRule({
  meta: {
    category: 'security-unilateral',
    defaultSeverity: 'high',
    topic: 'security',
    messages: {},
    playbookSettings: [],
    reportsAbsence: false,
  },
  check() {},
});

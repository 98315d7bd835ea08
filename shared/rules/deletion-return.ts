// deletion-return: (to be written)

import { defineRule } from '../rule';

export default defineRule({
  meta: {
    category: 'deletion-return',
    defaultSeverity: 'high',
    topic: 'deletion-return',
    messages: {},
    playbookSettings: [],
    reportsAbsence: false,
  },
  check() {},
});

// subprocessor-change: (to be written)

import { defineRule } from '../rule';

export default defineRule({
  meta: {
    category: 'subprocessor-change',
    defaultSeverity: 'high',
    topic: 'subprocessors',
    messages: {},
    playbookSettings: [],
    reportsAbsence: false,
  },
  check() {},
});

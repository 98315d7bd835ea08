// missing-art28: (to be written)

import { defineRule } from '../rule';

export default defineRule({
  meta: {
    category: 'missing-art28',
    defaultSeverity: 'high',
    topic: 'instructions',
    messages: {},
    playbookSettings: [],
    reportsAbsence: false,
  },
  check() {},
});

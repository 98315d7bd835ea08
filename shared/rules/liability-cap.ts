// liability-cap: (to be written)

import { defineRule } from '../rule';

export default defineRule({
  meta: {
    category: 'liability-cap',
    defaultSeverity: 'high',
    topic: 'liability',
    messages: {},
    playbookSettings: [],
    reportsAbsence: false,
  },
  check() {},
});

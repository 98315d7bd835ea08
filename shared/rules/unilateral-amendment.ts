// unilateral-amendment: (to be written)

import { defineRule } from '../rule';

export default defineRule({
  meta: {
    category: 'unilateral-amendment',
    defaultSeverity: 'high',
    topic: 'amendment',
    messages: {},
    playbookSettings: [],
    reportsAbsence: false,
  },
  check() {},
});

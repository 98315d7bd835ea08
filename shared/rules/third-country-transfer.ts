// third-country-transfer: (to be written)

import { defineRule } from '../rule';

export default defineRule({
  meta: {
    category: 'third-country-transfer',
    defaultSeverity: 'high',
    topic: 'third-country',
    messages: {},
    playbookSettings: [],
    reportsAbsence: false,
  },
  check() {},
});

// own-purpose-use: (to be written)

import { defineRule } from '../rule';

export default defineRule({
  meta: {
    category: 'own-purpose-use',
    defaultSeverity: 'high',
    topic: 'purpose-limitation',
    messages: {},
    playbookSettings: [],
    reportsAbsence: false,
  },
  check() {},
});

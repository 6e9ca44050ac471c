import type { CliCommand } from '../../cli/cli-support.ts';

// Placeholder: the postcode import command is being written.
export const importPostcodesCommand: CliCommand = {
  usage: 'import-postcodes <file.csv>',
  summary: 'Load postcode centroids (ONS Postcode Directory CSV layout).',
  run: async () => {
    throw new Error('not yet built');
  },
};

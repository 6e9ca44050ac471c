import type { CliCommand } from '../../cli/cli-support.ts';

// Placeholder: the ORUK import command is being written.
export const importOrukCommand: CliCommand = {
  usage: 'import-oruk <file.json | https://feed/base-url> [--commit]',
  summary: 'Import services from an Open Referral UK 3.0 feed or file.',
  run: async () => {
    throw new Error('not yet built');
  },
};

import type { ServiceAction } from './directory-mutations.ts';

/** What the success banner says after a curation action, naming the service. */
export function actionDoneMessage(name: string, action: ServiceAction): string {
  switch (action) {
    case 'verify':
      return `${name} has been verified`;
    case 'archive':
      return `${name} has been archived. It no longer appears in search.`;
    case 'restore':
      return `${name} has been restored to search`;
  }
}

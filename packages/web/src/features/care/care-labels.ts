import { CONTACT_MODES, type ContactMode } from '@kith/shared';

export const CONTACT_MODE_LABELS: Record<ContactMode, string> = {
  phone: 'Phone call',
  face_to_face: 'Face to face',
  home_visit: 'Home visit',
  video: 'Video call',
  text: 'Text message',
  group: 'Group session',
};

export const CONTACT_MODE_ITEMS = CONTACT_MODES.map((value) => ({ value, label: CONTACT_MODE_LABELS[value] }));

/** Placeholder: the implementation-checklist payload schemas are being written. */
export {};

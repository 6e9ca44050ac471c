/** Placeholder: the workforce payload schemas are being written. */
export {};

/** Placeholder: the supervision payload schemas are being written. */
export {};

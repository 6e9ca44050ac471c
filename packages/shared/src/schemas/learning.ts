/** Placeholder: the learning payload schemas are being written. */
export {};

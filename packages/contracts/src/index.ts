export * from './common';
export * from './problem';
export * from './units';
export * from './cases';
export * from './health';
export * from './cpr';

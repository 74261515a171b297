export * from './decimal';
export * from './messages';
export * from './commands';
export * from './rest';
export { parseServerMessage } from './parse';

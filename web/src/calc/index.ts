export * from './fixed';
export * from './brackets';
export * from './liquidation';
export * from './margin';
export * from './probability';
export * from './liqmap';

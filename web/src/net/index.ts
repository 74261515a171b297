export { GameSocket, CommandError, type ConnectionStatus, type SocketListener, type SocketOptions } from './socket';
export { restApi, ApiCallError, type RestApi } from './rest';
export { emptySeqTracker, observeSeq, type SeqTracker, type SeqVerdict } from './seq';
export { reconnectDelayMs } from './backoff';

// The one IPC channel between the preload bridge and the Electron main process.

/** Every API call travels as `invoke(API_CHANNEL, method, input)` and comes back as a Result. */
export const API_CHANNEL = 'ledger:api';

// One server per describe block: started before its tests, ended after them.
import { LspClient, type ClientOptions } from './lspClient';
import { ensureServerBuilt } from './server';

/** Registers mocha hooks for a server session and returns a getter for its client. */
export function useServer(options: ClientOptions = {}): () => LspClient {
  let client: LspClient | undefined;
  before(async () => {
    ensureServerBuilt();
    ({ client } = await LspClient.start(options));
  });
  after(() => client?.dispose());
  return () => {
    if (!client) throw new Error('the server session has not started');
    return client;
  };
}

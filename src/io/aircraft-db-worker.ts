/**
 * The aircraft-database worker: reads and indexes an imported aircraft database off the main thread
 * (600,000 rows take seconds), so the page stays responsive. All logic is in aircraft-db-protocol.ts.
 */
import { handleAircraftDbMessage, type AircraftDbReply } from './aircraft-db-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: AircraftDbReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);

scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  void handleAircraftDbMessage(event.data, post);
});

import { BulkControls } from '../bulk/BulkControls';
import { EditControls } from '../edit/EditControls';
import { LogControls } from '../log/LogControls';
import { CaseFileControls } from '../merge/CaseFileControls';
import { PatternsDialog } from '../patterns/PatternsDialog';
import { HistoryControls } from './HistoryControls';
import { AircraftDbControls } from '../aircraft/AircraftDbControls';

/**
 * The case file's actions, one toolbar below the header: undo/redo, add, bulk edit, log, case files,
 * patterns, and the aircraft database the identities are resolved from.
 */
export function CaseBar() {
  return (
    <div className="case-bar" role="toolbar" aria-label="Case file">
      <HistoryControls />
      <EditControls />
      <BulkControls />
      <LogControls />
      <CaseFileControls />
      <PatternsDialog />
      <AircraftDbControls />
    </div>
  );
}

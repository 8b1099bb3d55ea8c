// The 收案登记 dialog: a wide modal around the intake form, asking before it discards what was typed.
import { FormDialog } from '../../forms/form-dialog';
import { IntakeForm } from './intake-form';

export function IntakeDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <FormDialog open={open} title="收案登记" width={1080} onClose={onClose}>
      {(slot) => <IntakeForm {...slot} />}
    </FormDialog>
  );
}

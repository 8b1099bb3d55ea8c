// The modal that adds or edits a mediator; in edit mode it loads the record with mediator.get first.
import { FormDialog, LoadedRecord, type DialogSlot, type EditorProps, type RecordTarget } from '../../forms/form-dialog';
import { MediatorForm, mediatorToValues, newMediatorValues } from './mediator-form';
import { useMediator } from './use-mediator';

export type MediatorEditorTarget = RecordTarget;

function EditBody({ id, ...slot }: DialogSlot & { id: number }) {
  return (
    <LoadedRecord query={useMediator(id)} errorTitle="调解员信息加载失败" rows={10}>
      {(m) => <MediatorForm key={id} id={id} initialValues={mediatorToValues(m)} {...slot} />}
    </LoadedRecord>
  );
}

export function MediatorEditor({ open, target, onClose }: EditorProps<MediatorEditorTarget>) {
  return (
    <FormDialog open={open} title={target.mode === 'create' ? '新增调解员' : `编辑调解员：${target.name}`} width={880} onClose={onClose}>
      {(slot) =>
        target.mode === 'create' ? <MediatorForm id={null} initialValues={newMediatorValues} {...slot} /> : <EditBody id={target.id} {...slot} />
      }
    </FormDialog>
  );
}

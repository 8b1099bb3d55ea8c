// One valid staff member the e2e specs create through the API (audit, backup).
import { makeIdNumber } from '../../electron/core/demo-data';

export const sampleStaff = {
  name: '欧阳明远',
  idNumber: makeIdNumber('320102', '1986-06-15', 'male', 7),
  ethnicity: '01',
  politicalStatus: '01',
  education: '21',
  post: '司法助理员',
  staffingType: 'politicalLegal',
  startDate: null,
  phone: null,
  note: null,
};

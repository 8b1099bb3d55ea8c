// The office profile's fields (司法所名称, 机构代码, …): on 本所信息 and on the first-run 初始设置 page.
import { officeInput } from '@shared/schemas/office';
import { Col, Form, Input, Row } from 'antd';
import { zodForm } from '../../forms/zod-form';

export const officeForm = zodForm(officeInput);

export function OfficeFields({ autoFocus = false }: { autoFocus?: boolean }) {
  return (
    <Row gutter={24}>
      <Col xs={24} md={12}>
        <Form.Item {...officeForm.item('name', '司法所名称')}>
          <Input placeholder="如：某某街道司法所" maxLength={50} autoFocus={autoFocus} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item {...officeForm.item('code', '机构代码')} extra="本街道（乡镇）的行政区划代码，9位或12位数字">
          <Input placeholder="如：110105001" maxLength={12} inputMode="numeric" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item {...officeForm.item('district', '所属区县')}>
          <Input placeholder="如：朝阳区" maxLength={30} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item {...officeForm.item('township', '街道（乡镇）')}>
          <Input placeholder="如：某某街道" maxLength={30} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item {...officeForm.item('address', '地址')}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item {...officeForm.item('head', '所长')}>
          <Input maxLength={30} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item {...officeForm.item('phone', '联系电话')}>
          <Input placeholder="手机或区号-座机号" maxLength={30} />
        </Form.Item>
      </Col>
    </Row>
  );
}

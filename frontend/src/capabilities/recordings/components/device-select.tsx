import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';

import type { DeviceOption } from '../hooks/use-media-devices';

interface DeviceSelectProps {
  label: string;
  devices: DeviceOption[];
  value: string | null;
  onChange: (deviceId: string | null) => void;
}

/** A labelled picker for one kind of device; the browser's default comes first. */
export function DeviceSelect({ label, devices, value, onChange }: DeviceSelectProps) {
  return (
    <Field label={label}>
      {(fieldProps) => (
        <Select {...fieldProps} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
          <option value="">Browser default</option>
          {devices.map((device) => (
            <option key={device.deviceId} value={device.deviceId}>
              {device.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
